/**
 * Claims as sparse vectors over a shared feature dictionary, weighted by
 * kind and by IDF over the mention set, and their cosine similarity.
 */
import { claimFeatures, KIND_WEIGHT, type FeatureKind } from './features';

/** One claim: feature ids in increasing order, their weights, and the vector's length. */
export interface ClaimVector {
  ids: Int32Array;
  weights: Float64Array;
  norm: number;
}

/** The vectors of a mention set and the document frequency of each feature id. */
export interface VectorSpace {
  vectors: ClaimVector[];
  df: Int32Array;
  /** 1 for a keyphrase (word pair) feature id, 0 for a single word, name or number. */
  phrase: Uint8Array;
}

/** A text's features: `claimFeatures`, or a memo of it. */
export type FeatureSource = (text: string) => ReadonlyMap<string, FeatureKind>;

/** Builds IDF-weighted vectors for `texts`; IDF is ln(1 + N/df) so that a feature shared by all still counts a little. */
export function vectorise(texts: readonly string[], featuresOf: FeatureSource = claimFeatures): VectorSpace {
  const dictionary = new Map<string, number>();
  // A feature string always has the same kind, so kind weights and the phrase flag are per feature id.
  const kindWeight: number[] = [];
  const phraseIds: number[] = [];
  const raw = texts.map((text) => {
    const ids: number[] = [];
    for (const [feature, kind] of featuresOf(text)) {
      let id = dictionary.get(feature);
      if (id === undefined) {
        dictionary.set(feature, (id = dictionary.size));
        kindWeight.push(KIND_WEIGHT[kind]);
        if (kind === 'phrase') phraseIds.push(id);
      }
      ids.push(id);
    }
    return ids;
  });
  const df = new Int32Array(dictionary.size);
  for (const ids of raw) for (const id of ids) df[id]++;
  const n = texts.length;
  const vectors = raw.map((list) => {
    const ids = Int32Array.from(list).sort();
    const weights = Float64Array.from(ids, (id) => kindWeight[id] * Math.log(1 + n / df[id]));
    let sum = 0;
    for (const w of weights) sum += w * w;
    return { ids, weights, norm: Math.sqrt(sum) };
  });
  const phrase = new Uint8Array(dictionary.size);
  for (const id of phraseIds) phrase[id] = 1;
  return { vectors, df, phrase };
}

/** Minimum shared single features for a link: one shared word ("answer") is never a shared proposition. */
export const MIN_SHARED_WORDS = 2;

/**
 * Cosine similarity of two vectors by a merge over their sorted ids; 0 when
 * they share fewer than `MIN_SHARED_WORDS` non-phrase features (`phrase` from the space).
 */
export function similarity(a: ClaimVector, b: ClaimVector, phrase: Uint8Array): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  let dot = 0;
  let words = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    if (a.ids[i] === b.ids[j]) {
      if (phrase[a.ids[i]] === 0) words++;
      dot += a.weights[i++] * b.weights[j++];
    } else if (a.ids[i] < b.ids[j]) i++;
    else j++;
  }
  return words < MIN_SHARED_WORDS ? 0 : dot / (a.norm * b.norm);
}
