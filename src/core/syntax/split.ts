/**
 * The treebank splits some words that retext-english keeps whole:
 * contractions ("didn't" = "did" + "n't", "can't" = "ca" + "n't", "it's" =
 * "it" + "'s") and most hyphenated words ("well-known" = "well" + "-" +
 * "known"). The tagger and the parser read those pieces; each remembers the
 * token it came from, so the rules keep one token model.
 */

export interface Piece {
  text: string;
  start: number;
  end: number;
  /** Index of the token the piece belongs to. */
  token: number;
}

const CLITIC = /^(.+?)(n['\u2019]t|['\u2019](?:s|re|ve|ll|d|m))$/i;
/** Hyphenated words the treebank keeps whole: the prefix stays attached. */
const KEPT_PREFIXES = new Set(['e', 'x', 'co', 'pre', 'non', 're', 'anti', 'ex', 'post', 'mid', 'sub', 'multi', 'self', 'un', 'inter', 'semi', 'pro']);
const HYPHENATED = /^[A-Za-z][A-Za-z.]*(?:-[A-Za-z][A-Za-z.]*)+$/;

/** Splits one word token's text into pieces with offsets from `start`. */
export function splitWord(text: string, start: number, token: number, out: Piece[]): void {
  const clitic = CLITIC.exec(text);
  if (clitic) {
    let base = clitic[1];
    let suffix = clitic[2];
    const lower = text.toLowerCase().replace('\u2019', "'");
    // "can't" and "won't" split as "ca" + "n't" and "wo" + "n't"; "n't" keeps its n
    if (lower === "can't" || lower === "won't") {
      base = text.slice(0, 2);
      suffix = text.slice(2);
    }
    splitHyphens(base, start, token, out);
    out.push({ text: suffix, start: start + base.length, end: start + text.length, token });
    return;
  }
  if (text.length === 6 && text.toLowerCase() === 'cannot') {
    out.push({ text: text.slice(0, 3), start, end: start + 3, token }, { text: text.slice(3), start: start + 3, end: start + 6, token });
    return;
  }
  splitHyphens(text, start, token, out);
}

function splitHyphens(text: string, start: number, token: number, out: Piece[]): void {
  if (!HYPHENATED.test(text) || KEPT_PREFIXES.has(text.slice(0, text.indexOf('-')).toLowerCase())) {
    out.push({ text, start, end: start + text.length, token });
    return;
  }
  let at = 0;
  for (const part of text.split('-')) {
    if (at > 0) out.push({ text: '-', start: start + at - 1, end: start + at, token });
    out.push({ text: part, start: start + at, end: start + at + part.length, token });
    at += part.length + 1;
  }
}
