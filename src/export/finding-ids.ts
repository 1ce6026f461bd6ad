/** Ids for every exported finding: claims by their text (`claimId`), the rest by kind and place. */
import type { MergedView } from '../annotations';
import { claimId } from './ids';

/** Makes ids unique within one document by appending `-2`, `-3` ... to repeats. */
export class IdRegistry {
  private readonly seen = new Map<string, number>();

  /** `base` the first time, then `base-2`, `base-3` ... */
  take(base: string): string {
    const n = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  }
}

/** One id per finding, per kind, in view order. */
export interface FindingIds {
  claims: string[];
  hedges: string[];
  attributions: string[];
}

/** Ids for the view's claims, hedges and attributions, in view order. */
export function findingIds(view: MergedView): FindingIds {
  const ids = new IdRegistry();
  return {
    claims: view.claims.map((c) => ids.take(claimId(c.text))),
    hedges: view.hedges.map((h) => ids.take(`hedge-${h.start}-${h.end}`)),
    attributions: view.attributions.map((a) => ids.take(`attribution-${a.source.start}-${a.cue.start}`)),
  };
}
