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
  BACK_REFERENCE_DETERMINERS, BASIS_NOUNS, CHARACTERISING_VERBS, EVENT_NOUNS,
  NEGATIVE_CONTROLLERS, NEGATORS, STANCE_VERBS, TRUTH_PREDICATES, VERDICT_FILLERS, VERDICT_NOUNS,
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
  /** The clause around it only judges the reference ("called the claims baseless"): it is no claim of its own. */
  clause?: boolean;
}

const BASIS_PREPOSITIONS = new Set(['to', 'in', 'for', 'behind']);

/** Back-references with a stance in the words [from, to]: "denied the accusations", "The same claims were echoed by". */
export function backReferences(v: WordView, from: number, to: number, text: (s: number, e: number) => string): BackReference[] {
  const out: BackReference[] = [];
  const { words } = v;
  const w = (k: number) => (k >= 0 && k < words.length ? words[k].norm : '');
  for (let k = from + 1; k <= to; k++) {
    if (!v.cues[k].backReference) continue;
    // "no truth to rumours of a strike", "no basis for claims that P": a bare noun after a basis phrase; its own
    // content, if it has one, is what is denied (a "that" clause is read by the caller)
    if (k - 3 >= from && BASIS_PREPOSITIONS.has(w(k - 1)) && BASIS_NOUNS.has(w(k - 2)) && (w(k - 3) === 'no' || w(k - 3) === 'little')) {
      let e = k;
      const content = w(k + 1) === 'of' && k + 2 <= to ? k + 2 : -1;
      if (content >= 0) for (e = content; e < to && !v.comma[e + 1] && !['that', 'which', 'as', 'but'].includes(w(e + 1)); e++);
      out.push({ from: content >= 0 ? content : k, to: e, at: k - 1, clause: true, stance: { kind: 'denial', text: text(k - 3, k - 1), negated: false, stance: true } });
      continue;
    }
    // "the new allegations", "these false claims", "the Harbour Board's latest report": up to two modifiers after the determiner
    let d = k - 1;
    while (d > from && k - d <= 2 && modifier(v, d)) d--;
    const det = w(d);
    const possessive = /['’]s$/.test(det) && capitalised(v.words[d]);
    if (!(BACK_REFERENCE_DETERMINERS.has(det) || QUANTIFYING_DETERMINERS.has(det) || possessive)) continue;
    // "the report from CNN" names a document; only a stance verb (checked below) makes "the report" a claim
    let s = d;
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
    // "called the claims baseless", "described the report as a fabrication": a verdict as the object's complement
    if (j >= from && CHARACTERISING_VERBS.has(w(j))) {
      const verdict = verdictAt(v, e + 1 + (w(e + 1) === 'as' ? 1 : 0), to);
      if (verdict >= 0) {
        out.push({ from: s, to: e, at: j, clause: true, stance: { kind: 'denial', text: text(verdict, verdict), negated: false, stance: true, source: subjectBefore(v, from, j, text) } });
        continue;
      }
    }
    if (w(j) === 'to') j--;
    const left = j >= from ? v.cues[j].stanceBase : undefined;
    // "has not been given any proof backing the charge", "had no evidence to confirm the reports"
    const none = left && STANCE_VERBS[left] !== 'denial' ? missingEvidence(v, j, from) : -1;
    if (none >= 0) {
      out.push({ from: s, to: e, at: j, clause: true, stance: { kind: 'no-evidence', text: text(none, j), negated: false, stance: true, source: subjectBefore(v, from, none, text) } });
      continue;
    }
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
      continue;
    }
    // "These accusations are totally unfounded", "The report was a hoax": a verdict predicated of the reference
    const judged = e + 1 <= to && PREDICATE_OPENERS.has(w(e + 1)) && !v.comma[e + 1] ? predicateStance(v, e + 1, to) : undefined;
    if (judged && (judged.kind === 'denial' || judged.kind === 'unconfirmation') && !judged.negated) {
      out.push({ from: s, to: e, at: e + 1, stance: { kind: judged.kind, text: text(judged.start, judged.end), negated: false, stance: true } });
      continue;
    }
    // "these false allegations", "the baseless claims": a verdict inside the reference itself
    for (let m = s + 1; m < k; m++) {
      if (TRUTH_PREDICATES.get(w(m))?.kind !== 'denial') continue;
      out.push({ from: s, to: e, at: m, stance: { kind: 'denial', text: text(m, m), negated: false, stance: true } });
      break;
    }
  }
  return out;
}

/** Auxiliaries and adverbs between a subject and its verb ("The ministry has not", "The firm also"). */
const VERB_GROUP = new Set(['has', 'have', 'had', 'did', 'does', 'do', 'was', 'were', 'is', 'are', 'not', 'never', 'also', 'repeatedly', 'again', 'still', 'would', 'could', 'will']);
/** Longest subject read back from a verb: a name or a short noun phrase, no clause. */
const MAX_SUBJECT = 8;

/** The subject before the verb group that ends before `verb`: a short phrase after the clause's start or a comma, or undefined. */
function subjectBefore(v: WordView, from: number, verb: number, text: (s: number, e: number) => string): string | undefined {
  let e = verb - 1;
  while (e >= from && VERB_GROUP.has(v.words[e].norm)) e--;
  let s = e;
  while (s > from && !v.comma[s] && e - s < MAX_SUBJECT) s--;
  if (e < s || e - s >= MAX_SUBJECT || (s > from && !v.comma[s])) return undefined;
  for (let k = s; k <= e; k++) if (looksFinite(v, k) || v.words[k].norm === 'that') return undefined;
  return text(s, e);
}

/** "all allegations of wrongdoing", "any claims": quantifiers that open a reference as a determiner does. */
const QUANTIFYING_DETERMINERS = new Set(['all', 'any']);

/** Whether word `k` can modify a back-reference noun between its determiner and it ("new", "false", "Russian", "latest"). */
function modifier(v: WordView, k: number): boolean {
  const t = v.words[k];
  const c = v.cues[k];
  if (v.comma[k + 1] || c.backReference || c.determiner || c.negator || c.cueBase || c.stanceBase) return false;
  if (BACK_REFERENCE_DETERMINERS.has(t.norm) || QUANTIFYING_DETERMINERS.has(t.norm) || /['’]s$/.test(t.norm) || !/^[a-z-]+$/i.test(t.norm)) return false;
  return !looksFinite(v, k);
}

/**
 * Where a verdict starts at `p`: a denying truth word ("baseless", "false") or
 * a verdict noun after fillers ("a hoax", "pure fabrication", "nothing but
 * lies"). Returns the verdict word's index, or -1.
 */
function verdictAt(v: WordView, p: number, to: number): number {
  let q = p;
  while (q <= to && q < p + 4 && !v.comma[q] && (VERDICT_FILLERS.has(v.words[q].norm) || isIntensifier(v.words[q].norm))) {
    if (TRUTH_PREDICATES.get(v.words[q].norm)?.kind === 'denial') return q;
    q++;
  }
  if (q > to || (q > p && v.comma[q])) return -1;
  const n = v.words[q].norm;
  return TRUTH_PREDICATES.get(n)?.kind === 'denial' || VERDICT_NOUNS.has(n) ? q : -1;
}

/** "totally", "completely", "utterly": adverbs in -ly that only strengthen what follows. */
function isIntensifier(norm: string): boolean {
  return norm.length > 4 && norm.endsWith('ly');
}

/** Nouns of evidence whose absence denies what they would support. */
const EVIDENCE_NOUNS = new Set(['evidence', 'proof', 'information', 'indication', 'sign']);

/**
 * Before a supporting verb at `j` ("supporting", "to corroborate"): "no
 * evidence", "not ... any proof", "no information". Returns where that
 * negation starts, or -1.
 */
function missingEvidence(v: WordView, j: number, from: number): number {
  let k = j - 1;
  if (k >= from && v.words[k].norm === 'to') k--;
  if (k < from || !EVIDENCE_NOUNS.has(v.words[k].norm)) return -1;
  let q = k - 1;
  while (q >= from && q > k - 3 && (isIntensifier(v.words[q].norm) || ['verifiable', 'solid', 'hard', 'credible', 'real', 'further', 'such'].includes(v.words[q].norm))) q--;
  if (q < from) return -1;
  if (v.words[q].norm === 'no') return q;
  if (v.words[q].norm !== 'any') return -1;
  // "has not received any evidence": the negation stands before a verb group
  for (let n = q - 1; n >= from && n >= q - 4; n--) if (v.cues[n].negator || v.words[n].norm.endsWith("n't")) return n;
  return -1;
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
  // "was a hoax", "were nothing but lies": a verdict noun; negated ("is no hoax") it takes no stance
  const verdict = verdictAt(v, p, to);
  if (verdict >= 0) return negated ? undefined : { kind: 'denial', negated: false, start: k, end: verdict };
  // a passive of a stance verb: "have been denied", "were not confirmed"
  const base = n.endsWith('ed') ? v.cues[p].stanceBase : undefined;
  if (!base) return undefined;
  const kind = STANCE_VERBS[base];
  if (kind === 'factive' && negated) return { kind: 'unconfirmation', negated: false, start: k, end: p };
  return { kind, negated, start: k, end: p };
}
