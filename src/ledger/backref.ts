/**
 * Back-referring mentions ("the accusations", "this claim") state no
 * proposition of their own. One that refers back is attached to the cluster
 * of the claim it most plausibly points to: among the earlier claims of its
 * article, the one whose cluster spans the most articles (the story's
 * disputed claim), the nearest on a tie.
 */
import { BACK_REFERENCE_DETERMINERS, BACK_REFERENCE_HEADS } from './lexicon';
import type { Mention } from './types';

const MAX_WORDS = 4;

/** Whether the claim text is only a back-referring noun phrase ("the accusations", "the Courier's report"). */
export function isBackReference(text: string): boolean {
  const words = text.toLowerCase().replace(/[^\p{L}\s'’-]/gu, ' ').trim().split(/\s+/);
  if (words.length < 2 || words.length > MAX_WORDS || !BACK_REFERENCE_DETERMINERS.has(words[0])) return false;
  const head = words[words.length - 1].replace(/s$/, '');
  return BACK_REFERENCE_HEADS.has(head);
}

/**
 * Moves each back-reference in `backRefs` from its own group into the group
 * of the claim it refers to (mutating `groups` and `groupOf`); one with no
 * earlier claim in its article stays a singleton.
 */
export function attachBackReferences(mentions: readonly Mention[], backRefs: ReadonlySet<number>, groups: number[][], groupOf: Int32Array): void {
  const articlesOf = groups.map((g) => new Set(g.map((m) => mentions[m].article)).size);
  let moved = false;
  for (const m of backRefs) {
    let best = -1;
    // Mentions are in article then text order, so the earlier claims of m's article precede it.
    for (let p = m - 1; p >= 0 && mentions[p].article === mentions[m].article; p--) {
      if (backRefs.has(p)) continue;
      if (best === -1 || articlesOf[groupOf[p]] > articlesOf[groupOf[best]]) best = p;
    }
    if (best === -1) continue;
    groupOf[m] = groupOf[best];
    moved = true;
  }
  if (!moved) return;
  // Rebuilt once from groupOf, so that many back-references into one big cluster stay linear.
  for (const g of groups) g.length = 0;
  for (let m = 0; m < groupOf.length; m++) groups[groupOf[m]].push(m);
}
