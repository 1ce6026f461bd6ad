/**
 * A word-level view of one sentence for the claim rules: the word tokens in
 * order, with the punctuation that stands before each one. Rules index these
 * arrays instead of re-reading the text, so each pass stays linear.
 */
import type { Sentence } from '../sentences';
import { AUXILIARIES, DEFAULT_CLAIM_CUES, DETERMINERS, NO_CUES, type ClaimCueLexicon, type WordCues } from '../lexicon/claim-cues';
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
  /** Offset just past the sentence's last non-space, non-citation token. */
  end: number;
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
    const prevTok = t > 0 ? tokens[t - 1] : undefined;
    const glued = tok.kind === 'word' && t >= 2 && words.length > 0 && prevTok && (prevTok.text === ',' || prevTok.text === '.') && tokens[t - 2].kind === 'word'
      && /^\d+$/.test(tok.text) && /\d$/.test(words[words.length - 1].text) && tokens[t - 2].end === prevTok.start && prevTok.end === tok.start;
    if (glued) {
      // "50,000" and "2.5" are one number, not two words around a comma; a new word, as the tokens are shared
      const w = words[words.length - 1];
      const text = sentence.text.slice(w.start - sentence.start, tok.end - sentence.start);
      words[words.length - 1] = { kind: 'word', text, norm: text, start: w.start, end: tok.end } as Word;
      sawComma = false;
      continue;
    }
    if (tok.kind === 'word') {
      const isCite = bracket && /^\d+$/.test(tok.text);
      // the token itself serves as the word (read-only here): one object less per word
      words.push(tok);
      comma.push(sawComma);
      quote.push(sawQuote);
      cite.push(isCite);
      sawComma = false;
      sawQuote = false;
    } else {
      if (COMMAS.has(tok.text)) sawComma = true;
      else if (tok.text === '[') bracket = true;
      else if (tok.text === ']') bracket = false;
      if (QUOTES.has(tok.text)) sawQuote = OPENING.has(tok.text) || (tok.text === '"' && (t === 0 || tokens[t - 1].end < tok.start));
    }
  }
  // the end: past the last word that is not a citation marker, and its closing punctuation
  let end = sentence.start;
  let lastWord = words.length - 1;
  while (lastWord >= 0 && cite[lastWord]) lastWord--;
  if (lastWord >= 0) {
    end = words[lastWord].end;
    // tokens are in text order: only those from `end` on can follow
    let t = tokens.length;
    while (t > 0 && tokens[t - 1].start >= end) t--;
    for (; t < tokens.length; t++) {
      const tok = tokens[t];
      if (tok.start >= end && tok.kind === 'punct' && tok.text !== '[' && tok.text !== ']' && tok.start === end) end = tok.end;
    }
  }
  const cues: WordCues[] = new Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const norm = words[i].norm;
    cues[i] = norm.length > 2 ? lexicon.wordCues(norm) : NO_CUES;
  }
  return { words, comma, quote, cite, end, cues, verbs: lexicon.verbs };
}

/** Common irregular past forms, which the "-ed" test misses. */
const IRREGULAR_PAST = new Set([
  'fled', 'made', 'took', 'gave', 'went', 'came', 'said', 'told', 'saw', 'ran', 'won', 'lost', 'left', 'met',
  'sent', 'spent', 'held', 'kept', 'began', 'fell', 'got', 'led', 'paid', 'sold', 'stood', 'struck', 'thought',
  'wrote', 'rose', 'broke', 'bought', 'brought', 'caught', 'chose', 'drew', 'drove', 'fought', 'found', 'grew',
  'hid', 'knew', 'shut', 'spoke', 'stole', 'threw', 'tore', 'understood', 'built', 'felt', 'heard', 'meant', 'sought',
]);

/** A word that makes its clause finite: an auxiliary, or a lower-case past form after a non-determiner. */
export function looksFinite(v: WordView, i: number): boolean {
  const w = v.words[i];
  if (AUXILIARIES.has(w.norm) || w.norm.endsWith("n't")) return true;
  // a capital first letter (A-Z read without a call; other letters as before)
  const c = w.text.charCodeAt(0);
  if (c < 128 ? c >= 65 && c <= 90 : w.text[0] !== w.text[0].toLowerCase()) return false;
  if (IRREGULAR_PAST.has(w.norm)) return i > 0 && !DETERMINERS.has(v.words[i - 1].norm);
  if (!w.norm.endsWith('ed') || w.norm.length < 5) return false;
  return i > 0 && !DETERMINERS.has(v.words[i - 1].norm);
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
