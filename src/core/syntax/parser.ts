/**
 * Greedy dependency parsing: at each step the move with the best score among
 * the valid ones, scored from Zhang & Nivre (2011)-style features of the
 * stack, the buffer and the dependents found so far.
 */
import { hashString, key1, key2, key3 } from './hash';
import { LEFT, MOVES, ParseState, RIGHT, SHIFT } from './transitions';
import type { Scorer } from './weights';

export const MAX_PARSE_FEATURES = 72;

const ROOT_ATOM = 0x2545f491;
const NONE_ATOM = 0x6c8e9cf5;

/** Word, tag and word-and-tag atoms of a sentence, with the root at `n` and "none" at `n + 1`. */
export interface ParseAtoms {
  n: number;
  word: Uint32Array;
  tag: Uint32Array;
  wordTag: Uint32Array;
  /** `commas[i]`: commas among words 0..i-1, so a comma between two words is a subtraction away. */
  commas: Int32Array;
}

const COMMA = hashString(',');

/** 1 if a comma stands between words `a` and `b` (in either order, either may be the root or none), else 0. */
export function commaBetween(p: ParseAtoms, a: number, b: number): number {
  if (a > p.n || b > p.n) return 0;
  return p.commas[Math.max(a, b)] - p.commas[Math.min(a, b) + 1] > 0 ? 1 : 0;
}

export function parseAtoms(words: Uint32Array, tags: Int32Array, n: number): ParseAtoms {
  const word = new Uint32Array(n + 2);
  const tag = new Uint32Array(n + 2);
  const wordTag = new Uint32Array(n + 2);
  for (let i = 0; i < n; i++) {
    word[i] = words[i];
    tag[i] = tags[i];
    wordTag[i] = key2(0, words[i], tags[i]);
  }
  word[n] = tag[n] = wordTag[n] = ROOT_ATOM;
  word[n + 1] = tag[n + 1] = wordTag[n + 1] = NONE_ATOM;
  const commas = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) commas[i + 1] = commas[i] + (i < n && words[i] === COMMA ? 1 : 0);
  return { n, word, tag, wordTag, commas };
}

function bucket(d: number): number {
  return d <= 4 ? d : d <= 6 ? 5 : d <= 10 ? 6 : 7;
}

/** Writes the feature keys of the state into `out`; returns how many. */
export function parseFeatures(st: ParseState, a: ParseAtoms, out: Uint32Array): number {
  const none = a.n + 1;
  const at = (i: number): number => (i < 0 ? none : i);
  const rawS0 = st.stackAt(0);
  const rawS1 = st.stackAt(1);
  const s0 = at(rawS0);
  const s1 = at(rawS1);
  const s2 = at(st.stackAt(2));
  const rawB0 = st.bufferAt(0);
  const b0 = at(rawB0);
  const b1 = at(st.bufferAt(1));
  const b2 = at(st.bufferAt(2));
  const s0l = rawS0 >= 0 ? at(st.left1[rawS0]) : none;
  const s0l2 = rawS0 >= 0 ? at(st.left2[rawS0]) : none;
  const s0r = rawS0 >= 0 ? at(st.right1[rawS0]) : none;
  const s0r2 = rawS0 >= 0 ? at(st.right2[rawS0]) : none;
  const s1l = rawS1 >= 0 ? at(st.left1[rawS1]) : none;
  const s1r = rawS1 >= 0 ? at(st.right1[rawS1]) : none;
  const b0l = rawB0 >= 0 ? at(st.left1[rawB0]) : none;
  const b0l2 = rawB0 >= 0 ? at(st.left2[rawB0]) : none;
  const W = a.word;
  const T = a.tag;
  const WT = a.wordTag;
  const d = rawS0 >= 0 && rawB0 >= 0 ? bucket(rawB0 - rawS0) : 0;
  const d1 = rawS0 >= 0 && rawS1 >= 0 ? bucket(rawS0 - rawS1) : 0;
  const s0vl = rawS0 >= 0 ? st.leftCount[rawS0] : 0;
  const s0vr = rawS0 >= 0 ? st.rightCount[rawS0] : 0;
  const b0vl = rawB0 >= 0 ? st.leftCount[rawB0] : 0;
  let k = 0;
  out[k++] = key1(1, W[s0]);
  out[k++] = key1(2, T[s0]);
  out[k++] = key1(3, WT[s0]);
  out[k++] = key1(4, W[b0]);
  out[k++] = key1(5, T[b0]);
  out[k++] = key1(6, WT[b0]);
  out[k++] = key1(7, W[b1]);
  out[k++] = key1(8, T[b1]);
  out[k++] = key1(9, WT[b1]);
  out[k++] = key1(10, W[b2]);
  out[k++] = key1(11, T[b2]);
  out[k++] = key1(12, W[s1]);
  out[k++] = key1(13, T[s1]);
  out[k++] = key1(14, WT[s1]);
  out[k++] = key1(15, T[s2]);
  out[k++] = key2(16, WT[s0], WT[b0]);
  out[k++] = key2(17, WT[s0], W[b0]);
  out[k++] = key2(18, W[s0], WT[b0]);
  out[k++] = key2(19, WT[s0], T[b0]);
  out[k++] = key2(20, T[s0], WT[b0]);
  out[k++] = key2(21, W[s0], W[b0]);
  out[k++] = key2(22, T[s0], T[b0]);
  out[k++] = key2(23, T[b0], T[b1]);
  out[k++] = key3(24, T[b0], T[b1], T[b2]);
  out[k++] = key3(25, T[s0], T[b0], T[b1]);
  out[k++] = key3(26, T[s1], T[s0], T[b0]);
  out[k++] = key3(27, T[s0], T[s0l], T[b0]);
  out[k++] = key3(28, T[s0], T[s0r], T[b0]);
  out[k++] = key3(29, T[s0], T[b0], T[b0l]);
  out[k++] = key2(30, T[s1], T[s0]);
  out[k++] = key2(31, WT[s1], WT[s0]);
  out[k++] = key2(32, W[s1], T[s0]);
  out[k++] = key2(33, T[s1], W[s0]);
  out[k++] = key2(34, W[s1], W[s0]);
  out[k++] = key3(35, T[s2], T[s1], T[s0]);
  out[k++] = key3(36, T[s1], T[s1r], T[s0]);
  out[k++] = key3(37, T[s1], T[s0], T[b1]);
  out[k++] = key2(38, W[s0], d);
  out[k++] = key2(39, T[s0], d);
  out[k++] = key2(40, W[b0], d);
  out[k++] = key2(41, T[b0], d);
  out[k++] = key3(42, W[s0], W[b0], d);
  out[k++] = key3(43, T[s0], T[b0], d);
  out[k++] = key3(44, T[s1], T[s0], d1);
  out[k++] = key3(45, W[s1], W[s0], d1);
  out[k++] = key2(46, W[s0], s0vr);
  out[k++] = key2(47, T[s0], s0vr);
  out[k++] = key2(48, W[s0], s0vl);
  out[k++] = key2(49, T[s0], s0vl);
  out[k++] = key2(50, W[b0], b0vl);
  out[k++] = key2(51, T[b0], b0vl);
  out[k++] = key1(52, W[s0l]);
  out[k++] = key1(53, T[s0l]);
  out[k++] = key1(54, W[s0r]);
  out[k++] = key1(55, T[s0r]);
  out[k++] = key1(56, W[b0l]);
  out[k++] = key1(57, T[b0l]);
  out[k++] = key1(58, T[s1r]);
  out[k++] = key1(59, T[s1l]);
  out[k++] = key1(60, T[s0l2]);
  out[k++] = key1(61, T[s0r2]);
  out[k++] = key1(62, T[b0l2]);
  out[k++] = key3(63, T[s0], T[s0l], T[s0l2]);
  out[k++] = key3(64, T[s0], T[s0r], T[s0r2]);
  out[k++] = key3(65, T[b0], T[b0l], T[b0l2]);
  out[k++] = key3(66, T[s1], T[s1l], T[s0]);
  out[k++] = key3(67, W[s1], T[s0], T[b0]);
  out[k++] = key3(68, T[s1], W[s0r], T[s0]);
  // a comma between two words speaks against a plain argument, for apposition, parataxis and coordination
  out[k++] = key3(69, T[s0], T[b0], commaBetween(a, s0, b0));
  out[k++] = key3(70, T[s1], T[s0], commaBetween(a, s1, s0));
  return k;
}

/** The best valid move by `scores`. */
export function bestValid(st: ParseState, scores: Float64Array): number {
  let best = -1;
  for (let m = 0; m < MOVES; m++) if (st.valid(m) && (best === -1 || scores[m] > scores[best])) best = m;
  return best;
}

/** Parses one sentence greedily; returns each word's head (n = the root). */
export function parseSentence(weights: Scorer, a: ParseAtoms): Int32Array {
  const st = new ParseState(a.n);
  const keys = new Uint32Array(MAX_PARSE_FEATURES);
  const scores = new Float64Array(MOVES);
  while (!st.done) {
    const nk = parseFeatures(st, a, keys);
    scores.fill(0);
    weights.score(keys, nk, scores);
    st.apply(bestValid(st, scores));
  }
  return st.heads.subarray(0, a.n);
}

export { LEFT, RIGHT, SHIFT };
