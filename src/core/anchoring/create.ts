/** Makes an anchor for a span of text. */
import type { Anchor } from './types';

/** Characters of context kept on each side of the quote. */
export const CONTEXT_LENGTH = 32;

/** True when `i` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, i: number): boolean {
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

/**
 * The TextQuoteSelector + TextPositionSelector pair for `text.slice(start, end)`.
 * Throws a RangeError for an empty or out-of-range span: that is a caller's bug.
 */
export function createAnchor(text: string, start: number, end: number, contextLength = CONTEXT_LENGTH): Anchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`createAnchor: bad span ${start}..${end} in a text of length ${text.length}`);
  }
  let from = Math.max(0, start - contextLength);
  // Context never starts or ends inside an emoji, so the sidecar holds no lone surrogates.
  if (splitsPair(text, from)) from++;
  let to = Math.min(text.length, end + contextLength);
  if (splitsPair(text, to)) to--;
  return {
    quote: { exact: text.slice(start, end), prefix: text.slice(from, start), suffix: text.slice(end, to) },
    position: { start, end },
  };
}
