/** A hand-built article and analysis with exact findings, for the annotation and export tests. */
import type { Analysis, Span } from '../../../src/core';

export const ARTICLE = [
  'Police said the suspect fled the city \u{1F693} on Monday.',
  'The mayor denied that the curfew had failed.',
  'Officials may have underestimated the crowd, according to the Daily Post.',
].join('\n');

/** The span of the `nth` occurrence of `quote` in `text`. */
export function at(text: string, quote: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(quote, start + 1);
  if (start === -1) throw new Error(`not in text: ${quote}`);
  return { start, end: start + quote.length, text: quote };
}

/** The hedge "may" (the first "may" is inside "mayor"). */
export function mayHedge(text = ARTICLE): Span {
  return at(text, 'may', 1);
}

/** Three claims (alleged, denied, alleged and hedged), three attributions, one hedge. */
export function analysisOf(text = ARTICLE): Analysis {
  return {
    version: 1,
    claims: [
      { ...at(text, 'the suspect fled the city \u{1F693} on Monday'), status: 'alleged', explanation: 'Attributed with "said".', attribution: 0, hedges: [] },
      { ...at(text, 'the curfew had failed'), status: 'denied', explanation: 'Denied by its source.', attribution: 1, hedges: [] },
      { ...at(text, 'Officials may have underestimated the crowd'), status: 'alleged', explanation: 'Hedged by "may".', attribution: 2, hedges: [0] },
    ],
    attributions: [
      { source: { ...at(text, 'Police'), kind: 'organisation' }, cue: { ...at(text, 'said'), kind: 'neutral', lemma: 'say' } },
      { source: { ...at(text, 'The mayor'), kind: 'person' }, cue: { ...at(text, 'denied'), kind: 'denial', lemma: 'deny' } },
      { source: { ...at(text, 'the Daily Post'), kind: 'publication' }, cue: { ...at(text, 'according to'), kind: 'neutral', lemma: 'according to' } },
    ],
    hedges: [{ ...mayHedge(text), category: 'modal', rule: 'modal:may' }],
    blocks: [],
    sentences: [],
  };
}

/** An analysis that found nothing. */
export function emptyAnalysis(): Analysis {
  return { version: 1, claims: [], attributions: [], hedges: [], blocks: [], sentences: [] };
}
