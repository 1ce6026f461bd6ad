/**
 * Claims put as noun phrases (GUIDE.md section 1): back-references that a
 * source takes a stance on ("China has repeatedly denied the accusations"),
 * event nouns that an evaluative sentence takes as given ("The collaboration
 * between Russia and China ... marks a significant development"), and
 * gerund clauses after such a verb ("the narrative centers on Beijing
 * exploring the sale").
 */
import {
  BACK_REFERENCE_DETERMINERS, DETERMINERS, EVENT_NOUNS, INTERPRETIVE_VERBS,
  NEGATORS, STANCE_VERBS,
} from '../lexicon/claim-cues';
import type { StatusCue } from './status';
import { capitalised, hasFinite, type WordView } from './words';

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
    if (w(j) === 'to') j--;
    const left = j >= from ? v.cues[j].stanceBase : undefined;
    if (left) {
      const neg = [1, 2].find((d) => NEGATORS.has(w(j - d)) || w(j - d).endsWith("n't"));
      const cueFrom = neg === undefined ? j : j - neg - (j - neg - 1 >= from && ['could', 'did', 'does', 'do', 'has', 'have', 'had', 'would', 'can'].includes(w(j - neg - 1)) ? 1 : 0);
      out.push({ from: s, to: e, at: j, stance: { kind: STANCE_VERBS[left], text: text(cueFrom, j), negated: neg !== undefined, stance: true } });
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
    const n = v.words[k].norm;
    if (!INTERPRETIVE_VERBS.has(n) || DETERMINERS.has(v.words[k - 1].norm)) continue;
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
