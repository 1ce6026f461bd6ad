/** A merged view of the hand-built article with a few manual changes. */
import { applyEdit, attributionSpan, mergeFindings, type AnnotationSet, type MergedView } from '../../../src/annotations';
import { ARTICLE, analysisOf, mayHedge } from './article';

/** The article with a note, a status change, a hedge note and an attribution note. */
export function reviewedView(text = ARTICLE): MergedView {
  const a = analysisOf(text);
  const c = (i: number) => ({ kind: 'claim' as const, start: a.claims[i].start, end: a.claims[i].end });
  let set: AnnotationSet = applyEdit([], { type: 'set-note', target: c(0), note: 'Police log says "fled", see p. 2' }, text);
  set = applyEdit(set, { type: 'set-status', target: c(1), status: 'confirmed' }, text, '2025-03-02T09:30:00.000Z');
  set = applyEdit(set, { type: 'set-note', target: { kind: 'hedge', ...mayHedge(text) }, note: 'weak hedge' }, text);
  set = applyEdit(set, { type: 'set-note', target: { kind: 'attribution', ...attributionSpan(a.attributions[1]) }, note: 'on the record' }, text);
  return mergeFindings(a, set, text);
}

