/**
 * Finds a quote whose text was edited: brackets a place between a left
 * marker (the end of the prefix, or the head of the quote) and a right marker
 * (the tail of the quote, or the start of the suffix), then keeps it only if
 * it is still a close copy of the old quote (see `closeCopy`).
 */
import { dice } from './similarity';
import { placeScore, type Candidate, MAX_CANDIDATES } from './search';
import type { TextQuote } from './types';

/** Longest marker taken from the quote or its context. */
const MARKER = 32;
/** Shorter markers match too often to mean anything. */
const MIN_MARKER = 5;
/** Left-marker occurrences looked at per marker. */
const MAX_LEFT = MAX_CANDIDATES / 5;

interface Marker {
  piece: string;
  /** Whether the place starts after the piece (a prefix) or at it (the quote's head). */
  after: boolean;
}

function leftMarkers(quote: TextQuote, piece: number): Marker[] {
  const out: Marker[] = [];
  const prefix = quote.prefix.slice(-MARKER);
  if (prefix.length >= MIN_MARKER) out.push({ piece: prefix, after: true });
  if (piece >= MIN_MARKER) out.push({ piece: quote.exact.slice(0, piece), after: false });
  return out;
}

function rightMarkers(quote: TextQuote, piece: number): Marker[] {
  const out: Marker[] = [];
  if (piece >= MIN_MARKER) out.push({ piece: quote.exact.slice(-piece), after: true });
  const suffix = quote.suffix.slice(0, MARKER);
  if (suffix.length >= MIN_MARKER) out.push({ piece: suffix, after: false });
  return out;
}

/** The numbers written in digits, in order: "40 homes, 3 days" -> "40 3". */
function numbers(s: string): string {
  return (s.match(/\d+(?:[.,]\d+)*/g) ?? []).join(' ');
}

/**
 * Whether `candidate` is the old quote edited a little: most of its bigrams
 * kept and every number unchanged. A sentence that now names another figure
 * states another fact, so a decision on the old one must not follow it.
 */
function closeCopy(candidate: string, exact: string, minSimilarity: number): number | undefined {
  if (numbers(candidate) !== numbers(exact)) return undefined;
  const similarity = dice(candidate, exact);
  return similarity >= minSimilarity ? similarity : undefined;
}

/** Start offsets a left marker proposes; the text's start for an anchor that began there. */
function starts(text: string, marker: Marker): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(marker.piece); i !== -1 && out.length < MAX_LEFT; i = text.indexOf(marker.piece, i + 1)) {
    out.push(marker.after ? i + marker.piece.length : i);
  }
  return out;
}

/** The best edited place of the quote, or undefined when none is similar enough. */
export function fuzzyPlace(text: string, quote: TextQuote, hint: number, minSimilarity: number): Candidate | undefined {
  const { exact } = quote;
  const piece = Math.min(MARKER, Math.floor(exact.length / 3));
  const maxLength = 2 * exact.length + MARKER;
  const lefts = leftMarkers(quote, piece).flatMap((m) => starts(text, m));
  if (quote.prefix === '') lefts.push(0);
  let best: Candidate | undefined;
  for (const start of lefts) {
    // A bounded window keeps this linear however often the left marker occurs.
    const window = text.slice(start, start + maxLength);
    const ends = rightMarkers(quote, piece).map((m) => {
      const j = window.indexOf(m.piece);
      return j === -1 ? -1 : start + j + (m.after ? m.piece.length : 0);
    });
    if (quote.suffix === '' && start + maxLength >= text.length) ends.push(text.length);
    for (const end of ends) {
      if (end <= start) continue;
      const similarity = closeCopy(text.slice(start, end), exact, minSimilarity);
      if (similarity === undefined) continue;
      const score = similarity + placeScore(text, start, end, quote, hint);
      if (!best || score > best.score) best = { start, end, score };
    }
  }
  return best;
}
