/**
 * The sentences of a block, parsed in pieces when the block is very long.
 * The parser's cost grows with the square of a paragraph's length when it
 * holds many sentence-like pieces (1 MB of ". " took minutes), and some rules
 * grow with the square of a sentence's length. A block longer than `WHOLE`
 * is cut into pieces of at most `PIECE` characters, preferably after a
 * sentence end, so the time stays linear in the input. News paragraphs are
 * far shorter (the longest in the corpora is under 12,000 characters), so
 * their findings do not change.
 */
import { parseSentences, type Sentence } from './sentences';

/** Longest block parsed whole, in UTF-16 code units. */
export const WHOLE = 16_384;
/** Longest piece of a longer block: smaller, as the parser's cost in a piece still grows with its square. */
export const PIECE = 8192;

/** Characters that end a sentence, or close a quotation or bracket after its end. */
const ENDS = new Set(['.', '!', '?', '"', '”', '’', ')']);

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x3000;
}

/**
 * Where the piece of `text` that starts at `start` ends: the start of a word
 * after a sentence end, else the start of any word, in the last half of the
 * piece; else `PIECE` characters on, never between the two halves of a
 * surrogate pair.
 */
export function pieceEnd(text: string, start: number): number {
  const limit = start + PIECE;
  if (limit >= text.length) return text.length;
  const floor = start + PIECE / 2;
  let word = -1;
  for (let p = limit; p > floor; p--) {
    if (isSpace(text.charCodeAt(p)) || !isSpace(text.charCodeAt(p - 1))) continue;
    let k = p - 1;
    while (k > start && isSpace(text.charCodeAt(k))) k--;
    if (ENDS.has(text[k])) return p;
    if (word < 0) word = p;
  }
  if (word >= 0) return word;
  const c = text.charCodeAt(limit);
  return c >= 0xdc00 && c <= 0xdfff ? limit - 1 : limit;
}

/**
 * The sentences of a block, with offsets relative to its start. `parse` is
 * the parser (a test passes one that counts its work).
 */
export function blockSentences(text: string, parse: typeof parseSentences = parseSentences): Sentence[] {
  if (text.length <= WHOLE) return parse(text);
  const out: Sentence[] = [];
  for (let start = 0; start < text.length;) {
    const end = pieceEnd(text, start);
    for (const s of parse(text.slice(start, end), start)) out.push(s);
    start = end;
  }
  return out;
}
