/**
 * Source noun phrases for the attribution rules: a bounded walk left from
 * the word before a cue ("NATO Secretary General Jens Stoltenberg said") or
 * right from the word after one ("according to a person within the
 * government"), over names, modifiers, determiners and the prepositions
 * that attach to a common noun. The phrase is a source only when its head is
 * a name, a pronoun or a source noun of lexicon/sources.ts. No tagger: the
 * closed word classes below decide where a phrase stops.
 */
import type { Sentence, Token } from '../sentences';
import { PRONOUNS, sourceNounKind } from '../lexicon/sources';
import { PARTICIPLE_COMPLEMENTS } from '../lexicon/claim-cues';

/** A sentence token as the walks read it; the first word carries `first`, as its capital says nothing about names. */
export type Tok = Token & { first?: boolean };

/**
 * The sentence's tokens, shared with the other rules (read-only here), except
 * the first word: a copy of it that knows it is first.
 */
export function toTokens(sentence: Sentence): Tok[] {
  const out: Tok[] = sentence.tokens.slice();
  const w = sentence.words.length > 0 ? sentence.words[0] : -1;
  if (w < 0) return out;
  const t = sentence.tokens[w];
  let cap = t.cap;
  // "Officials at the agency said": a common source noun is capitalised only because it opens the sentence.
  if (cap && sourceNounKind(t.norm) && t.text.slice(1) === t.text.slice(1).toLowerCase()) cap = false;
  out[w] = { kind: 'word', text: t.text, norm: t.norm, start: t.start, end: t.end, word: true, cap, first: true };
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
  'reportedly', 'allegedly', 'only', 'both', 'own', 'perhaps', 'maybe', 'sometimes', 'indeed',
  'thus', 'hence', 'therefore', 'nevertheless', 'nonetheless', 'otherwise', 'anyway',
]);
/** STOP and DETERMINERS together: `nounish` refuses both, with one lookup. */
const NOT_NOUNS = new Set([...STOP, ...DETERMINERS]);
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

const YEAR = /^(1[89]|20)\d\d$/;
/** Words set off by commas left of a cue: "X, however, said". */
const PARENTHETICALS = new Set(['however', 'meanwhile', 'too', 'though', 'instead']);

/** Whether a word starts with an ASCII digit: a char-code test, cheaper than `/^\d/` on every word. */
function isDigit(norm: string): boolean {
  const c = norm.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** Skips adverbs, time phrases and ", however," left of a cue. */
export function skipLeftAdverbials(toks: readonly Tok[], j: number): number {
  for (;;) {
    if (j < 0) return j;
    const n = toks[j].norm;
    if (ADVERBS.has(n) || isLyAdverb(toks[j])) j--;
    else if (TIME.has(n) && toks[j - 1] && TIME_LEADS.has(toks[j - 1].norm)) j -= 2;
    // "an arbitration panel in 2001 found": a year after "in" (the regex only for four characters opening with a digit).
    else if (n.length === 4 && isDigit(n) && YEAR.test(n) && toks[j - 1]?.norm === 'in') j -= 2;
    else if (TIME.has(n) && toks[j].cap) j--;
    else if (toks[j].text === ',' && toks[j - 2]?.text === ',' && PARENTHETICALS.has(toks[j - 1].norm)) j -= 3;
    else return j;
  }
}

/** Words in -ly that are nouns or verbs, not manner adverbs. */
const LY_WORDS = new Set([
  'family', 'assembly', 'rally', 'supply', 'monopoly', 'anomaly', 'reply', 'comply', 'imply',
  'apply', 'multiply', 'butterfly', 'belly', 'bully', 'jelly', 'folly', 'holly', 'homily',
  'melancholy', 'daily', 'weekly', 'monthly', 'quarterly', 'ally', 'italy', 'july', 'rely',
]);

/** A lower-case manner or degree adverb in -ly ("forcefully", "boldly", "similarly"). */
export function isLyAdverb(t: Tok | undefined): boolean {
  return !!t && t.word && !t.cap && t.norm.length >= 6 && t.norm.endsWith('ly') && /^[a-z]+$/.test(t.norm) && !LY_WORDS.has(t.norm) && !sourceNounKind(t.norm);
}

/** A pronoun with a clitic: "I'm", "you'd", "let's", "he's" are not nouns. */
const PRONOUN_CLITIC = /^(i|you|we|they|he|she|it|let|that|there|who|what|here)'(m|re|ve|d|ll|s)$/;

function nounish(t: Tok | undefined): boolean {
  // "34-year-old", "9/11" modify a noun; a bare number does not.
  // the regexes run only where they can match: after a digit, and on a word with an apostrophe
  return !!t && t.word && !NOT_NOUNS.has(t.norm) && (!isDigit(t.norm) || /^\d+(-[a-z]|\/\d+$)/.test(t.norm)) && !(t.norm.includes("'") && PRONOUN_CLITIC.test(t.norm));
}

/** Quantifiers that take a partitive "of": "many of his supporters", "one of the doctors". */
const PARTITIVES = new Set(['many', 'some', 'most', 'all', 'each', 'none', 'several', 'few', 'both', 'one', 'two', 'three', 'any', 'half', 'majority', 'number', 'chorus', 'group']);

/**
 * A preposition continues the phrase after a common noun ("officials at"),
 * "of" inside a name, a name whose complement is a name too ("the
 * Commission on Presidential Debates"), or a partitive ("many of").
 */
function prepositionAttaches(left: Tok | undefined, prep: Tok, right?: Tok): boolean {
  if (left?.word && prep.norm === 'of' && PARTITIVES.has(left.norm)) return true;
  return nounish(left) && (!left!.cap || prep.norm === 'of' || (!!right?.cap && INSTITUTION_HEADS.has(left!.norm)));
}

/** Capitalised institution words whose name goes on past a preposition: "the Committee for a Responsible Budget". */
const INSTITUTION_HEADS = new Set([
  'commission', 'committee', 'council', 'center', 'centre', 'institute', 'office', 'foundation', 'association',
  'coalition', 'alliance', 'bureau', 'department', 'ministry', 'agency', 'board', 'league', 'society', 'fund',
  'union', 'federation', 'organization', 'organisation', 'court', 'campaign', 'network', 'party', 'caucus', 'senator',
]);

/** The first word after a preposition at `k`, past determiners. */
function afterPreposition(toks: readonly Tok[], k: number): Tok | undefined {
  let q = k + 1;
  while (q < toks.length && q <= k + 3 && DETERMINERS.has(toks[q].norm)) q++;
  return toks[q];
}

/** Head of [s, e]: the noun before the first attached preposition, unless that is a name. */
function head(toks: readonly Tok[], s: number, e: number): number {
  for (let k = s + 1; k < e; k++) {
    if (!NP_PREPOSITIONS.has(toks[k].norm)) continue;
    // "many of his supporters": the head follows a partitive.
    if (toks[k].norm === 'of' && PARTITIVES.has(toks[k - 1].norm)) continue;
    return toks[k - 1].cap && toks[k + 1]?.cap ? e : k - 1;
  }
  return e;
}

/** Cardinal numbers ("Twenty-seven states") count, they do not speak. */
const NUMBER = /^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen)(-\w+)?$/;

/** Quantifiers and indefinites that stand alone as a subject: "Some say", "Many believe". */
const QUANTIFIER_SOURCES = new Set(['some', 'many', 'most', 'few', 'several', 'everyone', 'everybody', 'nobody', 'anyone', 'somebody']);

function acceptable(toks: readonly Tok[], s: number, e: number): boolean {
  const hi = head(toks, s, e);
  const h = toks[hi];
  if (NUMBER.test(h.norm)) return false;
  if (PRONOUNS.has(h.norm) && s === e) return true;
  if (h.cap && !TIME.has(h.norm) && !STOP.has(h.norm) && !DETERMINERS.has(h.norm)) return true;
  if (sourceNounKind(h.norm)) return true;
  // "a person familiar with the plans": an adjective may follow the source noun before its complement.
  if (hi < e && hi > s && sourceNounKind(toks[hi - 1].norm)) return true;
  return commonHead(toks, s, hi);
}

/** Agent-noun endings: the announcer, a questioner, environmentalists, physicians, the businessman. */
const AGENT_NOUN = /(?:[^e]er|or|ist|ian|man|men|ee|eer|ant)s?$/;

/**
 * "the announcer", "Connecticut's tax commissioner", "environmentalists": an
 * agent noun outside the source lexicon heads a subject when a determiner
 * or a possessor opens the phrase, or when it is a bare plural ("The
 * information underscores" has no agent). A source noun inside the phrase
 * ("Both candidates face") means the walk ran past the head into a verb, so
 * the longer phrase is refused.
 */
function commonHead(toks: readonly Tok[], s: number, hi: number): boolean {
  const h = toks[hi];
  if (h.cap || !nounish(h) || verbal(h, toks[hi + 1]) || TIME.has(h.norm) || isLyAdverb(h) || !AGENT_NOUN.test(h.norm)) return false;
  for (let k = s; k < hi; k++) if (!toks[k].cap && sourceNounKind(toks[k].norm)) return false;
  const opener = toks[s];
  if (s < hi) return DETERMINERS.has(opener.norm) || opener.norm.endsWith("'s");
  return /[^s]s$/.test(h.norm);
}

/** Whether a lower-case word looks like a verb form or an adverb ("enraged", "generally"); `next` is the token after it. */
function verbal(t: Tok, next: Tok | undefined): boolean {
  // the ending first: most words have none of the three, and endsWith is cheaper than a regex
  const n = t.norm;
  if (!(n.endsWith('ly') || endsEdOrIng(n)) || n.includes('-') || sourceNounKind(n) || LY_WORDS.has(n)) return false;
  if (!t.cap) return true;
  // "Having said that", "Chastened by": the first word's capital does not make a name
  return !!t.first && endsEdOrIng(n) && openingParticiple(n, next);
}

/** Participles that post-modify a source noun with a prepositional phrase: "people briefed on", "officials involved in". */
const POSTMODIFYING_PARTICIPLES = new Set(['briefed', 'involved', 'speaking']);

/**
 * An -ed or -ing word opening the sentence is a participle when its
 * complement follows ("Speaking to", "Having said"); before a verb, a noun
 * or a comma it is a name or a modifier ("Beijing said", "Nanjing
 * officials", "Leading economists say").
 */
function openingParticiple(norm: string, next: Tok | undefined): boolean {
  return norm === 'having' || norm === 'being' || (!!next && next.word && PARTICIPLE_COMPLEMENTS.has(next.norm));
}

/**
 * "the mining firm", "a leading economist", "its governing council": an -ed or
 * -ing word right after a determiner or a possessor, with a word after it,
 * modifies the noun that follows; it is no verb.
 */
function prenominal(toks: readonly Tok[], k: number): boolean {
  const prev = toks[k - 1];
  if (!prev?.word || !toks[k + 1]?.word || !endsEdOrIng(toks[k].norm)) return false;
  return DETERMINERS.has(prev.norm) || prev.norm.endsWith("'s");
}

function endsEdOrIng(norm: string): boolean {
  // the last letter first: "d" or "g" ends few words, and a char code costs less than endsWith
  const last = norm.charCodeAt(norm.length - 1);
  return (last === 100 && norm.endsWith('ed')) || (last === 103 && norm.endsWith('ing'));
}

/**
 * The source phrase ending at `e`, or undefined. `gerund`: the cue is an
 * -ing form, so "with its Foreign Ministry stating" may follow "with".
 */
export function leftNounPhrase(toks: readonly Tok[], e: number, opts: { gerund: boolean; conjunct?: boolean }): [number, number] | undefined {
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
  // "He's claiming": a pronoun with a clitic auxiliary.
  const clitic = last.norm.includes("'") ? PRONOUN_CLITIC.exec(last.norm) : null;
  if (clitic) return PRONOUNS.has(clitic[1]) ? [e, e] : undefined;
  // "Some say", "But many believe": a quantifier that is the whole subject.
  if (QUANTIFIER_SOURCES.has(last.norm)) return !toks[e - 1]?.word || CLAUSE_OPENERS.has(toks[e - 1].norm) ? [e, e] : undefined;
  if (!nounish(last) || verbal(last, toks[e + 1])) return undefined;
  let s = e;
  /** The last prenominal participle the walk took in, if any. */
  let modifier = -1;
  for (let k = e - 1; k >= 0 && k > e - 15; k--) {
    const t = toks[k];
    if (!t.word) break;
    if (DETERMINERS.has(t.norm)) {
      s = k;
      // "the head of the agency": a determiner ends the phrase unless a preposition attaches it.
      if (toks[k - 1] && NP_PREPOSITIONS.has(toks[k - 1].norm) && prepositionAttaches(toks[k - 2], toks[k - 1], afterPreposition(toks, k - 1))) { k--; continue; }
      break;
    }
    if (NP_PREPOSITIONS.has(t.norm)) {
      if (prepositionAttaches(toks[k - 1], t, afterPreposition(toks, k))) continue;
      break;
    }
    if ((t.norm === 'and' || t.norm === '&') && toks[k - 1]?.cap && toks[k + 1]?.cap) continue;
    if (!nounish(t)) break;
    if (verbal(t, toks[k + 1])) {
      if (!prenominal(toks, k)) break;
      modifier = k;
    }
    s = k;
  }
  let before = toks[s - 1];
  // "In the neighbouring province officials say": a phrase inside a prepositional phrase is no subject;
  // without a parse, the words after its participle are the best guess at the subject.
  if (before && PREPOSITIONS.has(before.norm) && modifier >= 0) {
    s = modifier + 1;
    before = toks[modifier];
  }
  if (before && PREPOSITIONS.has(before.norm) && !(opts.gerund && before.norm === 'with')) return undefined;
  if (!acceptable(toks, s, e)) return undefined;
  // "RT and its defenders say", "The campaign and the DNC did not respond": two coordinated sources.
  if (!opts.conjunct && before && (before.norm === 'and' || before.norm === '&')) {
    const other = leftNounPhrase(toks, s - 2, { gerund: opts.gerund, conjunct: true });
    if (other) return [other[0], e];
  }
  return [s, e];
}

/** Words after which a quantifier opens a clause ("but some say"). */
const CLAUSE_OPENERS = new Set(['and', 'but', 'yet', 'while', 'though', 'although', 'because', 'as', 'since', 'when', 'where', 'if', 'so', 'still', 'now']);

/**
 * The source phrase starting at `p` (before `limit`), or undefined. `loose`
 * skips the head check, for the hearer of "told".
 */
export function rightNounPhrase(toks: readonly Tok[], p: number, limit: number, loose = false, backoff = false): [number, number] | undefined {
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
      if (e === k - 1 && prepositionAttaches(toks[k - 1], t, afterPreposition(toks, k)) && toks[k + 1]?.word) continue;
      break;
    }
    if ((t.norm === 'and' || t.norm === '&') && toks[k - 1]?.cap && toks[k + 1]?.cap) continue;
    if (!nounish(t) || (k > p && TIME.has(t.norm))) break;
    // "two people briefed on the plans": a participle that post-modifies a source noun stays in the phrase
    if (verbal(t, toks[k + 1]) && k > p && !(POSTMODIFYING_PARTICIPLES.has(t.norm) && e === k - 1 && sourceNounKind(toks[e].norm))) break;
    e = k;
  }
  if (e < p) return undefined;
  if (loose) return [p, e];
  if (acceptable(toks, p, e)) return [p, e];
  // A clause subject, "Hillary Clinton spoke out": without a tagger the walk runs into the verb, so back off
  // to the longest acceptable phrase; not after a determiner, where "the McKinley plan" is one compound.
  if (!backoff || DETERMINERS.has(first.norm)) return undefined;
  for (let f = e - 1; f >= p; f--) if (toks[f].word && !NP_PREPOSITIONS.has(toks[f].norm) && acceptable(toks, p, f)) return [p, f];
  return undefined;
}
