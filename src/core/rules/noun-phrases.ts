/**
 * Source noun phrases for the attribution rules: a bounded walk left from
 * the word before a cue ("NATO Secretary General Jens Stoltenberg said") or
 * right from the word after one ("according to a person within the
 * government"), over names, modifiers, determiners and the prepositions
 * that attach to a common noun. The phrase is a source only when its head is
 * a name, a pronoun or a source noun of lexicon/sources.ts. No tagger: the
 * closed word classes below decide where a phrase stops.
 */
import type { Sentence } from '../sentences';
import { PRONOUNS, sourceNounKind } from '../lexicon/sources';

/** A non-space token with what the walks need precomputed. */
export interface Tok {
  text: string;
  norm: string;
  start: number;
  end: number;
  word: boolean;
  /** Starts with an upper-case letter: part of a name or a title. */
  cap: boolean;
}

/** The sentence's tokens without white space. */
export function toTokens(sentence: Sentence): Tok[] {
  const out: Tok[] = [];
  for (const t of sentence.tokens) {
    if (t.kind === 'space') continue;
    out.push({ text: t.text, norm: t.norm, start: t.start, end: t.end, word: t.kind === 'word', cap: t.kind === 'word' && /^\p{Lu}/u.test(t.text) });
  }
  return out;
}

export function isPunct(t: Tok): boolean {
  return !t.word;
}

const DETERMINERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those',
  'both', 'each', 'every', 'all', 'some', 'many', 'several', 'another', 'other', 'any', 'most',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'only',
]);
/** Prepositions inside a source phrase: "a report from CNN", "the head of EU foreign policy". */
const NP_PREPOSITIONS = new Set(['of', 'for', 'from', 'with', 'within', 'at', 'in', 'to', 'on', 'close']);
/** Prepositions whose object is never the subject of the cue. */
const PREPOSITIONS = new Set([
  'of', 'for', 'from', 'with', 'within', 'at', 'in', 'to', 'on', 'by', 'about', 'against', 'into',
  'onto', 'over', 'under', 'during', 'despite', 'amid', 'among', 'through', 'toward', 'towards',
  'across', 'behind', 'beyond', 'like', 'near', 'without', 'upon', 'via', 'following', 'including',
  'regarding', 'concerning', 'around', 'between', 'per', 'than', 'unlike', 'except',
]);
/** Words that end a noun phrase: verbs of the auxiliary class, conjunctions, adverbs, pronouns. */
const STOP = new Set([
  ...PREPOSITIONS,
  'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'may', 'might',
  'shall', 'should', 'must', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'not',
  'and', 'but', 'or', 'nor', 'so', 'yet', 'because', 'although', 'though', 'while', 'whilst',
  'when', 'where', 'whereas', 'if', 'unless', 'since', 'after', 'before', 'until', 'as', 'that',
  'which', 'who', 'whom', 'whose', 'what', 'how', 'why', 'whether', 'there', 'here', 'also',
  'however', 'meanwhile', 'furthermore', 'moreover', 'instead', 'then', 'now', 'recently',
  'previously', 'already', 'still', 'just', 'even', 'again', 'similarly', 'likewise', 'too',
  'him', 'them', 'us', 'me', 'you', 'it', 'he', 'she', 'they', 'we', 'i', 'said', 'says', 'say',
  'told', 'very', 'more', 'less', 'not', 'no', 'yes', 'well', 'than', 'such', 'repeatedly',
  'reportedly', 'allegedly', 'only', 'both', 'own',
]);
/** Time words: "said Tuesday", "on Saturday said". */
const TIME = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today',
  'yesterday', 'tonight', 'january', 'february', 'march', 'april', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'week', 'month', 'year', 'morning',
  'afternoon', 'evening', 'night', 'weekend', 'earlier', 'later', 'last',
]);
const TIME_LEADS = new Set(['on', 'last', 'this', 'early', 'late', 'earlier', 'later', 'in']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);
const ADVERBS = new Set([
  'also', 'repeatedly', 'previously', 'already', 'publicly', 'privately', 'recently', 'again',
  'once', 'even', 'still', 'now', 'then', 'just', 'further', 'later', 'firmly', 'strongly',
  'openly', 'flatly', 'reportedly', 'allegedly', 'initially', 'first', 'often', 'frequently',
  'consistently', 'widely', 'always', 'never', 'quickly', 'clearly', 'separately', 'subsequently',
]);

/** Skips adverbs, time phrases and ", however," left of a cue. */
export function skipLeftAdverbials(toks: readonly Tok[], j: number): number {
  for (;;) {
    if (j < 0) return j;
    const n = toks[j].norm;
    if (ADVERBS.has(n)) j--;
    else if (TIME.has(n) && toks[j - 1] && TIME_LEADS.has(toks[j - 1].norm)) j -= 2;
    else if (TIME.has(n) && toks[j].cap) j--;
    else if (toks[j].text === ',' && toks[j - 2]?.text === ',' && ['however', 'meanwhile', 'too', 'though', 'instead'].includes(toks[j - 1].norm)) j -= 3;
    else return j;
  }
}

function nounish(t: Tok | undefined): boolean {
  return !!t && t.word && !STOP.has(t.norm) && !DETERMINERS.has(t.norm) && !/^\d/.test(t.norm);
}

/** A preposition continues the phrase after a common noun ("officials at"), or "of" inside a name. */
function prepositionAttaches(left: Tok | undefined, prep: Tok): boolean {
  return nounish(left) && (!left!.cap || prep.norm === 'of');
}

/** Head of [s, e]: the noun before the first attached preposition, unless that is a name. */
function head(toks: readonly Tok[], s: number, e: number): number {
  for (let k = s + 1; k < e; k++) {
    if (!NP_PREPOSITIONS.has(toks[k].norm)) continue;
    return toks[k - 1].cap && toks[k + 1]?.cap ? e : k - 1;
  }
  return e;
}

/** Cardinal numbers ("Twenty-seven states") count, they do not speak. */
const NUMBER = /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen)(-\w+)?$/;

function acceptable(toks: readonly Tok[], s: number, e: number): boolean {
  const h = toks[head(toks, s, e)];
  if (NUMBER.test(h.norm)) return false;
  if (PRONOUNS.has(h.norm) && s === e) return true;
  if (sourceNounKind(h.norm)) return true;
  return h.cap && !TIME.has(h.norm) && !STOP.has(h.norm) && !DETERMINERS.has(h.norm);
}

/** Whether a lower-case word looks like a verb form or an adverb ("enraged", "generally"). */
function verbal(t: Tok): boolean {
  return !t.cap && !t.norm.includes('-') && /(ed|ing|ly)$/.test(t.norm) && !sourceNounKind(t.norm);
}

/**
 * The source phrase ending at `e`, or undefined. `gerund`: the cue is an
 * -ing form, so "with its Foreign Ministry stating" may follow "with".
 */
export function leftNounPhrase(toks: readonly Tok[], e: number, opts: { gerund: boolean }): [number, number] | undefined {
  const last = toks[e];
  // "Rep. Gwen Moore (D-Wis.) said": a parenthesis closes the name.
  if (last?.text === ')') {
    for (let k = e - 1; k >= 0 && k > e - 10; k--) {
      if (toks[k].text !== '(') continue;
      const np = leftNounPhrase(toks, k - 1, opts);
      return np && [np[0], e];
    }
    return undefined;
  }
  if (!last?.word) return undefined;
  if (PRONOUNS.has(last.norm)) return [e, e];
  if (!nounish(last) || verbal(last)) return undefined;
  let s = e;
  for (let k = e - 1; k >= 0 && k > e - 15; k--) {
    const t = toks[k];
    if (!t.word) break;
    if (DETERMINERS.has(t.norm)) {
      s = k;
      // "the head of the agency": a determiner ends the phrase unless a preposition attaches it.
      if (toks[k - 1] && NP_PREPOSITIONS.has(toks[k - 1].norm) && prepositionAttaches(toks[k - 2], toks[k - 1])) { k--; continue; }
      break;
    }
    if (NP_PREPOSITIONS.has(t.norm)) {
      if (prepositionAttaches(toks[k - 1], t)) continue;
      break;
    }
    if ((t.norm === 'and' || t.norm === '&') && toks[k - 1]?.cap && toks[k + 1]?.cap) continue;
    if (!nounish(t) || verbal(t)) break;
    s = k;
  }
  const before = toks[s - 1];
  if (before && PREPOSITIONS.has(before.norm) && !(opts.gerund && before.norm === 'with')) return undefined;
  return acceptable(toks, s, e) ? [s, e] : undefined;
}

/**
 * The source phrase starting at `p` (before `limit`), or undefined. `loose`
 * skips the head check, for the hearer of "told".
 */
export function rightNounPhrase(toks: readonly Tok[], p: number, limit: number, loose = false): [number, number] | undefined {
  while (p < limit && toks[p].word && TIME.has(toks[p].norm) && toks[p].cap) p++;
  const first = toks[p];
  if (p >= limit || !first?.word) return undefined;
  if (PRONOUNS.has(first.norm) || OBJECT_PRONOUNS.has(first.norm)) return loose ? undefined : [p, p];
  let e = -1;
  for (let k = p; k < limit && k < p + 15; k++) {
    const t = toks[k];
    if (!t.word) break;
    if (DETERMINERS.has(t.norm)) {
      if (e >= 0 && !NP_PREPOSITIONS.has(toks[k - 1].norm)) break;
      continue;
    }
    if (NP_PREPOSITIONS.has(t.norm)) {
      if (e === k - 1 && prepositionAttaches(toks[k - 1], t) && toks[k + 1]?.word) continue;
      break;
    }
    if ((t.norm === 'and' || t.norm === '&') && toks[k - 1]?.cap && toks[k + 1]?.cap) continue;
    if (!nounish(t) || (k > p && TIME.has(t.norm))) break;
    if (verbal(t) && k > p) break;
    e = k;
  }
  if (e < p) return undefined;
  if (loose) return [p, e];
  return acceptable(toks, p, e) ? [p, e] : undefined;
}
