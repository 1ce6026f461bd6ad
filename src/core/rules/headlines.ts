/**
 * A headline claim that a later sentence repeats is not marked again
 * (GUIDE.md sections 1 and 4). Two cases: a body claim repeats the headline
 * (the body claim stays, the headline claim goes), and a page repeats its
 * headline (the first stays, the copy goes).
 */
import type { Span } from '../types';

const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'for', 'and', 'with', 'over', 'from', 'by', 'at', 'as', 'is', 'are', 'its', 'amid', 'after', 'following']);

/** Share of a headline's content words that a later body claim must repeat: more than half. */
const BODY_REPEAT = 0.55;
/** Share that makes a later headline a copy of an earlier one. */
const HEADLINE_COPY = 0.8;

/** Content words, lower-cased, possessive and inflection stripped ("weighs" and "weighing" -> "weigh"). */
export function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().replace(/[’']s\b/g, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((w) => !STOP.has(w)).map((w) => (w.length > 4 ? w.replace(/(ing|ed|es|s)$/, '') : w)));
}

function share(words: Set<string>, other: Set<string>): number {
  if (words.size === 0) return 1;
  let shared = 0;
  for (const w of words) if (other.has(w)) shared++;
  return shared / words.size;
}

/**
 * How many blocks after a headline may repeat it, and how many before it may
 * hold its original. A headline sums up what follows it closely; the window
 * also keeps the cost linear in the length of the article.
 */
const WINDOW = 6;

/** The claims of one block, and whether the block is a headline. */
export interface ClaimGroup<T> {
  claims: readonly T[];
  headline: boolean;
}

/** What a headline block decided, and the neighbourhood it decided it in. */
interface Decision<G> {
  neighbours: G[];
  /** Which earlier headline claims in the window were kept, as it was then. */
  keptBefore: boolean[];
  keep: boolean[];
}

/**
 * Drops headline claims that a later claim repeats, remembering each headline
 * block's decision while its neighbouring blocks are the same objects, so an
 * edit re-decides only the headlines near it.
 */
export class HeadlineFilter<T extends Span, G extends ClaimGroup<T>> {
  private readonly decisions = new WeakMap<G, Decision<G>>();
  private readonly wordCache = new WeakMap<T, Set<string>>();

  private words(claim: T): Set<string> {
    let w = this.wordCache.get(claim);
    if (!w) this.wordCache.set(claim, (w = contentWords(claim.text)));
    return w;
  }

  /** The claims of all groups, in order, without the repeated headline claims. */
  filter(groups: readonly G[]): T[] {
    const kept = new Map<G, boolean[]>();
    const out: T[] = [];
    groups.forEach((g, i) => {
      if (!g.headline || g.claims.length === 0) {
        for (const c of g.claims) out.push(c);
        return;
      }
      const neighbours = groups.slice(Math.max(0, i - WINDOW), i + 1 + WINDOW);
      const earlier = groups.slice(Math.max(0, i - WINDOW), i).filter((h) => h.headline);
      const keptBefore = earlier.flatMap((h) => kept.get(h) ?? []);
      let d = this.decisions.get(g);
      if (!d || !same(d.neighbours, neighbours) || !same(d.keptBefore, keptBefore)) {
        d = { neighbours, keptBefore, keep: this.decide(g, earlier, kept, groups.slice(i + 1, i + 1 + WINDOW)) };
        this.decisions.set(g, d);
      }
      kept.set(g, d.keep);
      g.claims.forEach((c, k) => { if (d.keep[k]) out.push(c); });
    });
    return out;
  }

  private decide(g: G, earlier: readonly G[], kept: Map<G, boolean[]>, later: readonly G[]): boolean[] {
    const keep = g.claims.map(() => true);
    g.claims.forEach((c, k) => {
      const words = this.words(c);
      // a copy of an earlier headline claim (or of one before it in the same block)
      const copies = [...earlier.flatMap((h) => h.claims.filter((_, x) => kept.get(h)?.[x])), ...g.claims.slice(0, k).filter((_, x) => keep[x])];
      if (copies.some((o) => share(words, this.words(o)) >= HEADLINE_COPY)) keep[k] = false;
      else if (later.some((b) => !b.headline && b.claims.some((o) => o.start > c.end && share(words, this.words(o)) >= BODY_REPEAT))) keep[k] = false;
    });
    return keep;
  }
}

function same<X>(a: readonly X[], b: readonly X[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
