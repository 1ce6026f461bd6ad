/**
 * The merged view in the shape of an `Analysis`, so that every editor
 * feature that paints or lists findings shows the manual decisions without
 * knowing about them. Sentences and blocks stay those of the analysis.
 */
import type { Analysis, Claim } from '../core/types';
import type { ManualMarks, MergedClaim, MergedView } from './view';

/** A claim of such an analysis: its manual marks ride along for trees and hovers. */
export type MarkedClaim = Claim & Partial<ManualMarks>;

function asClaim(c: MergedClaim): MarkedClaim {
  const claim: MarkedClaim = { start: c.start, end: c.end, text: c.text, status: c.status, explanation: c.explanation, hedges: c.hedges, origin: c.origin };
  if (c.attribution !== undefined) claim.attribution = c.attribution;
  if (c.note !== undefined) claim.note = c.note;
  if (c.annotationId !== undefined) claim.annotationId = c.annotationId;
  return claim;
}

/** The manual marks a claim of an applied analysis carries, if any. */
export function marksOf(claim: Claim): Partial<ManualMarks> {
  return claim as MarkedClaim;
}

/** `raw` with its claims, hedges and attributions replaced by the merged ones (indices agree with `view`). */
export function viewAsAnalysis(raw: Analysis, view: MergedView): Analysis {
  return { ...raw, claims: view.claims.map(asClaim), hedges: view.hedges, attributions: view.attributions };
}
