/**
 * Claims put as noun phrases (GUIDE.md section 1): back-references that a
 * source takes a stance on ("China has repeatedly denied the accusations"),
 * event nouns that an evaluative sentence takes as given ("The collaboration
 * between Russia and China ... marks a significant development"), and
 * gerund clauses after such a verb ("the narrative centers on Beijing
 * exploring the sale"); and the predicate of a subject noun that names a
 * proposition, which ends the noun's content and may take a stance on it
 * ("Reports that P were false", GUIDE.md section 2: "false", "not true").
 */
import type { CueKind } from '../types';
import {
  BACK_REFERENCE_DETERMINERS, EVENT_NOUNS,
  NEGATIVE_CONTROLLERS, NEGATORS, STANCE_VERBS, TRUTH_PREDICATES,
} from '../lexicon/claim-cues';
import type { StatusCue } from './status';
import { capitalised, hasFinite, looksFinite, type WordView } from './words';

const BE = new Set(['is', 'are', 'was', 'were', 'been', 'be']);
const EVENT_PREPOSITIONS = new Set(['between', 'of', 'in', 'by', 'from', 'to', 'with', 'for']);

/** A back-referring noun phrase with the stance a source takes on it. */
export interface BackReference {
  from: number;
  to: number;
  stance: StatusCue;
  /** Word index of the stance verb, to find the frames around it. */
  at: number;
}

/** "no truth to", "no basis for", "little merit in": nouns whose absence denies what follows. */
const BASIS_NOUNS = new Set(['truth', 'basis', 'merit', 'substance', 'foundation']);
const BASIS_PREPOSITIONS = new Set(['to', 'in', 'for', 'behind']);

/** Back-references with a stance in the words [from, to]: "denied the accusations", "The same claims were echoed by". */
export function backReferences(v: WordView, from: number, to: number, text: (s: number, e: number) => string): BackReference[] {
  const out: BackReference[] = [];
  const { words } = v;
  const w = (k: number) => (k >= 0 && k < words.length ? words[k].norm : '');
  for (let k = from + 1; k <= to; k++) {
    if (!v.cues[k].backReference) continue;
    const det = w(k - 1);
    const possessive = /['’]s$/.test(det) && capitalised(v.words[k - 1]);
    if (!(BACK_REFERENCE_DETERMINERS.has(det) || possessive)) continue;
    // "the report from CNN" names a document; only a stance verb (checked below) makes "the report" a claim
    let s = k - 1;
    if (det === 'same' && w(k - 2) === 'the') s = k - 2;
    // "the Halvern Courier's account": the possessor belongs to the phrase
    while (possessive && s > from && k - s < 4 && (capitalised(v.words[s - 1]) || w(s - 1) === 'the') && !v.comma[s]) s--;
    // "the figure of roughly 1,500 kilometres"
    let e = k;
    if (w(k + 1) === 'of') while (e < to && !v.comma[e + 1] && !['that', 'which', 'as', 'but'].includes(w(e + 1))) e++;
    let j = s - 1;
    // "There is no truth to these reports", "no basis for the claims": a denial of what the noun refers to
    if (j - 2 >= from && BASIS_PREPOSITIONS.has(w(j)) && BASIS_NOUNS.has(w(j - 1)) && (w(j - 2) === 'no' || w(j - 2) === 'little')) {
      out.push({ from: s, to: e, at: j, stance: { kind: 'denial', text: text(j - 2, j), negated: false, stance: true } });
      continue;
    }
    if (w(j) === 'to') j--;
    const left = j >= from ? v.cues[j].stanceBase : undefined;
    if (left) {
      const neg = [1, 2].find((d) => NEGATORS.has(w(j - d)) || w(j - d).endsWith("n't"));
      let cueFrom = neg === undefined ? j : j - neg - (j - neg - 1 >= from && ['could', 'did', 'does', 'do', 'has', 'have', 'had', 'would', 'can'].includes(w(j - neg - 1)) ? 1 : 0);
      // "was unable to verify the claim", "declined to confirm the report": the infinitive is negated
      const controlled = neg === undefined && j - 2 >= from && w(j - 1) === 'to' && NEGATIVE_CONTROLLERS.has(w(j - 2));
      if (controlled) cueFrom = j - 3 >= from && BE.has(w(j - 3)) ? j - 3 : j - 2;
      out.push({ from: s, to: e, at: j, stance: { kind: STANCE_VERBS[left], text: text(cueFrom, j), negated: neg !== undefined || controlled, stance: true } });
      continue;
    }
    const right = BE.has(w(k + 1)) ? v.cues[k + 2]?.stanceBase : undefined;
    if (right && w(k + 3) === 'by') {
      let e = k + 4;
      while (e < to && !v.comma[e + 1]) e++;
      out.push({ from: s, to: k, at: k + 2, stance: { kind: STANCE_VERBS[right], text: text(k + 1, k + 2), negated: false, stance: true, source: text(k + 4, e) } });
    }
  }
  return out;
}

/** Whether [s, e] begins with an event noun phrase ("The increased collaboration between ..."). */
export function eventSubject(v: WordView, s: number, e: number): boolean {
  // the head may follow a determiner and up to three modifiers
  for (let k = s; k <= Math.min(e - 1, s + 4); k++) {
    if (EVENT_NOUNS.has(v.words[k].norm)) return EVENT_PREPOSITIONS.has(v.words[k + 1].norm);
  }
  return false;
}

/** Index of an evaluative main verb in [s, e] with a verbless subject before it ("... marks a significant development"), or -1. */
export function interpretiveVerb(v: WordView, s: number, e: number): number {
  for (let k = s + 1; k <= e; k++) {
    if (!v.cues[k].interpretive || v.cues[k - 1].determiner) continue;
    if (hasFinite(v, s, k - 1)) return -1;
    return k;
  }
  return -1;
}

/** A gerund clause after an evaluative verb ("centers on Beijing exploring the sale ..."), as [start, end], or undefined. */
export function gerundObject(v: WordView, verb: number, e: number): [number, number] | undefined {
  let j = verb + 1;
  if (['on', 'to', 'upon'].includes(v.words[j]?.norm)) j++;
  if (j + 1 > e || !capitalised(v.words[j]) || !v.words[j + 1].norm.endsWith('ing')) return undefined;
  let end = j + 1;
  while (end < e && !v.comma[end + 1] && !['that', 'which'].includes(v.words[end + 1].norm)) end++;
  return [j, end];
}

/** A predicate's words [start, end] and the stance it takes on the noun's content. */
export interface Predicate {
  kind: CueKind;
  negated: boolean;
  start: number;
  end: number;
}

/** Longest content clause walked: a subject noun's content is never this long, and the bound keeps run-on text linear. */
const MAX_CONTENT = 40;

/** Finite verbs that open the predicate of a subject: "were (false)", "have been (denied)", "proved (wrong)". */
const PREDICATE_OPENERS = new Set([
  'is', 'are', 'was', 'were', "isn't", "aren't", "wasn't", "weren't", 'has', 'have', 'had', "hasn't", "haven't", "hadn't",
  'proved', 'turned', 'remain', 'remains', 'remained',
]);
/** Words between the opener and the judging word: "have since been shown to be", "turned out to be", "were not". */
const PREDICATE_FILLERS = new Set(['been', 'be', 'to', 'out', 'not', 'never', 'also', 'later', 'since', 'now', 'all', 'both', 'proven', 'shown', 'found']);
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that', 'whom', 'whose']);

/**
 * "Reports that P were false", "The claim that P is not true", "Allegations
 * that P have been denied": the content clause of a subject noun ends before
 * the main verb. Returns where the main predicate opens (the last finite verb
 * before any comma that follows a finite content, not a coordinated or
 * relative one) and the stance it takes on P, if it judges P.
 */
export function subjectPredicate(v: WordView, contentStart: number, to: number): { at: number; predicate?: Predicate } | undefined {
  // "Reports that were published on Monday": "that" opens a relative clause, not a content clause
  if (looksFinite(v, contentStart)) return undefined;
  let at = -1;
  let judged: Predicate | undefined;
  // the content so far has a finite verb of its own; kept as the walk goes, so the walk stays linear
  let finite = false;
  for (let k = contentStart + 2; k <= Math.min(to, contentStart + MAX_CONTENT) && !v.comma[k]; k++) {
    finite ||= looksFinite(v, k - 1);
    const n = v.words[k].norm;
    const before = v.words[k - 1].norm;
    if (!PREDICATE_OPENERS.has(n) || before === 'and' || before === 'but' || before === 'or' || RELATIVE_PRONOUNS.has(before)) continue;
    const stance = predicateStance(v, k, to);
    if (!stance && !finite) continue;
    at = k;
    judged = stance;
  }
  return at < 0 ? undefined : { at, predicate: judged };
}

/** The stance a predicate opened at `k` takes: a truth word ("false", "not true") or a passive stance verb ("were denied"). */
function predicateStance(v: WordView, k: number, to: number): Predicate | undefined {
  let negated = v.words[k].norm.endsWith("n't");
  let p = k + 1;
  while (p <= to && p <= k + 5 && !v.comma[p] && (PREDICATE_FILLERS.has(v.words[p].norm) || (v.words[p].norm.endsWith('ly') && v.words[p].norm.length > 4))) {
    if (NEGATORS.has(v.words[p].norm)) negated = true;
    p++;
  }
  if (p > to || v.comma[p]) return undefined;
  const n = v.words[p].norm;
  const truth = TRUTH_PREDICATES.get(n);
  if (truth) {
    const kind = negated ? truth.negated : truth.kind;
    return kind ? { kind, negated: false, start: k, end: p } : undefined;
  }
  // a passive of a stance verb: "have been denied", "were not confirmed"
  const base = n.endsWith('ed') ? v.cues[p].stanceBase : undefined;
  if (!base) return undefined;
  const kind = STANCE_VERBS[base];
  if (kind === 'factive' && negated) return { kind: 'unconfirmation', negated: false, start: k, end: p };
  return { kind, negated, start: k, end: p };
}
