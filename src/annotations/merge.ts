/**
 * Merges the analysis with the manual annotations: the manual decision wins,
 * every item says whether a person touched it, dismissed findings are listed
 * apart, and annotations that apply to nothing are listed as orphaned.
 */
import type { ResolveOptions } from '../core/anchoring';
import type { Analysis, Claim, Status } from '../core/types';
import { claimId } from '../export/ids';
import { fold, placeSource, type Folded } from './marks';
import { matchAnnotations, type Attached } from './match';
import type { AnnotationSet } from './types';
import type { DismissedFinding, MergedAttribution, MergedClaim, MergedHedge, MergedView, OrphanedAnnotation } from './view';

function explain(auto: Claim | undefined, status: Status, folded: Folded): string {
  if (!auto) return `Marked as a claim by hand, ${status}.`;
  if (folded.status === undefined) return auto.explanation;
  if (folded.status === auto.status) return `Status ${status} confirmed by hand. ${auto.explanation}`;
  return `Status set to ${status} by hand; the analysis said ${auto.status}: ${auto.explanation}`;
}

/** Builds one merged claim from an analysed claim and/or the annotations applying to its span. */
function mergeClaim(text: string, start: number, end: number, auto: Claim | undefined, folded: Folded, link: { attribution?: number; hedges: number[]; view: Pick<MergedView, 'attributions'> }): MergedClaim {
  const status = folded.status ?? auto?.status ?? 'confirmed';
  const claimText = text.slice(start, end);
  const claim: MergedClaim = { ...folded.marks, id: claimId(claimText), start, end, text: claimText, status, explanation: explain(auto, status, folded), added: folded.added, hedges: link.hedges };
  if (auto && folded.status !== undefined && folded.status !== auto.status) claim.autoStatus = auto.status;
  const framing = link.attribution !== undefined ? link.view.attributions[link.attribution] : undefined;
  if (framing) {
    claim.attribution = link.attribution;
    claim.cue = framing.cue;
    claim.source = { text: framing.source.text, start: framing.source.start, end: framing.source.end, kind: framing.source.kind, ...(framing.source.resolved ? { resolved: framing.source.resolved } : {}) };
  }
  if (folded.source) claim.source = placeSource(text, folded.source);
  return claim;
}

/** Keeps the active items of one kind and maps old indices to new ones (-1 for dismissed). */
function split<T, M>(items: readonly T[], byFinding: Map<number, Attached[]>, build: (item: T, f: Folded) => M, dismissed: (m: M) => void): { kept: M[]; index: number[] } {
  const kept: M[] = [];
  const index = items.map((item, i) => {
    const f = fold(byFinding.get(i));
    const merged = build(item, f);
    if (f.dismissed) {
      dismissed(merged);
      return -1;
    }
    kept.push(merged);
    return kept.length - 1;
  });
  return { kept, index };
}

/** The merged view of `analysis` and the manual annotations, on the current `text`. */
export function mergeFindings(analysis: Analysis, manual: AnnotationSet, text: string, options?: ResolveOptions): MergedView {
  const m = matchAnnotations(analysis, manual, text, options);
  const dismissed: DismissedFinding[] = [];
  const hedges = split(analysis.hedges, m.byFinding.hedge, (h, f): MergedHedge => ({ ...h, ...f.marks }), (item) => dismissed.push({ kind: 'hedge', item }));
  const attributions = split(analysis.attributions, m.byFinding.attribution, (a, f): MergedAttribution => ({ ...a, ...f.marks }), (item) => dismissed.push({ kind: 'attribution', item }));
  const view: MergedView = { claims: [], hedges: hedges.kept, attributions: attributions.kept, dismissed, orphaned: m.orphaned.map((annotation): OrphanedAnnotation => ({ annotation, kind: annotation.kind, reason: 'text-gone' })) };

  const claims = split(analysis.claims, m.byFinding.claim, (c, f) => {
    const attribution = c.attribution !== undefined && attributions.index[c.attribution] !== -1 ? attributions.index[c.attribution] : undefined;
    const linked = c.hedges.map((i) => hedges.index[i]).filter((i) => i !== -1);
    return mergeClaim(text, c.start, c.end, c, f, { attribution, hedges: linked, view });
  }, (item) => dismissed.push({ kind: 'claim', item }));
  view.claims = claims.kept;

  for (const attached of m.unmatched) {
    const { annotation: a, range } = attached;
    // A claim decision stands on its own once the analysis no longer finds the claim; anything else has nothing to apply to.
    if (a.kind === 'claim' && (a.status !== undefined || a.added)) {
      const inside = view.hedges.flatMap((h, i) => (h.start >= range.start && h.end <= range.end ? [i] : []));
      const merged = mergeClaim(text, range.start, range.end, undefined, fold([attached]), { hedges: inside, view });
      if (a.dismissed) dismissed.push({ kind: 'claim', item: merged });
      else view.claims.push(merged);
    } else {
      view.orphaned.push({ annotation: a, kind: a.kind, reason: 'finding-gone' });
    }
  }
  view.claims.sort((x, y) => x.start - y.start || x.end - y.end);
  return view;
}
