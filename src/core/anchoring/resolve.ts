/**
 * Re-attaches an anchor to the current text: first at its old position, then
 * at the best exact occurrence of its quote, then with line breaks
 * normalised (CRLF vs LF), then fuzzily around edits; otherwise orphaned.
 * Every step is indexOf-based, so a big document is never scanned quadratically.
 */
import { fuzzyPlace } from './fuzzy';
import { lfView, toLf } from './lf-view';
import { bestOccurrence, placeScore } from './search';
import type { Anchor, ResolvedAnchor, ResolveOptions, TextQuote } from './types';

/** A close copy keeps most of the quote: a rewritten sentence with a new actor and place falls below it. */
const DEFAULT_MIN_SIMILARITY = 0.8;
/** Context at the old position this good means nothing around it changed. */
const UNCHANGED = 0.999;

function lfQuote(quote: TextQuote): TextQuote {
  return { exact: toLf(quote.exact), prefix: toLf(quote.prefix), suffix: toLf(quote.suffix) };
}

/** Where `anchor` lies in `text` now, and how it got there. */
export function resolveAnchor(text: string, anchor: Anchor, options: ResolveOptions = {}): ResolvedAnchor {
  const { quote, position } = anchor;
  const { exact } = quote;
  const hint = position.start;
  const orphaned: ResolvedAnchor = { start: Math.min(hint, text.length), end: Math.min(Math.max(hint, position.end), text.length), state: 'orphaned' };
  if (!exact) return orphaned;

  const atOld = text.startsWith(exact, hint);
  if (atOld) {
    const here = placeScore(text, hint, hint + exact.length, quote, hint);
    if (here >= UNCHANGED) return { start: hint, end: hint + exact.length, state: 'exact' };
    // Another copy of the quote may fit its context better (text shifted onto a duplicate).
    const best = bestOccurrence(text, exact, quote, hint);
    if (!best || best.start === hint || best.score <= here) return { start: hint, end: hint + exact.length, state: 'exact' };
    return { start: best.start, end: best.end, state: 'moved' };
  }
  const moved = bestOccurrence(text, exact, quote, hint);
  if (moved) return { start: moved.start, end: moved.end, state: 'moved' };

  const view = lfView(text);
  const normal = lfQuote(quote);
  if (view.text !== text || normal.exact !== exact) {
    const found = bestOccurrence(view.text, normal.exact, normal, hint);
    if (found) return { start: view.toOriginal(found.start), end: view.toOriginal(found.end), state: 'moved' };
  }
  const fuzzy = fuzzyPlace(view.text, normal, hint, options.minSimilarity ?? DEFAULT_MIN_SIMILARITY);
  if (fuzzy) return { start: view.toOriginal(fuzzy.start), end: view.toOriginal(fuzzy.end), state: 'fuzzy' };
  return orphaned;
}
