/**
 * A word-level view of one sentence for the claim rules: the word tokens in
 * order, with the punctuation that stands before each one. Rules index these
 * arrays instead of re-reading the text, so each pass stays linear.
 */
import type { Sentence } from '../sentences';
import { AUXILIARIES, DETERMINERS } from '../lexicon/claim-cues';

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
  /** Offset just past the sentence's last non-space, non-citation token. */
  end: number;
}

const QUOTES = new Set(['"', '“', '‘', '”', '’', "'"]);
const OPENING = new Set(['"', '“', '‘']);

/** Builds the view in one pass over the tokens. */
export function wordView(sentence: Sentence): WordView {
  const words: Word[] = [];
  const comma: boolean[] = [];
  const quote: boolean[] = [];
  const cite: boolean[] = [];
  let sawComma = false;
  let sawQuote = false;
  let bracket = false;
  const tokens = sentence.tokens;
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    if (tok.kind === 'word') {
      const isCite = bracket && /^\d+$/.test(tok.text);
      words.push({ text: tok.text, norm: tok.norm, start: tok.start, end: tok.end });
      comma.push(sawComma);
      quote.push(sawQuote);
      cite.push(isCite);
      sawComma = false;
      sawQuote = false;
    } else if (tok.kind !== 'space') {
      if (/^[,;:–—]$/.test(tok.text) || tok.text === '--') sawComma = true;
      else if (tok.text === '[') bracket = true;
      else if (tok.text === ']') bracket = false;
      if (QUOTES.has(tok.text)) sawQuote = OPENING.has(tok.text) || (tok.text === '"' && (t === 0 || tokens[t - 1].kind === 'space'));
    }
  }
  let end = sentence.start;
  for (const tok of tokens) {
    if (tok.kind === 'space' || tok.text === '[' || tok.text === ']') continue;
    if (tok.kind === 'word' && cite[words.findIndex((w) => w.start === tok.start)]) continue;
    end = tok.end;
  }
  return { words, comma, quote, cite, end };
}

/** A word that makes its clause finite: an auxiliary, or a lower-case past form after a non-determiner. */
export function looksFinite(v: WordView, i: number): boolean {
  const w = v.words[i];
  if (AUXILIARIES.has(w.norm) || w.norm.endsWith("n't")) return true;
  if (w.text[0] !== w.text[0].toLowerCase()) return false;
  if (!/(ed|ew|ook|ught|ame|ent)$/.test(w.norm) || w.norm.length < 5) return false;
  return i > 0 && !DETERMINERS.has(v.words[i - 1].norm);
}

/** Whether any word in [from, to] looks finite. */
export function hasFinite(v: WordView, from: number, to: number): boolean {
  for (let i = Math.max(0, from); i <= to && i < v.words.length; i++) if (looksFinite(v, i)) return true;
  return false;
}

/** Whether the word starts with a capital letter (a name, in running text). */
export function capitalised(w: Word): boolean {
  return /^\p{Lu}/u.test(w.text);
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
