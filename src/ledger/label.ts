/** A short readable label per cluster: its most central mention, trimmed. */
import { claimId } from '../export/ids';
import type { ClaimVector } from './vectors';

const MAX_LABEL = 80;
/** Enough members to find the centre of a large cluster without quadratic work. */
const MAX_SAMPLE = 200;

/** The claim text without a leading "that" or trailing punctuation, cut at a word under `MAX_LABEL` characters. */
export function trimLabel(text: string): string {
  let t = text.replace(/^(that|whether|this week that)\s+/i, '').replace(/^["'“]+/, '')
    // A claim cut before its clause ends ("... to Dorvania, even") reads better without the dangling word.
    .replace(/[\s,;:."'”“]+$/, '').replace(/,\s*(even|but|and|or|as|although|while)$/i, '');
  if (t.length > MAX_LABEL) t = t.slice(0, t.lastIndexOf(' ', MAX_LABEL - 1)).replace(/[\s,;:]+$/, '') + '…';
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/**
 * The member closest to the cluster's centroid (the sum of its members'
 * vectors): the mention that shares most of what the others say. Mentions in
 * `exclude` (back-references) are never chosen while another member exists.
 */
export function centralMember(members: readonly number[], vectors: readonly ClaimVector[], exclude: ReadonlySet<number>): number {
  const pool = members.filter((m) => !exclude.has(m)).slice(0, MAX_SAMPLE);
  if (pool.length <= 1) return pool[0] ?? members[0];
  const centroid = new Map<number, number>();
  for (const m of pool) {
    const v = vectors[m];
    v.ids.forEach((id, i) => centroid.set(id, (centroid.get(id) ?? 0) + v.weights[i]));
  }
  let best = pool[0];
  let bestScore = -1;
  for (const m of pool) {
    const v = vectors[m];
    let dot = 0;
    v.ids.forEach((id, i) => { dot += v.weights[i] * (centroid.get(id) ?? 0); });
    const score = v.norm > 0 ? dot / v.norm : 0;
    if (score > bestScore) [best, bestScore] = [m, score];
  }
  return best;
}

/** Stable, unique cluster ids from the label texts. */
export function clusterIds(labels: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return labels.map((label) => {
    const base = claimId(label).replace(/^claim-/, 'cluster-');
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}
