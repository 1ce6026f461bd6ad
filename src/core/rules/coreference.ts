/**
 * Resolves pronoun sources ("he", "she", "they", "it") and short
 * back-references ("the official", a surname repeated alone) to the nearest
 * earlier named source (GUIDE.md section 3). Attributions arrive in document
 * order with document offsets, so one pass with a short memory suffices,
 * across paragraphs.
 */
import type { Attribution, Source, SourceKind, Span } from '../types';

const PERSONAL = new Set(['he', 'she', 'him', 'his', 'her']);
const NEUTER = new Set(['it', 'its']);
const DEFINITE = /^(the|this|that)\s+/i;
const HONORIFIC = /^(mr|mrs|ms|dr|sen|rep|gov|gen|prof)\.\s+/i;

/** "the official", "the spokeswoman": a definite article and a role noun, nothing else. */
function isBackReference(s: Source): boolean {
  if (!DEFINITE.test(s.text) || (s.kind !== 'person' && s.kind !== 'anonymous')) return false;
  const words = s.text.split(/\s+/);
  return words.length === 2 && !/^\p{Lu}/u.test(words[1]);
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

/**
 * How many named sources back a pronoun or a back-reference may reach. A
 * pronoun refers within a few sentences; the bound also keeps the pass linear.
 */
const REACH = 30;

/** What the pass needs to know of a source, derived from its text once. */
interface Facts {
  pronoun?: string;
  backReference: boolean;
  named: boolean;
  /** The source is one word (a surname alone), or undefined. */
  single?: string;
  /** For a multi-word name, the surname it ends in. */
  surname?: string;
}

/**
 * Facts by source kind and text: they depend on nothing else, and news names
 * the same sources again and again. (Keyed by the Source objects, a WeakMap
 * entry for every new object cost more than the facts.) Bounded, as settings
 * and articles change.
 */
const factsByKind = new Map<SourceKind, Map<string, Facts>>();
const MAX_FACTS = 10_000;

function factsOf(s: Source): Facts {
  let byText = factsByKind.get(s.kind);
  if (!byText) factsByKind.set(s.kind, (byText = new Map()));
  let f = byText.get(s.text);
  if (f) return f;
  // the words are split once, and only when there is white space to split at (an honorific needs some too);
  // a multi-word name's surname is the last of them, without a possessive
  const spaced = /\s/.test(s.text);
  const words = spaced ? s.text.replace(HONORIFIC, '').split(/\s+/) : [s.text];
  const backReference = isBackReference(s);
  f = {
    pronoun: s.kind === 'pronoun' ? s.text.toLowerCase() : undefined,
    backReference,
    // a source that names someone: not a pronoun and not a definite back-reference
    named: s.kind !== 'pronoun' && !backReference,
    single: words.length === 1 ? words[0] : undefined,
    surname: spaced ? words[words.length - 1].replace(/['’]s$/, '') : undefined,
  };
  if (byText.size >= MAX_FACTS) byText.clear();
  byText.set(s.text, f);
  return f;
}

/**
 * The nearest of the last REACH named sources before `s` that `fits`, with
 * `pronoun` for `agrees` (or undefined for any). A plain function, not a
 * closure per attribution: the pass makes one call per pronoun.
 */
function nearest(named: readonly Source[], s: Source, fits: (n: Source, s: Source, pronoun: string) => boolean, pronoun: string): Source | undefined {
  for (let k = named.length - 1; k >= Math.max(0, named.length - REACH); k--) if (named[k].start < s.start && fits(named[k], s, pronoun)) return named[k];
  return undefined;
}

const anySource = (): boolean => true;
const agreesWith = (n: Source, _s: Source, pronoun: string): boolean => agrees(pronoun, n);
/** A back-reference finds a publication only when it names one: "the report", "the network". */
const backReferent = (n: Source, s: Source): boolean => n.kind !== 'publication' || /report|paper|network|outlet/i.test(s.text);

/** Sets `source.resolved` on pronoun, back-reference and surname-only sources. */
export function resolveSources(attributions: Attribution[], _text: string): void {
  const named: Source[] = [];
  // The latest multi-word name ending in each surname, so a surname alone finds its full name at once.
  const bySurname = new Map<string, Source>();
  for (const a of attributions) {
    const s = a.source;
    const f = factsOf(s);
    if (f.pronoun !== undefined) {
      const target = nearest(named, s, agreesWith, f.pronoun) ?? nearest(named, s, anySource, f.pronoun);
      if (target) s.resolved = span(target);
      continue;
    }
    if (f.backReference) {
      const target = nearest(named, s, backReferent, '');
      if (target) s.resolved = span(target);
      continue;
    }
    // "Stoltenberg" after "Jens Stoltenberg": a surname alone points back to the full name.
    if (f.single !== undefined) {
      const target = bySurname.get(f.single);
      if (target && target.start < s.start) s.resolved = span(target);
    }
    if (f.named) {
      named.push(s);
      if (f.surname !== undefined) bySurname.set(f.surname, s);
    }
  }
}
