/**
 * Blocking: which pairs of claims are worth comparing. Each claim is indexed
 * under its few rarest shared features (an inverted index), and within each
 * feature's posting list a claim is paired only with the next `window`
 * claims (sorted neighbourhood). The number of pairs is therefore at most
 * mentions x keys x window: linear in the mentions, never quadratic.
 */
import type { VectorSpace } from './vectors';

export interface BlockingOptions {
  /** Features per claim used as index keys (its rarest ones that another claim also has). */
  keys: number;
  /** Claims after each one in a posting list it is paired with. */
  window: number;
}

export const DEFAULT_BLOCKING: BlockingOptions = { keys: 6, window: 24 };

/**
 * Calls `visit(a, b)` once for each candidate pair, a < b, and returns the
 * number of pairs visited.
 */
export function forEachCandidate(space: VectorSpace, visit: (a: number, b: number) => void, options: BlockingOptions = DEFAULT_BLOCKING): number {
  const { vectors, df } = space;
  const postings = new Map<number, number[]>();
  // For each claim, its keys and its position in each key's posting list.
  const keys: { lists: number[][]; at: number[] }[] = vectors.map((v, m) => {
    // A feature only this claim has cannot pair it with anything.
    const shared = Array.from(v.ids).filter((id) => df[id] > 1);
    shared.sort((a, b) => df[a] - df[b] || a - b);
    const own = { lists: [] as number[][], at: [] as number[] };
    for (const id of shared.slice(0, options.keys)) {
      let list = postings.get(id);
      if (!list) postings.set(id, (list = []));
      own.lists.push(list);
      own.at.push(list.length);
      list.push(m);
    }
    return own;
  });
  // `seen[b] === a` marks b as already paired with a: dedupes without a set of pairs.
  const seen = new Int32Array(vectors.length).fill(-1);
  let visited = 0;
  keys.forEach(({ lists, at }, a) => {
    lists.forEach((list, k) => {
      const end = Math.min(list.length, at[k] + 1 + options.window);
      for (let j = at[k] + 1; j < end; j++) {
        const b = list[j];
        if (seen[b] === a) continue;
        seen[b] = a;
        visited++;
        visit(a, b);
      }
    });
  });
  return visited;
}
