/** Cheap string similarity for choosing between candidate places of a quote. */
import type { TextQuote } from './types';

/** Sørensen–Dice coefficient of character bigrams, 0 (nothing shared) to 1 (same). */
export function dice(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const counts = new Map<number, number>();
  for (let i = 0; i + 1 < a.length; i++) {
    const key = a.charCodeAt(i) * 0x10000 + a.charCodeAt(i + 1);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i + 1 < b.length; i++) {
    const key = b.charCodeAt(i) * 0x10000 + b.charCodeAt(i + 1);
    const n = counts.get(key) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(key, n - 1);
    }
  }
  return (2 * shared) / (a.length - 1 + b.length - 1);
}

/** Drops carriage returns so that CRLF and LF context compare equal. */
function lf(s: string): string {
  return s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
}

/**
 * How well the text around `start..end` matches the quote's prefix and suffix,
 * 0..1. An empty prefix (an anchor made at the start of the text, or an
 * imported one without context) scores 1 at the start of the text and 0.5
 * elsewhere, so it neither wins nor loses a tie on its own; likewise a suffix.
 */
export function contextScore(text: string, start: number, end: number, quote: TextQuote): number {
  const prefix = lf(quote.prefix);
  const suffix = lf(quote.suffix);
  // Read twice the length so that removed carriage returns still leave enough characters.
  const before = () => lf(text.slice(Math.max(0, start - 2 * prefix.length), start)).slice(-prefix.length);
  const after = () => lf(text.slice(end, end + 2 * suffix.length)).slice(0, suffix.length);
  const p = prefix ? dice(before(), prefix) : start === 0 ? 1 : 0.5;
  const s = suffix ? dice(after(), suffix) : end === text.length ? 1 : 0.5;
  return (p + s) / 2;
}
