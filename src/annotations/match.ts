/**
 * Re-attaches manual annotations to the current text and pairs each with the
 * finding of its kind that lies on the same span (or overlaps it most).
 */
import { resolveAnchor, type AnchorState, type ResolveOptions } from '../core/anchoring';
import type { Analysis } from '../core/types';
import { attributionSpan, overlap, type Range } from './spans';
import type { AnnotationSet, FindingKind, ManualAnnotation } from './types';

/** Least overlap (intersection over union) for an annotation to apply to a finding whose span changed. */
export const MIN_OVERLAP = 0.5;

/** An annotation and where it re-attached. */
export interface Attached {
  annotation: ManualAnnotation;
  range: Range;
  state: AnchorState;
}

/** Annotations sorted by what they apply to. */
export interface Matching {
  /** Per kind: finding index -> annotations that apply to it, in set order. */
  byFinding: Record<FindingKind, Map<number, Attached[]>>;
  /** Attached to text on which the analysis finds nothing of that kind. */
  unmatched: Attached[];
  /** Their text is gone. */
  orphaned: ManualAnnotation[];
}

function spansOf(analysis: Analysis, kind: FindingKind): Range[] {
  if (kind === 'claim') return analysis.claims;
  if (kind === 'hedge') return analysis.hedges;
  return analysis.attributions.map(attributionSpan);
}

/** Index of the span equal to `range`, else the one overlapping it most (at least MIN_OVERLAP); -1 for none. */
function bestSpan(spans: Range[], exact: Map<string, number>, range: Range): number {
  const hit = exact.get(`${range.start}:${range.end}`);
  if (hit !== undefined) return hit;
  let best = -1;
  let bestOverlap = MIN_OVERLAP;
  spans.forEach((s, i) => {
    const o = overlap(s, range);
    if (o >= bestOverlap && (best === -1 || o > bestOverlap)) {
      best = i;
      bestOverlap = o;
    }
  });
  return best;
}

/** Resolves every annotation and sorts it into matched, unmatched or orphaned. */
export function matchAnnotations(analysis: Analysis, manual: AnnotationSet, text: string, options?: ResolveOptions): Matching {
  const byFinding: Matching['byFinding'] = { claim: new Map(), hedge: new Map(), attribution: new Map() };
  const unmatched: Attached[] = [];
  const orphaned: ManualAnnotation[] = [];
  const spans = { claim: spansOf(analysis, 'claim'), hedge: spansOf(analysis, 'hedge'), attribution: spansOf(analysis, 'attribution') };
  const exact = Object.fromEntries(Object.entries(spans).map(([k, list]) => [k, new Map(list.map((s, i) => [`${s.start}:${s.end}`, i]))])) as Record<FindingKind, Map<string, number>>;
  for (const annotation of manual) {
    const r = resolveAnchor(text, annotation.anchor, options);
    if (r.state === 'orphaned') {
      orphaned.push(annotation);
      continue;
    }
    const attached: Attached = { annotation, range: { start: r.start, end: r.end }, state: r.state };
    // A claim a person marked keeps the span they chose: it only merges with an analysed claim on exactly that span.
    const i = annotation.added ? (exact.claim.get(`${r.start}:${r.end}`) ?? -1) : bestSpan(spans[annotation.kind], exact[annotation.kind], attached.range);
    if (i === -1) unmatched.push(attached);
    else byFinding[annotation.kind].set(i, [...(byFinding[annotation.kind].get(i) ?? []), attached]);
  }
  return { byFinding, unmatched, orphaned };
}
