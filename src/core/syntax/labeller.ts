/**
 * Dependency labels for a parsed tree: each arc in word order gets the
 * relation that scores best given the two words, their tags, their
 * neighbours, the dependent's own dependents and the label of its previous
 * sibling.
 */
import { key1, key2, key3 } from './hash';
import { commaBetween, type ParseAtoms } from './parser';
import type { Scorer } from './weights';

export const MAX_LABEL_FEATURES = 28;
const NO_LABEL = 0x7ffe;

/** First and last dependent of every word of a tree (root at n; -1 if none). */
export interface TreeIndex {
  first: Int32Array;
  last: Int32Array;
  count: Int32Array;
}

export function treeIndex(heads: Int32Array, n: number): TreeIndex {
  const first = new Int32Array(n + 1).fill(-1);
  const last = new Int32Array(n + 1).fill(-1);
  const count = new Int32Array(n + 1);
  for (let d = 0; d < n; d++) {
    const h = heads[d];
    if (h < 0) continue;
    if (first[h] === -1) first[h] = d;
    last[h] = d;
    count[h]++;
  }
  return { first, last, count };
}

/** Writes the feature keys of the arc heads[d] -> d into `out`; returns how many. */
export function labelFeatures(a: ParseAtoms, heads: Int32Array, tree: TreeIndex, d: number, previousSibling: number, out: Uint32Array): number {
  const n = a.n;
  const none = n + 1;
  const at = (i: number): number => (i < 0 || i > n ? none : i);
  const h = heads[d];
  const W = a.word;
  const T = a.tag;
  const dir = h === n ? 3 : d < h ? 1 : 2;
  const dist = Math.min(Math.abs(h - d), 8);
  const hh = h < n ? at(heads[h]) : none;
  const prev = at(d - 1);
  const next = d + 1 < n ? d + 1 : none;
  const lc = at(tree.first[d]);
  const rc = at(tree.last[d]);
  const beforeHead = h < n ? at(h - 1) : none;
  let k = 0;
  out[k++] = key1(1, dir);
  out[k++] = key2(2, T[d], dir);
  out[k++] = key2(3, T[h], dir);
  out[k++] = key3(4, T[d], T[h], dir);
  out[k++] = key2(5, W[d], dir);
  out[k++] = key3(6, W[h], T[d], dir);
  out[k++] = key3(7, W[d], T[h], dir);
  out[k++] = key3(8, W[h], W[d], dir);
  out[k++] = key3(9, T[d], T[h], dist);
  out[k++] = key3(10, T[d], T[prev], dir);
  out[k++] = key3(11, T[d], T[next], dir);
  out[k++] = key3(12, T[h], T[hh], T[d]);
  out[k++] = key3(13, T[d], T[lc], T[rc]);
  out[k++] = key2(14, T[d], W[lc]);
  out[k++] = key3(15, T[d], previousSibling, dir);
  out[k++] = key3(16, a.wordTag[d], T[h], dir);
  out[k++] = key3(17, T[d], W[beforeHead], T[h]);
  out[k++] = key3(18, T[d], T[h], Math.min(tree.count[d], 4));
  out[k++] = key3(19, T[d], W[prev], dir);
  out[k++] = key2(20, T[d], W[rc]);
  out[k++] = key3(21, W[lc], T[h], dir);
  out[k++] = key3(22, T[d], W[h], W[hh]);
  out[k++] = key3(23, T[d], T[h], W[lc]);
  out[k++] = key3(24, T[d], T[h], dir * 2 + commaBetween(a, d, h));
  out[k++] = key3(25, W[d], T[h], W[lc]);
  return k;
}

/** Labels every arc of a tree, in word order; the word on the root gets `rootLabel`. Returns label ids. */
export function labelTree(weights: Scorer, a: ParseAtoms, heads: Int32Array, rootLabel: number): Int32Array {
  const n = a.n;
  const tree = treeIndex(heads, n);
  const labels = new Int32Array(n);
  const lastLabel = new Int32Array(n + 1).fill(NO_LABEL);
  const keys = new Uint32Array(MAX_LABEL_FEATURES);
  const scores = new Float64Array(weights.classes);
  for (let d = 0; d < n; d++) {
    if (heads[d] === n) {
      labels[d] = lastLabel[n] = rootLabel;
      continue;
    }
    const nk = labelFeatures(a, heads, tree, d, lastLabel[heads[d]], keys);
    scores.fill(0);
    weights.score(keys, nk, scores);
    let best = 0;
    for (let c = 1; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
    labels[d] = best;
    lastLabel[heads[d]] = best;
  }
  return labels;
}

export { NO_LABEL };
