/**
 * Greedy left-to-right part-of-speech tagging with a linear model: each word
 * gets the joint UPOS|XPOS class that scores best given its own form, its
 * neighbours' forms and the two tags already chosen before it.
 */
import { key1, key2, key3 } from './hash';
import type { WordAtoms } from './lexical';
import type { Scorer } from './weights';

/** Tag id of "no word here" (before the start or after the end of the sentence). */
const NONE = 0x7fff;
/** Atom of "no word here". */
const NO_WORD = 0x5bd1e995;

export const MAX_TAG_FEATURES = 52;

/**
 * Writes the feature keys of word `i` into `out`; returns how many. `right`,
 * the tags of a first pass, adds the tags to come as features (second pass).
 */
export function tagFeatures(a: WordAtoms, i: number, prev1: number, prev2: number, right: Int32Array | undefined, out: Uint32Array): number {
  const n = a.n;
  const w = a.lower[i];
  const wPrev = i > 0 ? a.lower[i - 1] : NO_WORD;
  const wPrev2 = i > 1 ? a.lower[i - 2] : NO_WORD;
  const wNext = i + 1 < n ? a.lower[i + 1] : NO_WORD;
  const wNext2 = i + 2 < n ? a.lower[i + 2] : NO_WORD;
  const s3 = a.suffix[2][i];
  let k = 0;
  out[k++] = key1(1, 0);
  out[k++] = key1(2, w);
  out[k++] = key1(3, a.exact[i]);
  out[k++] = key1(4, a.suffix[0][i]);
  out[k++] = key1(5, a.suffix[1][i]);
  out[k++] = key1(6, s3);
  out[k++] = key1(7, a.suffix[3][i]);
  out[k++] = key1(8, a.prefix[0][i]);
  out[k++] = key1(9, a.prefix[1][i]);
  out[k++] = key1(10, a.prefix[2][i]);
  out[k++] = key1(11, a.shape[i]);
  out[k++] = key1(12, a.flags[i]);
  out[k++] = key1(13, prev1);
  out[k++] = key2(14, prev2, prev1);
  out[k++] = key2(15, prev1, w);
  out[k++] = key1(16, wPrev);
  out[k++] = key1(17, i > 0 ? a.suffix[2][i - 1] : NO_WORD);
  out[k++] = key1(18, wNext);
  out[k++] = key1(19, i + 1 < n ? a.suffix[2][i + 1] : NO_WORD);
  out[k++] = key1(20, wPrev2);
  out[k++] = key1(21, wNext2);
  out[k++] = key1(22, i + 1 < n ? a.shape[i + 1] : NO_WORD);
  out[k++] = key2(23, wPrev, w);
  out[k++] = key2(24, w, wNext);
  out[k++] = key2(25, prev1, s3);
  out[k++] = key2(26, a.flags[i], prev1);
  out[k++] = key3(27, prev1, w, wNext);
  out[k++] = key2(28, a.shape[i], s3);
  out[k++] = key2(29, prev1, wNext);
  // ambiguity classes look ahead at what the next words can be
  const amb = a.ambiguity;
  const ambNext = i + 1 < n ? amb[i + 1] : NO_WORD;
  out[k++] = key1(30, amb[i]);
  out[k++] = key1(31, ambNext);
  out[k++] = key1(32, i + 2 < n ? amb[i + 2] : NO_WORD);
  out[k++] = key2(33, prev1, ambNext);
  out[k++] = key2(34, amb[i], ambNext);
  out[k++] = key2(35, prev1, amb[i]);
  out[k++] = key3(36, amb[i], ambNext, s3);
  // capitals of the neighbours tell a name inside a name from a capital at the start
  const fl = a.flags;
  out[k++] = key3(45, i > 0 ? fl[i - 1] : 0xff, fl[i], i + 1 < n ? fl[i + 1] : 0xff);
  out[k++] = key2(46, s3, fl[i]);
  out[k++] = key2(47, i > 0 ? a.exact[i - 1] : NO_WORD, fl[i]);
  if (right) {
    const r1 = i + 1 < n ? right[i + 1] : NONE;
    const r2 = i + 2 < n ? right[i + 2] : NONE;
    out[k++] = key1(37, r1);
    out[k++] = key2(38, r1, r2);
    out[k++] = key2(39, prev1, r1);
    out[k++] = key2(40, w, r1);
    out[k++] = key2(41, s3, r1);
    out[k++] = key3(42, prev1, w, r1);
    out[k++] = key2(43, right[i], prev1);
    out[k++] = key3(44, prev1, right[i], r1);
  }
  return k;
}

export interface TaggerModel {
  weights: Scorer;
  /** The second pass, which also reads the first pass's tags of the words to come. */
  refine?: Scorer;
  /** Words (exact-form hash) that always had one tag in training. */
  dictionary: Map<number, number>;
}

/** Tags one sentence; writes class ids into `tags`. */
export function tagSentence(model: TaggerModel, a: WordAtoms, tags: Int32Array): void {
  tagPass(model.weights, model.dictionary, a, undefined, tags);
  if (model.refine) tagPass(model.refine, model.dictionary, a, tags.slice(), tags);
}

/** One greedy left-to-right pass. */
export function tagPass(weights: Scorer, dictionary: Map<number, number>, a: WordAtoms, right: Int32Array | undefined, tags: Int32Array): void {
  const C = weights.classes;
  const keys = new Uint32Array(MAX_TAG_FEATURES);
  const scores = new Float64Array(C);
  let prev1 = NONE;
  let prev2 = NONE;
  for (let i = 0; i < a.n; i++) {
    let best = dictionary.get(a.exact[i]);
    if (best === undefined) {
      const nk = tagFeatures(a, i, prev1, prev2, right, keys);
      scores.fill(0);
      weights.score(keys, nk, scores);
      best = 0;
      for (let c = 1; c < C; c++) if (scores[c] > scores[best]) best = c;
    }
    tags[i] = best;
    prev2 = prev1;
    prev1 = best;
  }
}

export { NONE as NO_TAG };
