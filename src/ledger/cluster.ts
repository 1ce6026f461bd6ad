/**
 * Groups claim mentions that state the same proposition, within and across
 * articles: IDF-weighted cosine over content words, concepts, names and
 * keyphrases (vectors.ts), compared only on blocked candidate pairs
 * (candidates.ts), joined by union-find above a threshold.
 */
import { DEFAULT_BLOCKING, forEachCandidate, type BlockingOptions } from './candidates';
import { UnionFind } from './union-find';
import { similarity, vectorise, type FeatureSource, type VectorSpace } from './vectors';

export interface ClusterOptions {
  /** Cosine similarity at or above which two mentions are the same claim. */
  threshold?: number;
  blocking?: BlockingOptions;
  /** Mentions that take part in no comparison (back-references, attached later). */
  skip?: ReadonlySet<number>;
  /** Where features come from: a memo kept between builds (feature-memo.ts) saves extracting them again. */
  features?: FeatureSource;
}

/**
 * Chosen with `node scripts/eval-clusters.mjs --sweep` on test/fixtures/ledger/pairs.json
 * (best pairwise F1; there is no held-out set yet, so the printed figures are optimistic).
 */
export const DEFAULT_THRESHOLD = 0.35;

/** Clusters and the work it took, for benchmarks and the sub-quadratic test. */
export interface Clustering {
  /** Groups of mention indices, each in increasing order, ordered by first member. */
  groups: number[][];
  /** Index into `groups` for each mention. */
  groupOf: Int32Array;
  space: VectorSpace;
  stats: { mentions: number; comparisons: number };
}

/** Clusters the claim texts (one per mention). */
export function clusterTexts(texts: readonly string[], options: ClusterOptions = {}): Clustering {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const space = vectorise(texts.map((t, i) => (options.skip?.has(i) ? '' : t)), options.features);
  const sets = new UnionFind(texts.length);
  const { vectors, phrase } = space;
  const comparisons = forEachCandidate(space, (a, b) => {
    if (similarity(vectors[a], vectors[b], phrase) >= threshold) sets.union(a, b);
  }, options.blocking ?? DEFAULT_BLOCKING);
  const groups = sets.groups();
  const groupOf = new Int32Array(texts.length);
  groups.forEach((g, i) => { for (const m of g) groupOf[m] = i; });
  return { groups, groupOf, space, stats: { mentions: texts.length, comparisons } };
}
