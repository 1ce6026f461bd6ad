/**
 * Resolves pronoun sources ("he", "she", "they", "it") and short
 * back-references ("the official", a surname repeated alone) to the nearest
 * earlier named source (GUIDE.md section 3). Attributions arrive in document
 * order with document offsets, so one pass with a short memory suffices,
 * across paragraphs.
 */
import type { Attribution, Source, Span } from '../types';

const PERSONAL = new Set(['he', 'she', 'him', 'his', 'her']);
const NEUTER = new Set(['it', 'its']);
const DEFINITE = /^(the|this|that)\s+/i;
const HONORIFIC = /^(mr|mrs|ms|dr|sen|rep|gov|gen|prof)\.\s+/i;

/** A source that names someone: not a pronoun and not a definite back-reference. */
function isNamed(s: Source): boolean {
  return s.kind !== 'pronoun' && !isBackReference(s);
}

/** "the official", "the spokeswoman": a definite article and a role noun, nothing else. */
function isBackReference(s: Source): boolean {
  if (!DEFINITE.test(s.text) || (s.kind !== 'person' && s.kind !== 'anonymous')) return false;
  const words = s.text.split(/\s+/);
  return words.length === 2 && !/^\p{Lu}/u.test(words[1]);
}

function lastWord(text: string): string {
  const words = text.replace(HONORIFIC, '').split(/\s+/);
  return words[words.length - 1].replace(/['’]s$/, '');
}

/** The full name a source stands for: its own span, or the name a surname points back to. */
function span(s: Source): Span {
  return s.resolved ?? { start: s.start, end: s.end, text: s.text };
}

/** Whether a pronoun can stand for the named source `s` ("it" for an organisation, "he" for a person). */
function agrees(pronoun: string, s: Source): boolean {
  if (PERSONAL.has(pronoun)) return s.kind === 'person' || s.kind === 'other';
  if (NEUTER.has(pronoun)) return s.kind !== 'person';
  return true;
}

/** Sets `source.resolved` on pronoun, back-reference and surname-only sources. */
export function resolveSources(attributions: Attribution[], _text: string): void {
  const named: Source[] = [];
  for (const a of attributions) {
    const s = a.source;
    const nearest = (ok: (n: Source) => boolean): Source | undefined => {
      for (let k = named.length - 1; k >= 0; k--) if (named[k].start < s.start && ok(named[k])) return named[k];
      return undefined;
    };
    if (s.kind === 'pronoun') {
      const p = s.text.toLowerCase();
      const target = nearest((n) => agrees(p, n)) ?? nearest(() => true);
      if (target) s.resolved = span(target);
      continue;
    }
    if (isBackReference(s)) {
      const target = nearest((n) => n.kind !== 'publication' || /report|paper|network|outlet/i.test(s.text));
      if (target) s.resolved = span(target);
      continue;
    }
    // "Stoltenberg" after "Jens Stoltenberg": a surname alone points back to the full name.
    const words = s.text.replace(HONORIFIC, '').split(/\s+/);
    if (words.length === 1) {
      const target = nearest((n) => n.text !== s.text && n.text.split(/\s+/).length > 1 && lastWord(n.text) === words[0]);
      if (target) s.resolved = span(target);
    }
    if (isNamed(s)) named.push(s);
  }
}
