/**
 * A headline claim that a later sentence repeats is not marked again
 * (GUIDE.md sections 1 and 4). Two cases: a body claim repeats the headline
 * (the body claim stays, the headline claim goes), and a page repeats its
 * headline (the first stays, the copy goes).
 */
import type { Block } from '../types';
import type { ClaimDraft } from './claims';

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
 * Drops headline claims that a later claim repeats. Claims come in text order;
 * each claim's words are computed once, so the cost is the number of headline
 * claims times the number of claims after them.
 */
export function dropRepeatedHeadlineClaims(claims: ClaimDraft[], blocks: readonly Block[], text: string): ClaimDraft[] {
  const headlines = blocks.filter((b) => b.kind === 'headline');
  if (headlines.length === 0) return claims;
  const inHeadline = claims.map((c) => headlines.some((b) => b.start <= c.start && c.end <= b.end));
  const words = claims.map((c) => contentWords(text.slice(c.start, c.end)));
  const keep = claims.map(() => true);
  claims.forEach((c, i) => {
    if (!inHeadline[i]) return;
    for (let j = 0; j < claims.length && keep[i]; j++) {
      if (j === i) continue;
      if (inHeadline[j]) {
        // a copy of an earlier headline claim
        if (j < i && keep[j] && share(words[i], words[j]) >= HEADLINE_COPY) keep[i] = false;
      } else if (claims[j].start > c.end && share(words[i], words[j]) >= BODY_REPEAT) {
        keep[i] = false;
      }
    }
  });
  return claims.filter((_, i) => keep[i]);
}
