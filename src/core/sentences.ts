/**
 * Parses a block of text with unified + retext-english and flattens the nlcst
 * tree into sentences of tokens with exact offsets. The rules work on these
 * flat arrays: index arithmetic on an array is much cheaper than walking the
 * tree again for every lexicon entry.
 */
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import type { Root, Sentence as NlcstSentence, Paragraph } from 'nlcst';
import type { SentenceSyntax } from './syntax';

/** White space is no token: a gap between two tokens' offsets is where it stood. */
export type TokenKind = 'word' | 'punct' | 'symbol';

export interface Token {
  kind: TokenKind;
  /** The token as written. */
  text: string;
  /** Lower-cased, with curly apostrophes made straight: the form lexicons match. */
  norm: string;
  start: number;
  end: number;
  /** `kind === 'word'`, read once for all the rules. */
  word: boolean;
  /** A word starting with an upper-case letter. */
  cap: boolean;
}

export interface Sentence {
  /** Offsets into the text given to `parseSentences`, plus its `offset`. */
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  /** Indices into `tokens` of the word tokens, in order. */
  words: number[];
  /** Tags, lemmas and the dependency parse, when the analysis has a syntax model. */
  syntax?: SentenceSyntax;
}

const parser = unified().use(retextEnglish).freeze();

/**
 * Where a span that ends with word `w` ends: the parser keeps a sentence's
 * full stop in a final number or lower-case abbreviation-like word ("rose to
 * 300.", "a rent cap."), a span leaves it out; "the U.S." keeps its own.
 */
export function endWithoutStop(w: { text: string; end: number }): number {
  const t = w.text;
  if (t.length < 2 || t.charCodeAt(t.length - 1) !== 46 || t.indexOf('.') !== t.length - 1) return w.end;
  const c = t.charCodeAt(t.length - 2);
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) ? w.end - 1 : w.end;
}

/** Lexicon form of a token: lower case, straight apostrophes. */
export function normalise(text: string): string {
  let norm = norms.get(text);
  if (norm === undefined) {
    // an object key is an internalised string: the rules' Set and Map lookups by it then compare pointers
    norm = Object.keys({ [text.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'")]: 0 })[0];
    if (norms.size >= MAX_NORMS) norms.clear();
    norms.set(text, norm);
  }
  return norm;
}

/** No upper-case ASCII letter and nothing beyond ASCII: lower-casing would change nothing. */
function isOwnForm(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

/** First character upper-case; ASCII by char code, the rest by case mapping (cheaper than a regex per token). */
function isCapital(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  const first = text[0];
  return first !== first.toLowerCase();
}

/** Forms already normalised, by their text: news repeats its words. */
const norms = new Map<string, string>();
const MAX_NORMS = 50_000;

/**
 * Splits `text` into sentences. `offset` is added to every position so that a
 * block can be parsed alone and still report document offsets.
 */
export function parseSentences(text: string, offset = 0): Sentence[] {
  const tree = parser.parse(text) as Root;
  const out: Sentence[] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of (paragraph as Paragraph).children) {
      if (sentence.type === 'SentenceNode') out.push(flatten(sentence, text, offset));
    }
  }
  return out;
}

function flatten(sentence: NlcstSentence, text: string, offset: number): Sentence {
  const tokens: Token[] = [];
  const words: number[] = [];
  for (const node of sentence.children) {
    if (node.type === 'WhiteSpaceNode') continue;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    const raw = text.slice(start, end);
    const kind: TokenKind = node.type === 'WordNode' ? 'word' : node.type === 'SymbolNode' ? 'symbol' : 'punct';
    if (kind === 'word') words.push(tokens.length);
    // most tokens (spaces, punctuation, lower-case ASCII words) are their own lexicon form
    const norm = isOwnForm(raw) ? raw : normalise(raw);
    tokens.push({ kind, text: raw, norm, start: start + offset, end: end + offset, word: kind === 'word', cap: kind === 'word' && isCapital(raw) });
  }
  const start = (sentence.position?.start.offset ?? 0);
  const end = (sentence.position?.end.offset ?? start);
  return { start: start + offset, end: end + offset, text: text.slice(start, end), tokens, words };
}
