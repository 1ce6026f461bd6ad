/**
 * A word-level view of one sentence for the claim rules: the word tokens in
 * order, with the punctuation that stands before each one. Rules index these
 * arrays instead of re-reading the text, so each pass stays linear.
 */
import type { Sentence } from '../sentences';
import { DEFAULT_CLAIM_CUES, type ClaimCueLexicon, type WordCues } from '../lexicon/claim-cues';
import type { CueKind } from '../types';

export interface Word {
  text: string;
  norm: string;
  start: number;
  end: number;
}

export interface WordView {
  words: Word[];
  /** A comma, semicolon, colon or dash stands between word i-1 and word i. */
  comma: boolean[];
  /** An opening quotation mark stands right before word i. */
  quote: boolean[];
  /** Word i is an inline citation marker ("[3]"). */
  cite: boolean[];
  /** What the cue lexicons say about word i. */
  cues: WordCues[];
  /** Verb cue lemma -> kind, with the user's added and removed reporting verbs. */
  verbs: Readonly<Record<string, CueKind>>;
}

const QUOTES = new Set(['"', '“', '‘', '”', '’', "'"]);
const OPENING = new Set(['"', '“', '‘']);
/** Punctuation that sets a word off like a comma does. */
const COMMAS = new Set([',', ';', ':', '–', '—', '--']);

/** Builds the view in one pass over the tokens. */
export function wordView(sentence: Sentence, lexicon: ClaimCueLexicon = DEFAULT_CLAIM_CUES): WordView {
  // one slot per word token, made at once; a number glued across a comma takes two tokens, so the arrays are cut to size after
  const slots = sentence.words.length;
  const words = new Array<Word>(slots);
  const comma = new Array<boolean>(slots);
  const quote = new Array<boolean>(slots);
  const cite = new Array<boolean>(slots);
  const cues = new Array<WordCues>(slots);
  let count = 0;
  let sawComma = false;
  let sawQuote = false;
  let bracket = false;
  /** Index of a "," or "." token glued to the word token before it: a number may go on after it. */
  let numberJoint = -1;
  const tokens = sentence.tokens;
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    if (tok.kind === 'word') {
      if (numberJoint === t - 1 && t >= 2 && count > 0 && continuesNumber(words[count - 1], tokens[t - 1], tok)) {
        // "50,000" and "2.5" are one number, not two words around a comma; a new word, as the tokens are shared
        const w = words[count - 1];
        const text = sentence.text.slice(w.start - sentence.start, tok.end - sentence.start);
        words[count - 1] = { kind: 'word', text, norm: text, start: w.start, end: tok.end } as Word;
        cues[count - 1] = lexicon.wordCues(text);
        sawComma = false;
        continue;
      }
      // the token itself serves as the word (read-only here): one object less per word
      words[count] = tok;
      comma[count] = sawComma;
      quote[count] = sawQuote;
      cite[count] = bracket && /^\d+$/.test(tok.text);
      cues[count] = lexicon.wordCues(tok.norm);
      count++;
      sawComma = false;
      sawQuote = false;
    } else {
      if (COMMAS.has(tok.text)) sawComma = true;
      else if (tok.text === '[') bracket = true;
      else if (tok.text === ']') bracket = false;
      if (QUOTES.has(tok.text)) sawQuote = OPENING.has(tok.text) || (tok.text === '"' && (t === 0 || tokens[t - 1].end < tok.start));
      if ((tok.text === ',' || tok.text === '.') && t > 0 && tokens[t - 1].kind === 'word') numberJoint = t;
    }
  }
  if (count < slots) {
    words.length = count;
    comma.length = count;
    quote.length = count;
    cite.length = count;
    cues.length = count;
  }
  return { words, comma, quote, cite, cues, verbs: lexicon.verbs };
}

/** Whether the digits of `next` go on the number `last` across `joint`, with no space on either side ("50,000", "2.5"). */
function continuesNumber(last: Word, joint: Word, next: Word): boolean {
  return last.end === joint.start && joint.end === next.start && /^\d+$/.test(next.text) && /\d$/.test(last.text);
}

/** A word that makes its clause finite: an auxiliary, or a lower-case past form after a non-determiner. */
export function looksFinite(v: WordView, i: number): boolean {
  const c = v.cues[i];
  if (c.auxiliary || c.contractedNot) return true;
  if (!c.pastForm) return false;
  // a capital first letter (A-Z read without a call; other letters as before)
  const text = v.words[i].text;
  const first = text.charCodeAt(0);
  if (first < 128 ? first >= 65 && first <= 90 : text[0] !== text[0].toLowerCase()) return false;
  return i > 0 && !v.cues[i - 1].determiner;
}

/** Whether any word in [from, to] looks finite. */
export function hasFinite(v: WordView, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i <= to && i < v.words.length; i++) if (looksFinite(v, i)) return true;
  return false;
}

/** Whether the word starts with a capital letter (a name, in running text). */
export function capitalised(w: Word): boolean {
  const c = w.text.charCodeAt(0);
  // ASCII needs no regular expression: only A-Z are upper-case letters there
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(w.text);
}

/** Whether the word contains a digit (a quantity or a date). */
export function numeric(w: Word): boolean {
  return /\d/.test(w.text);
}

/** Index of the first word at or after `from` (up to `to`) preceded by a comma, or -1. */
export function nextComma(v: WordView, from: number, to: number): number {
  for (let i = from; i <= to; i++) if (v.comma[i]) return i;
  return -1;
}
