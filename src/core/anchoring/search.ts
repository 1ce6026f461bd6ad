/** Finds the best place of a quote among its exact occurrences. */
import { contextScore } from './similarity';
import type { TextQuote } from './types';

/** How much a place far from the old position loses, at most, against one close by. */
export const DISTANCE_WEIGHT = 0.25;
/** Occurrences looked at before giving up on more: keeps a very common quote cheap. */
export const MAX_CANDIDATES = 1000;

/** A place for a quote and how well it fits. */
export interface Candidate {
  start: number;
  end: number;
  score: number;
}

/** Context similarity minus a small penalty for the distance from `hint`. */
export function placeScore(text: string, start: number, end: number, quote: TextQuote, hint: number): number {
  const distance = Math.min(1, Math.abs(start - hint) / Math.max(1, text.length));
  return contextScore(text, start, end, quote) - DISTANCE_WEIGHT * distance;
}

/**
 * The occurrence of `needle` in `text` whose surroundings best match the
 * quote's prefix and suffix, ties going to the one nearest `hint`.
 */
export function bestOccurrence(text: string, needle: string, quote: TextQuote, hint: number): Candidate | undefined {
  let best: Candidate | undefined;
  let seen = 0;
  for (let i = text.indexOf(needle); i !== -1 && seen < MAX_CANDIDATES; i = text.indexOf(needle, i + 1), seen++) {
    const score = placeScore(text, i, i + needle.length, quote, hint);
    if (!best || score > best.score) best = { start: i, end: i + needle.length, score };
  }
  return best;
}
