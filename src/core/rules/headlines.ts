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

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A letter or digit: ASCII by code, the rest by Unicode property (a surrogate pair as one character). */
function wordCharLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? 1 : 0;
  const cp = text.codePointAt(i) ?? c;
  const n = cp > 0xffff ? 2 : 1;
  return WORD_CHAR.test(text.slice(i, i + n)) ? n : 0;
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
}

/** "weighs" and "weighing" -> "weigh": longer words lose -ing, -ed, -es or -s. */
function stemWord(w: string): string {
  if (w.length <= 4) return w;
  if (w.endsWith('ing')) return w.slice(0, -3);
  if (w.endsWith('ed') || w.endsWith('es')) return w.slice(0, -2);
  return w.endsWith('s') ? w.slice(0, -1) : w;
}

/**
 * Content words, lower-cased, possessive and inflection stripped. One scan by
 * character codes: a Unicode-property regular expression over every claim
 * near a headline was the filter's whole cost.
 */
export function contentWords(text: string): Set<string> {
  const lower = text.toLowerCase();
  const out = new Set<string>();
  let i = 0;
  while (i < lower.length) {
    const start = i;
    let n: number;
    while (i < lower.length && (n = wordCharLength(lower, i)) > 0) i += n;
    if (i > start) {
      const w = lower.slice(start, i);
      if (!STOP.has(w)) out.add(stemWord(w));
    } else {
      // a possessive "'s" is no word of its own
      const c = lower.charCodeAt(i);
      if ((c === 39 || c === 0x2019) && lower.charCodeAt(i + 1) === 115 && !isAsciiWordChar(lower.charCodeAt(i + 2))) i += 2;
      i++;
    }
  }
  return out;
}

function share(words: Set<string>, other: Set<string>): number {
  if (words.size === 0) return 1;
  let shared = 0;
  for (const w of words) if (other.has(w)) shared++;
  return shared / words.size;
}

/**
 * `share(words, contentWords(text)) >= BODY_REPEAT` can hold, tested without
 * building the set: each content word is a stem, a prefix of a word of the
 * lower-cased text, so the words the text contains bound the shared ones.
 */
function mayShare(words: Set<string>, text: string): boolean {
  if (words.size === 0) return true;
  const lower = text.toLowerCase();
  let found = 0;
  let left = words.size;
  // stop as soon as the share is reached or can no longer be
  for (const w of words) {
    if (lower.includes(w)) found++;
    left--;
    if (found / words.size >= BODY_REPEAT) return true;
    if ((found + left) / words.size < BODY_REPEAT) return false;
  }
  return false;
}

/**
 * How many blocks after a headline may repeat it, and how many before it may
 * hold its original. A headline sums up what follows it closely; the window
 * also keeps the cost linear in the length of the article.
 */
const WINDOW = 6;

/**
 * How many claims a headline claim is compared with on each side: the kept
 * headline claims just before it, and the body claims just after it. A
 * headline holds a few claims; the bound keeps a block of thousands of
 * claims that reads as a headline (one long line without a full stop)
 * linear instead of quadratic.
 */
const COMPARED = 64;

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

  /** The last result, and where each group's kept claims start in it (one more entry: its length). */
  private last?: { out: T[]; outAt: Int32Array };

  /** The claims of all groups, in order, without the repeated headline claims. */
  filter(groups: readonly G[]): T[] {
    const kept = new Map<G, boolean[]>();
    const out: T[] = [];
    const outAt = new Int32Array(groups.length + 1);
    for (let i = 0; i < groups.length; i++) {
      outAt[i] = out.length;
      this.place(groups, i, kept, out);
    }
    outAt[groups.length] = out.length;
    this.last = { out, outAt };
    return out;
  }

  /**
   * The same as `filter(groups)` after an edit that replaced the groups of
   * the last call from `from` on by those from `from` to `to`, the groups
   * after them unchanged. Headlines far enough from the edit decide as they
   * did, so only those near it are visited: the rest of the result is copied.
   */
  filterAfterEdit(groups: readonly G[], from: number, to: number): T[] {
    const last = this.last;
    if (!last) return this.filter(groups);
    const shift = groups.length - (last.outAt.length - 1);
    const start = Math.max(0, from - WINDOW);
    const kept = new Map<G, boolean[]>();
    for (let j = Math.max(0, start - WINDOW); j < start; j++) {
      const d = groups[j].headline ? this.decisions.get(groups[j]) : undefined;
      if (d) kept.set(groups[j], d.keep);
    }
    const middle: T[] = [];
    const at: number[] = [];
    let i = start;
    // Past the edit, a headline decides as before once the WINDOW groups before it did (its neighbours are the same objects).
    for (let lastChange = to; i < groups.length && (i < to + WINDOW || i - lastChange <= WINDOW); i++) {
      at.push(middle.length);
      if (this.place(groups, i, kept, middle)) lastChange = i;
    }
    const head = last.outAt[start];
    const oldRest = i - shift;
    const tailFrom = last.outAt[oldRest];
    const out = last.out.slice(0, head).concat(middle, last.out.slice(tailFrom));
    const outAt = new Int32Array(groups.length + 1);
    outAt.set(last.outAt.subarray(0, start));
    for (let k = 0; k < at.length; k++) outAt[start + k] = head + at[k];
    const delta = head + middle.length - tailFrom;
    for (let k = i; k <= groups.length; k++) outAt[k] = last.outAt[k - shift] + delta;
    this.last = { out, outAt };
    return out;
  }

  /** Appends the kept claims of group `i` to `out`; returns whether it had to decide again. */
  private place(groups: readonly G[], i: number, kept: Map<G, boolean[]>, out: T[]): boolean {
    const g = groups[i];
    if (!g.headline || g.claims.length === 0) {
      for (const c of g.claims) out.push(c);
      return false;
    }
    const from = Math.max(0, i - WINDOW);
    const to = Math.min(groups.length, i + 1 + WINDOW);
    let d = this.decisions.get(g);
    const again = !d || !this.stillValid(d, groups, from, to, kept);
    if (!d || again) {
      const earlier = groups.slice(from, i).filter((h) => h.headline);
      d = {
        neighbours: groups.slice(from, to),
        keptBefore: earlier.flatMap((h) => kept.get(h) ?? []),
        keep: this.decide(g, earlier, kept, groups.slice(i + 1, to)),
      };
      this.decisions.set(g, d);
    }
    kept.set(g, d.keep);
    const keep = d.keep;
    g.claims.forEach((c, k) => { if (keep[k]) out.push(c); });
    return again;
  }

  /** The same neighbours, and the same decisions on the earlier headlines among them: no allocation on the common path. */
  private stillValid(d: Decision<G>, groups: readonly G[], from: number, to: number, kept: Map<G, boolean[]>): boolean {
    if (d.neighbours.length !== to - from) return false;
    for (let k = from; k < to; k++) if (d.neighbours[k - from] !== groups[k]) return false;
    // Groups after this one are not in `kept` yet, so only the earlier headlines count.
    let at = 0;
    for (const h of d.neighbours) {
      const flags = h.headline ? kept.get(h) : undefined;
      if (!flags) continue;
      for (const f of flags) if (d.keptBefore[at++] !== f) return false;
    }
    return at === d.keptBefore.length;
  }

  private decide(g: G, earlier: readonly G[], kept: Map<G, boolean[]>, later: readonly G[]): boolean[] {
    const keep = g.claims.map(() => true);
    const earlierKept: Set<string>[] = [];
    for (const h of earlier) h.claims.forEach((o, x) => { if (kept.get(h)?.[x]) earlierKept.push(this.words(o)); });
    g.claims.forEach((c, k) => {
      const words = this.words(c);
      // a copy of an earlier headline claim (or of one before it in the same block)
      const copy = this.copies(words, earlierKept, g.claims, keep, k);
      if (copy) keep[k] = false;
      else if (this.repeatedBelow(words, c.end, later)) keep[k] = false;
    });
    return keep;
  }

  /** Whether `words` copy one of the last `COMPARED` kept claims before claim `k` of `claims`, earlier blocks' included. */
  private copies(words: Set<string>, earlierKept: readonly Set<string>[], claims: readonly T[], keep: readonly boolean[], k: number): boolean {
    let left = COMPARED;
    for (let x = k - 1; x >= 0 && left > 0; x--) {
      if (!keep[x]) continue;
      left--;
      if (share(words, this.words(claims[x])) >= HEADLINE_COPY) return true;
    }
    for (let x = earlierKept.length - 1; x >= 0 && left > 0; x--, left--) if (share(words, earlierKept[x]) >= HEADLINE_COPY) return true;
    return false;
  }

  /**
   * Whether one of the first `COMPARED` body claims after `end` in the
   * `later` groups repeats `words`. A body claim's words are read only when
   * `mayShare` lets it through (then remembered), and the first repeat ends
   * the search.
   */
  private repeatedBelow(words: Set<string>, end: number, later: readonly G[]): boolean {
    let left = COMPARED;
    for (const b of later) {
      if (b.headline) continue;
      for (const o of b.claims) {
        if (o.start <= end) continue;
        if (mayShare(words, o.text) && share(words, this.words(o)) >= BODY_REPEAT) return true;
        if (--left === 0) return false;
      }
    }
    return false;
  }
}
