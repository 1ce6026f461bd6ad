/**
 * A headline claim that a later sentence repeats is not marked again
 * (GUIDE.md section 1).
 */
import type { Block } from '../types';
import type { ClaimDraft } from './claims';

const STOP = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'for', 'and', 'with', 'over', 'from', 'by', 'at', 'as', 'is', 'are', 'its', 's']);

function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return new Set(words.filter((w) => !STOP.has(w)).map((w) => w.replace(/(ing|ed|es|s)$/, '')));
}

/** Drops headline claims whose content words mostly reappear in one later claim. */
export function dropRepeatedHeadlineClaims(claims: ClaimDraft[], blocks: readonly Block[], text: string): ClaimDraft[] {
  const headlineOf = (c: ClaimDraft) => blocks.find((b) => b.kind === 'headline' && b.start <= c.start && c.end <= b.end);
  return claims.filter((c) => {
    if (!headlineOf(c)) return true;
    const words = contentWords(text.slice(c.start, c.end));
    if (words.size === 0) return false;
    return !claims.some((other) => {
      if (other.start <= c.end || headlineOf(other)) return false;
      const later = contentWords(text.slice(other.start, other.end));
      let shared = 0;
      for (const w of words) if (later.has(w)) shared++;
      return shared / words.size >= 0.6;
    });
  });
}
