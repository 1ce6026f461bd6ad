/**
 * Attribution detection (GUIDE.md section 3) on the flat tokens of one
 * sentence. A cue is found by Map lookup (a reporting verb with its
 * auxiliaries, or a phrase such as "according to"); its source is then read
 * off the few tokens around it, in the orders newswire uses:
 *   X said (that) P · P, X said · "P," said X · According to X, P · P, per X ·
 *   X, a title, said · X, who ..., said · ..., noting P (the clause subject) ·
 *   X did A but stated P (the same subject) · P was echoed by X.
 * Every step looks at a bounded window, so the whole pass is O(tokens).
 */
import type { Attribution, CueKind, SourceKind, Span } from '../types';
import { endWithoutStop, type Sentence } from '../sentences';
import type { Lexicons } from '../lexicon';
import { ADVERBIAL_NOUNS, COMPOUND_OPENERS, ECHO_DETERMINERS, ECHO_NOUNS, NEGATED, PHRASE_BEFORE_THAT, NOUN_FOLLOWERS, NOUN_HOMOGRAPHS, PLURAL_DETERMINERS, type CueEntries, type CueForm, type PrepositionCue } from '../lexicon/reporting-verbs';
import { classifySource, PRONOUNS, S_CONTRACTIONS, sourceNounKind } from '../lexicon/sources';
import type { WordMap } from '../lexicon/word-map';
import { isLyAdverb, isPunct, leftNounPhrase, rightNounPhrase, skipLeftAdverbials, toTokens, type Tok } from './noun-phrases';

/** Auxiliaries and modals that belong to the cue's verb group ("has repeatedly denied"). */
const AUX = new Set([
  'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'may', 'might',
  'shall', 'should', 'must', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am',
]);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "isn't", "aren't", "wasn't", "weren't"]);
const NEG = new Set(['not', 'never', 'cannot']);
/** Adverbs that may stand inside a verb group. */
const GROUP_ADVERBS = new Set([
  'also', 'repeatedly', 'both', 'previously', 'already', 'publicly', 'privately', 'recently', 'again',
  'long', 'once', 'even', 'still', 'now', 'then', 'just', 'further', 'later', 'firmly', 'strongly',
  'openly', 'flatly', 'vehemently', 'categorically', 'explicitly', 'immediately', 'reportedly',
  'allegedly', 'initially', 'first', 'often', 'frequently', 'consistently', 'widely', 'always', 'all',
  'yet', 'since', 'ever', 'formally', 'officially', 'quickly', 'swiftly', 'clearly', 'only',
]);
/** A determiner before a cue word makes it a noun ("the report", "his claims"). */
const NOUN_MARKERS = new Set([
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those',
  'such', 'any', 'no', 'every', 'each', 'whose', 'of',
]);
/** Prepositions that make a following -ing form a gerund ("by announcing"), not a cue of its own. */
const GERUND_PREPOSITIONS = new Set(['of', 'for', 'about', 'without', 'by', 'after', 'before', 'in', 'on', 'from', 'against', 'to', 'at']);
/** Prepositions whose gerund has the clause subject as its own: "began by saying", "after saying", "while insisting". */
const SUBJECT_GERUND_PREPOSITIONS = new Set(['by', 'after', 'before', 'while', 'when']);
const DASHES = new Set(['--', '—', '–', '―']);

/** One of DASHES, its first character read before the Set: a lookup would hash every word. */
function isDash(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c === 45 || (c >= 0x2013 && c <= 0x2015)) && DASHES.has(text);
}

/** Punctuation an appositive never spans. */
const CLAUSE_BREAKS = new Set(['.', '!', '?', ';', ':', '“', '”', '"']);
const KEEP_NEGATED = new Set<CueKind>(['factive', 'denial', 'belief', 'unconfirmation']);
const RELATIVES = new Set(['who', 'which', 'that']);
const COORDINATORS = new Set(['and', 'but']);
const OPENING_QUOTES = new Set(['“', '"', '‘', "'", '«']);

/** One of OPENING_QUOTES, each a single character: the length spares most tokens the lookup. */
function isOpeningQuote(t: Tok | undefined): boolean {
  return t !== undefined && t.text.length === 1 && OPENING_QUOTES.has(t.text);
}

/** An attribution under construction, in token indices (inclusive). */
interface Draft {
  source: [number, number];
  cue: [number, number];
  kind: CueKind;
  lemma: string;
  /** Source before cue in a finite clause: a subject later clauses can share. */
  subject: boolean;
  content?: [number, number];
  /** Content found after the cue (cut later at a following coordinated attribution). */
  contentAfter?: boolean;
  /** "P, a claim X disputes": the comma after P, where an earlier content ends. */
  echoComma?: number;
}

function isNegated(toks: readonly Tok[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (NEG.has(toks[k].norm) || toks[k].norm.endsWith("n't")) return true;
  return false;
}

/** Start of the verb group ending at `i`: auxiliaries, negation, inner adverbs. */
function groupStart(toks: readonly Tok[], i: number): { start: number; passive: boolean } {
  let start = i;
  let passive = false;
  // "continued to insist", "went on to say": an aspectual verb and "to" open the group.
  const aspect = aspectualStart(toks, i);
  if (aspect !== undefined) { start = aspect; i = aspect; }
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const n = toks[k].norm;
    if (AUX.has(n) || NEG.has(n) || (n.endsWith("n't") && toks[k].word)) {
      start = k;
      if (BE.has(n)) passive = true;
    } else if (!GROUP_ADVERBS.has(n) && !isLyAdverb(toks[k])) break;
  }
  return { start, passive };
}

/** Forms of the aspectual verbs that take "to" plus a reporting verb: "continues to insist", "went on to say". */
const ASPECTUAL = new Set([
  'continue', 'continues', 'continued', 'continuing', 'begin', 'begins', 'began', 'begun', 'beginning',
  'start', 'starts', 'started', 'starting',
]);
const GO = new Set(['go', 'goes', 'went', 'gone', 'going']);

/** Start of "continued to" / "went on to" before the verb at `i`, if any. */
function aspectualStart(toks: readonly Tok[], i: number): number | undefined {
  if (toks[i - 1]?.norm !== 'to') return undefined;
  const v = toks[i - 2];
  if (v && ASPECTUAL.has(v.norm)) return i - 2;
  if (v?.norm === 'on' && GO.has(toks[i - 3]?.norm ?? '')) return i - 3;
  return undefined;
}

/** Verbs of saying that still mark an attribution when negated ("did not immediately respond", "has not said"). */
const NEGATABLE_SPEECH = new Set(['say', 'tell', 'respond', 'reply', 'comment on', 'mention', 'explain', 'announce', 'state', 'specify', 'elaborate']);
/** Verbs that frame a quotation only: "X continued: ...", '"P," she continued.' */
const QUOTE_FRAMING = new Set(['continue']);
/** Object-gap fillers: "what analysts described as", "an explosion that the mayor described as". */
const GAP_FILLERS = new Set(['what', 'that', 'which', 'whom']);
/** Verbs with a second complement after the object; directly followed by it they are passive participles ("people accused of", "a man described as"). */
const OBJECT_COMPLEMENT: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['accuse', new Set(['of'])], ['charge', new Set(['of', 'with'])], ['describe', new Set(['as'])], ['characterise', new Set(['as'])],
  ['characterize', new Set(['as'])], ['liken', new Set(['to'])], ['dub', new Set(['a', 'an', 'the'])], ['blame', new Set(['for'])],
]);
/** Belief verbs with these after them are not propositional ("think of", "worry about", "feel like"). */
const NON_PROPOSITIONAL = new Set(['of', 'about', 'like', 'over', 'for', 'back', 'through', 'twice', 'ahead', 'up', 'out']);
/** Plural auxiliaries: after one an -s form is a plural noun ("Health worries have"). */
const PLURAL_AUX = new Set(['have', 'are', 'were', "haven't", "aren't", "weren't", 'do', "don't"]);
const QUOTES = new Set(['“', '”', '"', '‘', '’', "'", "''", '``', '«', '»']);

/** '"P," she continued.', 'X continued: "P"': a quote-framing verb needs a quotation next to it. */
function framesQuotation(toks: readonly Tok[], i: number): boolean {
  const next = toks[i + 1];
  if (!next) return hasQuoteBefore(toks, i);
  if (next.text === ':' || OPENING_QUOTES.has(next.text)) return true;
  if (next.text === ',') return OPENING_QUOTES.has(toks[i + 2]?.text ?? '');
  if (next.text === '.' || next.text === '!' || next.text === '?') return hasQuoteBefore(toks, i);
  return false;
}

function hasQuoteBefore(toks: readonly Tok[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) if (QUOTES.has(toks[k].text)) return true;
  return false;
}

/**
 * "called him a genius", "called her vote a mistake", 'called Oz "a quack"':
 * "call" reports a characterisation when its object is followed by a second
 * complement (an indefinite noun phrase or a quotation), not "called a meeting",
 * "called Alicia Machado on Friday".
 */
function characterises(toks: readonly Tok[], p: number): boolean {
  // "which Tim Cook called 'total crap'": the object was moved out and the quotation follows at once.
  if (OPENING_QUOTES.has(toks[p]?.text ?? '')) return true;
  for (let q = p + 1; q < toks.length && q <= p + 12; q++) {
    const t = toks[q];
    const prev = toks[q - 1];
    if (OPENING_QUOTES.has(t.text) || ((t.norm === 'a' || t.norm === 'an') && !PREPOSITION_BEFORE.has(prev.norm))) return true;
    if (!t.word || CALL_STOP.has(t.norm) || AUX.has(t.norm)) return false;
    // "called the charges unsubstantiated": an adjective right after the object's noun.
    if (!t.cap && ADJECTIVE_ENDING.test(t.norm) && prev.word && !prev.cap && !NOUN_MARKERS.has(prev.norm) && !PREPOSITION_BEFORE.has(prev.norm) && !isLyAdverb(prev)) return true;
  }
  return false;
}
const ADJECTIVE_ENDING = /(ed|ous|ive|ful|able|ible|ic|al|less|ary)$/;
const CALL_STOP = new Set(['to', 'for', 'and', 'but', 'or', 'that', 'because', 'after', 'before', 'when', 'while', 'if', 'into', 'off', 'up', 'out', 'back', 'as', 'from', 'with']);
const PREPOSITION_BEFORE = new Set(['in', 'on', 'at', 'of', 'for', 'with', 'within', 'by', 'from', 'to', 'into', 'about', 'during', 'after', 'before', 'across', 'among']);
const PLURAL_SUBJECTS = new Set(['they', 'we', 'you', 'i', 'critics', 'people', 'some', 'many', 'others']);

/** Whether the complement word of a characterising verb follows within a few words ("describing the plan as"). */
function complementAhead(toks: readonly Tok[], p: number, words: ReadonlySet<string>): boolean {
  for (let q = p; q < toks.length && q <= p + 10 && toks[q].word; q++) if (words.has(toks[q].norm)) return true;
  return false;
}

/** "by saying P", "after claiming that P": a gerund that reports, not "after assuming his post", "by adding communities". */
function speechGerund(cue: CueForm, next: Tok | undefined): boolean {
  if (cue.evidential || cue.kind === 'call' || cue.kind === 'belief') return false;
  return cue.lemma === 'say' || cue.lemma === 'tell' || next?.norm === 'that' || OPENING_QUOTES.has(next?.text ?? '') || next?.text === ':';
}

/** Whether the cue at `i` is a reporting use at all (not a noun or an infinitive). */
function isVerbUse(toks: readonly Tok[], i: number, cue: CueForm): boolean {
  const prev = i > 0 ? toks[i - 1].norm : '';
  if ((prev === 'to' && aspectualStart(toks, i) === undefined) || NOUN_MARKERS.has(prev)) return false;
  // "Trump's tweet", "Editor's note": a possessor makes a noun (not "he's claimed").
  if (prev.endsWith("'s") && !S_CONTRACTIONS.has(prev)) return false;
  const next = toks[i + 1 + cue.rest.length];
  if (cue.form === 'ing' && GERUND_PREPOSITIONS.has(prev) && !(SUBJECT_GERUND_PREPOSITIONS.has(prev) && speechGerund(cue, next))) return false;
  // "in 11 swing states.": a homograph with nothing after it is a noun.
  if ((cue.form === 'base' || cue.form === 's') && NOUN_HOMOGRAPHS.has(cue.lemma) && (!next || SENTENCE_ENDS.has(next.text))) return false;
  // "member states from buying", "reports of shelling": a homograph before "of" or "from" is a noun, unless a
  // "that" clause follows the phrase ("The BBC reports from Kyiv that P").
  if ((cue.form === 'base' || cue.form === 's') && !cue.rest.length && NOUN_HOMOGRAPHS.has(cue.lemma) && next && NOUN_FOLLOWERS.has(next.norm) && !thatAhead(toks, i + 2)) return false;
  // "nine states and": an -s form after a plural quantifier is a plural noun; so is one after a bare singular noun that
  // a preposition or a plural quantifier opens ("in member states that", "several witness reports that").
  if (cue.form === 's' && NOUN_HOMOGRAPHS.has(cue.lemma) && (PLURAL_DETERMINERS.has(prev) || (i > 1 && compoundModifier(toks[i - 1], toks[i - 2])))) return false;
  // "Additional reporting by", "the polling by": an -ing form with an agent is a noun; so is "the court ruling".
  if (cue.form === 'ing' && (next?.norm === 'by' || cue.lemma === 'rule')) return false;
  if (cue.form === 's' && !cue.rest.length && next && PLURAL_AUX.has(next.norm)) return false;
  if (QUOTE_FRAMING.has(cue.lemma) && !framesQuotation(toks, i)) return false;
  // "a paper describing a plan" is a modifier; "describing the plan as a trap" characterises.
  const complement = cue.form === 'ing' ? OBJECT_COMPLEMENT.get(cue.lemma) : undefined;
  if (complement && !complementAhead(toks, i + 1, complement)) return false;
  if (cue.kind === 'belief' && !cue.rest.length && next && NON_PROPOSITIONAL.has(next.norm)) return false;
  if (cue.lemma === 'call' && cue.form !== 'base' && characterises(toks, i + 1)) return true;
  // Base "call" after a plural or pronoun subject or an auxiliary ("Critics call it a trap", "would call"), not "a broader call".
  if (cue.lemma === 'call' && cue.form === 'base' && (AUX.has(prev) || PLURAL_SUBJECTS.has(prev) || toks[i - 1]?.cap || /[^s]s$/.test(prev)) && characterises(toks, i + 1)) return true;
  if ((cue.form === 'base' || cue.form === 's') && NOUN_HOMOGRAPHS.has(cue.lemma) && next?.word && !next.cap && !VERBAL_NEXT.has(next.norm) && !AUX.has(prev)) return false;
  // "many questions about", "several reports that": a plural quantifier makes a noun.
  if (cue.form === 's' && NOUN_HOMOGRAPHS.has(cue.lemma) && PLURAL_QUANTIFIERS.has(prev)) return false;
  // "called an emergency meeting", "called into the show", "a group called Lashkar": not naming someone's words.
  if (cue.lemma === 'call' && (cue.form === 'base' || cue.form === 'ing' || CALL_OTHER.has(next?.norm ?? '') || (prev === ',' && next?.cap))) return false;
  return true;
}

/** Punctuation that ends a clause: a homograph before it is a noun. */
const SENTENCE_ENDS = new Set(['.', '!', '?', ';']);

/** A "that" among the next few words from `p`, before any punctuation. */
function thatAhead(toks: readonly Tok[], p: number): boolean {
  for (let q = p; q < toks.length && q < p + PHRASE_BEFORE_THAT && toks[q].word; q++) if (toks[q].norm === 'that') return true;
  return false;
}

/** Whether `t` is a lower-case singular noun ("member", "witness") that can only modify what follows, as `before` opens a noun phrase that needs a head. */
function compoundModifier(t: Tok, before: Tok): boolean {
  return t.word && !t.cap && !/[^s]s$/.test(t.norm) && !AUX.has(t.norm) && !PRONOUNS.has(t.norm) && !isLyAdverb(t) && !ADVERBIAL_NOUNS.has(t.norm) && COMPOUND_OPENERS.has(before.norm);
}

/** Words that may follow a verb-noun homograph used as a verb ("state that", "report the"). */
const VERBAL_NEXT = new Set([
  'that', 'a', 'an', 'the', 'his', 'her', 'its', 'their', 'this', 'these', 'those', 'to', 'he',
  'she', 'it', 'they', 'we', 'i', 'there', 'what', 'how', 'why', 'whether', 'when', 'if', 'on',
  'in', 'at', 'for', 'of', 'about', 'with', 'by', 'from', 'some', 'no', 'all', 'any', 'many', 'as',
  'also', 'again', 'repeatedly', 'now', 'only', 'him', 'them', 'us', 'me', 'you',
]);
const PLURAL_QUANTIFIERS = new Set(['many', 'several', 'few', 'more', 'other', 'numerous', 'multiple', 'two', 'three']);
const CALL_OTHER = new Set(['in', 'into', 'an', 'a', 'off', 'up', 'back', 'out', 'it', 'them', 'him', 'her', 'me', 'us']);

/** Content after the cue: the that-clause, the quotation or the clause that follows; `cueEnd` is the cue's last token when known. */
function contentAfter(toks: readonly Tok[], p: number, cueEnd = p - 1): [number, number] | undefined {
  const last = toks.length - 1;
  p = skipRightAdverbs(toks, p);
  // "said on Sunday that", "told reporters that": a that-clause a few words on, before any verb.
  for (let q = p; q <= last && q <= p + 9; q++) {
    if (!toks[q].word || COORDINATORS.has(toks[q].norm) || AUX.has(toks[q].norm)) break;
    if (toks[q].norm === 'that') return trim(toks, (q > cueEnd + 1 ? thatAfterRelative(toks, q) : q) + 1, last);
  }
  let s = p;
  while (s <= last && (toks[s].text === ',' || toks[s].text === ':')) s++;
  return trim(toks, s, last);
}

/** Longest relative clause on a medium noun that is skipped before the content's own "that". */
const MAX_MEDIUM_RELATIVE = 12;

/**
 * "said in a statement that was read out on Monday that P": a "that" after the
 * phrase following the cue, with an auxiliary next, opens a relative clause on
 * the noun before it; the content's "that" comes later. Returns that later
 * "that", or `q` when there is none.
 */
function thatAfterRelative(toks: readonly Tok[], q: number): number {
  const next = toks[q + 1];
  if (!next || !(AUX.has(next.norm) || (next.norm.endsWith('ed') && next.norm.length > 4))) return q;
  for (let j = q + 2; j < toks.length && j <= q + MAX_MEDIUM_RELATIVE && toks[j].word; j++) if (toks[j].norm === 'that') return j;
  return q;
}

/** Content before a post-posed frame: from the sentence start to `q`. */
function contentBefore(toks: readonly Tok[], q: number): [number, number] | undefined {
  return trim(toks, 0, q);
}

function trim(toks: readonly Tok[], a: number, b: number): [number, number] | undefined {
  while (a <= b && !toks[a].word) a++;
  for (;;) {
    while (b >= a && !toks[b].word) b--;
    // "… in the register [4].": a citation marker ends no content
    if (b > a && toks[b - 1].text === '[' && isDigit(toks[b].norm)) b -= 2;
    else break;
  }
  return a <= b ? [a, b] : undefined;
}

/** A word of ASCII digits only ("4" in "[4]"). */
function isDigit(norm: string): boolean {
  for (let i = 0; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return norm.length > 0;
}

/** Subject of the sentence's main clause, for participles and coordinated verbs. */
function clauseSubject(toks: readonly Tok[], before: number): [number, number] | undefined {
  const p = firstWord(toks);
  const np = rightNounPhrase(toks, p, before, false, true);
  if (np) return np;
  // An introductory phrase ("Meanwhile,", "In 1986,") ends at the first comma.
  for (let k = p; k < before && k < p + 15; k++) if (toks[k].text === ',') return rightNounPhrase(toks, k + 1, before, false, true);
  return undefined;
}

/** Source for a cue at [g, e]: the orders of the header comment, tried in turn. */
/** '"P," said X': only verbs of saying invert, in a finite form, never "told X" (X is the hearer). */
function canInvert(form: CueForm['form'], lemma: string): boolean {
  return (form === 'past' || form === 's') && !NO_INVERSION.has(lemma);
}
const NO_INVERSION = new Set(['tell', 'inform', 'cite', 'quote', 'echo', 'push', 'urge', 'call on', 'ask', 'beg', 'accuse', 'blame', 'criticise', 'criticize', 'condemn', 'denounce', 'blast', 'slam', 'express', 'raise concerns', 'raise concern']);
/** What may follow X in '"P," said X on Monday'. */
const INVERSION_TAIL = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'last', 'this', 'earlier', 'later', 'today', 'yesterday', 'for', 'while', 'when', 'as']);

function findSource(toks: readonly Tok[], g: number, e: number, form: CueForm['form'], lemma: string, drafts: readonly Draft[]): { source?: [number, number]; subject: boolean; inverted: boolean } {
  const j = skipLeftAdverbials(toks, g - 1);
  if (j < 0 && form === 'ing') {
    // "Claiming the criticism is unfair, Trump told Fox ...": an opening participle clause shares the main clause subject.
    for (let k = e + 1; k < toks.length && k <= e + 30; k++) {
      if (toks[k].text === ',') return { source: rightNounPhrase(toks, k + 1, toks.length, false, true), subject: false, inverted: false };
      if (!toks[k].word && CLAUSE_BREAKS.has(toks[k].text)) break;
    }
    return { subject: false, inverted: false };
  }
  if (j < 0) {
    // 'Said Ellis: "P."': an inverted verb of saying opens the sentence, its speaker before a colon.
    const np = canInvert(form, lemma) ? rightNounPhrase(toks, e + 1, toks.length) : undefined;
    const after = np && toks[np[1] + 1];
    return after && (after.text === ':' || after.text === ',') ? { source: np, subject: false, inverted: true } : { subject: false, inverted: false };
  }
  const t = toks[j];
  if (form === 'ing' && (t.text === ',' || (QUOTES.has(t.text) && toks[j - 1]?.text === ','))) return { source: sharedSubject(toks, g, drafts), subject: false, inverted: false };
  // "began by saying", "after saying": a gerund of means or time shares the clause subject.
  if (form === 'ing' && SUBJECT_GERUND_PREPOSITIONS.has(t.norm)) return { source: sharedSubject(toks, g, drafts), subject: false, inverted: false };
  if (COORDINATORS.has(t.norm)) return { source: sharedSubject(toks, g, drafts), subject: false, inverted: false };
  if (isPunct(t) && canInvert(form, lemma)) {
    const np = rightNounPhrase(toks, e + 1, toks.length);
    const after = np && toks[np[1] + 1];
    if (np && (!after || !after.word || INVERSION_TAIL.has(after.norm))) return { source: np, subject: false, inverted: true };
  }
  if (t.text === ',' || DASHES.has(t.text)) return { source: appositiveHost(toks, j), subject: true, inverted: false };
  if (RELATIVES.has(t.norm)) {
    const end = j > 0 && toks[j - 1].text === ',' ? j - 2 : j - 1;
    return { source: end >= 0 ? leftNounPhrase(toks, end, { gerund: false }) : undefined, subject: true, inverted: false };
  }
  if (!t.word && t.text !== ')') return { subject: false, inverted: false };
  return { source: leftNounPhrase(toks, j, { gerund: form === 'ing' }) ?? modifiedSubject(toks, j), subject: form !== 'ing', inverted: false };
}

/** The first subject of the sentence, for a verb at `g` that has none of its own: "X said Y did A and said B" shares X. */
function sharedSubject(toks: readonly Tok[], g: number, drafts: readonly Draft[]): [number, number] | undefined {
  for (const d of drafts) if (d.subject && d.cue[1] < g) return d.source;
  return clauseSubject(toks, g);
}

/** Words that open a post-modifier of a subject: "a study by X", "a poll released in May", "a report that ...". */
const POSTMODIFIERS = new Set([
  'by', 'that', 'which', 'who', 'released', 'published', 'issued', 'conducted', 'commissioned', 'taken', 'obtained',
  // "Experts on North Korea said", "leaked documents from his tax return show", "Those close to him say".
  'on', 'at', 'in', 'from', 'with', 'close', 'familiar', 'involved',
  // "two people briefed on the plans said", "officials aware of the talks", "a diplomat speaking on condition of anonymity".
  'briefed', 'aware', 'privy', 'knowledgeable', 'speaking',
  // "all the experts I interviewed said": an object relative clause without "that".
  'i', 'we',
]);
/** Pronominal heads of a post-modified subject: "Those close to him", "everyone I interviewed". */
const PRONOMINAL_HEADS = new Set(['those', 'everyone', 'everybody', 'anyone', 'anybody', 'someone', 'somebody']);

/**
 * "A 2019 survey by harbour economist Ana Ruiz found": when the
 * words before the cue are not a source, a source noun a few words back whose
 * post-modifier runs up to the cue heads the subject.
 */
function modifiedSubject(toks: readonly Tok[], j: number): [number, number] | undefined {
  for (let k = j; k >= 0 && k > j - 14; k--) {
    if (!toks[k].word) return undefined;
    if (!POSTMODIFIERS.has(toks[k].norm)) continue;
    if (k < j && PRONOMINAL_HEADS.has(toks[k - 1]?.norm ?? '')) return [k - 1, j];
    const np = leftNounPhrase(toks, k - 1, { gerund: false });
    if (np && !toks[np[1]].cap && sourceNounKind(toks[np[1]].norm)) return [np[0], j];
  }
  return undefined;
}

/**
 * "X, an appositive or relative clause, said": the noun phrase before the
 * first comma, or the appositive itself when it is the name ("the top
 * diplomat, Wang Yi, said").
 */
function appositiveHost(toks: readonly Tok[], close: number): [number, number] | undefined {
  const mark = toks[close].text;
  const dash = DASHES.has(mark);
  let searched = 0;
  for (let k = close - 1; k >= 0 && k > close - 40; k--) {
    const t = toks[k];
    if (t.text === mark || (dash && DASHES.has(t.text))) {
      const host = leftNounPhrase(toks, k - 1, { gerund: false });
      const name = rightNounPhrase(toks, k + 1, close);
      if (!dash && name && name[1] === close - 1 && toks.slice(name[0], name[1] + 1).every((x) => x.cap) && toks[k - 1]?.word && !(host && toks[host[1]].cap)) return name;
      // "Schiff, 56, who has served ..., told": an appositive may itself hold commas.
      if (host || dash || ++searched > 2) return host;
      continue;
    }
    if (!t.word && CLAUSE_BREAKS.has(t.text)) return undefined;
  }
  return undefined;
}

function handleVerb(toks: readonly Tok[], i: number, cue: CueForm, drafts: Draft[]): void {
  const e = i + cue.rest.length;
  const { start, passive } = groupStart(toks, i);
  let kind = cue.kind;
  let silent = false;
  if (isNegated(toks, start, e)) {
    // "has not condemned": nothing is asserted. Negated confirmations and denials still frame content.
    // "did not immediately respond", "has not said when": the source's silence is reported, with no content.
    if (NEGATABLE_SPEECH.has(cue.lemma)) silent = true;
    else if (!KEEP_NEGATED.has(kind)) return;
    else kind = NEGATED[kind];
  }
  if (passive && cue.form === 'past') {
    // "P was echoed by X"; without an agent there is no attribution (GUIDE.md section 1).
    const by = skipRightAdverbs(toks, e + 1);
    if (toks[by]?.norm !== 'by') return;
    const np = rightNounPhrase(toks, by + 1, toks.length);
    if (np) drafts.push({ source: np, cue: [start, e], kind, lemma: cue.lemma, subject: false });
    return;
  }
  const found = findSource(toks, start, e, cue.form, cue.lemma, drafts);
  if (!found.source) return;
  // "people accused of rape", "an attack described as": with no object before its complement the participle is passive,
  // unless the object was moved out ("what analysts described as").
  const complement = OBJECT_COMPLEMENT.get(cue.lemma);
  const filler = toks[found.source[0] - 1]?.norm ?? '';
  if (complement && cue.form === 'past' && complement.has(toks[e + 1]?.norm ?? '') && !GAP_FILLERS.has(filler)) return;
  // "call" reports a characterisation, "called the plan a trap" or "what she called a rant"; "a group called Harbour Watch" names.
  if (cue.lemma === 'call' && !characterises(toks, e + 1) && !GAP_FILLERS.has(filler) && filler !== 'as') return;
  if (silent) {
    drafts.push({ source: found.source, cue: [start, e], kind, lemma: cue.lemma, subject: found.subject });
    return;
  }
  if (cue.evidential && !isDocument(toks, found.source)) {
    // "a 2019 survey by the port and the University of Lisbon found": the document heads a longer subject.
    const longer = found.subject ? modifiedSubject(toks, skipLeftAdverbials(toks, start - 1)) : undefined;
    if (!longer || !isDocument(toks, longer)) return;
    found.source = longer;
  }
  const draft: Draft = { source: found.source, cue: [start, e], kind, lemma: cue.lemma, subject: found.subject };
  if (found.inverted && start === firstWord(toks)) {
    // 'Said Ellis: "P."'
    draft.content = contentAfter(toks, found.source[1] + 1);
    draft.contentAfter = true;
  } else if (found.inverted) {
    draft.content = contentBefore(toks, start - 1);
  } else {
    const p = cue.lemma === 'tell' || cue.lemma === 'inform' ? skipObject(toks, e + 1) : e + 1;
    const before = found.source[0] - 1;
    // "P, X said." / "P," X said: a short or empty tail after the cue, and no that-clause.
    const adjacent = skipLeftAdverbials(toks, start - 1) === found.source[1];
    if (adjacent && before > 0 && isPunct(toks[before]) && !hasThat(toks, p) && wordsFrom(toks, p) <= 5 && !clauseAfter(toks, p)) {
      // "Nothing, she insisted, had changed": a frame inserted before the verb of P frames all of P, on both sides of it
      draft.content = insertedBeforeVerb(toks, p) ? trim(toks, 0, toks.length - 1) : contentBefore(toks, before);
    } else {
      draft.content = contentAfter(toks, p, e);
      draft.contentAfter = true;
    }
  }
  // "P, a claim Western officials dispute": the noun that names P is no source, the relative clause's subject is; P is the content
  const echo = echoFrame(toks, draft.source);
  if (echo) {
    draft.source = echo.source;
    draft.content = contentBefore(toks, echo.comma);
    draft.contentAfter = false;
    draft.echoComma = echo.comma;
  }
  drafts.push(draft);
}


/**
 * An object relative on a noun that names the preceding clause: "…, a claim
 * [that] Western officials dispute". The noun phrase may have been read into
 * the source or stand just before it. Returns the relative clause's subject
 * and the comma that ends the named clause.
 */
function echoFrame(toks: readonly Tok[], source: [number, number]): { source: [number, number]; comma: number } | undefined {
  const [s, e] = source;
  // the source walk took the noun in: "a claim Western officials"
  if (s >= 1 && s + 2 <= e && toks[s - 1].text === ',' && ECHO_DETERMINERS.has(toks[s].norm) && ECHO_NOUNS.has(toks[s + 1].norm)) {
    const from = toks[s + 2].norm === 'that' ? s + 3 : s + 2;
    return from <= e ? { source: [from, e], comma: s - 1 } : undefined;
  }
  // the noun stands before the source: "an account the company rejected", "a claim that the mayor denies"
  let k = s - 1;
  if (toks[k]?.norm === 'that') k--;
  if (k >= 2 && ECHO_NOUNS.has(toks[k].norm) && ECHO_DETERMINERS.has(toks[k - 1].norm) && toks[k - 2].text === ',') return { source, comma: k - 2 };
  return undefined;
}

/** "P1, X said, had changed ...": a comma at `p` after the cue, and then the verb group of the clause the frame interrupts. */
function insertedBeforeVerb(toks: readonly Tok[], p: number): boolean {
  const next = toks[p + 1];
  if (toks[p]?.text !== ',' || !next?.word || next.cap) return false;
  return AUX.has(next.norm) || (next.norm.endsWith('ed') && next.norm.length > 4);
}

/** Words that open an adverbial or relative tail, not a clause: "where", "when", "as", "after". */
const TAIL_OPENERS = new Set(['where', 'when', 'whom', 'whose', 'as', 'after', 'before', 'while', 'because', 'if', 'since', 'until']);

/**
 * "Speaking to the committee, the minister said the port had closed": a short
 * tail with an auxiliary after its first word is a clause of its own, the
 * content, not an adverbial after a post-posed frame ("P, X said on Monday").
 */
function clauseAfter(toks: readonly Tok[], p: number): boolean {
  // "told reporters who had gathered", "said in a speech that was": a relative or a preposition opens no clause of its own
  const first = toks[p];
  if (!first?.word || RELATIVES.has(first.norm) || TAIL_OPENERS.has(first.norm) || PREPOSITION_BEFORE.has(first.norm)) return false;
  for (let q = p + 1; q < toks.length && toks[q].word; q++) if (AUX.has(toks[q].norm)) return true;
  return false;
}

function hasThat(toks: readonly Tok[], p: number): boolean {
  for (let q = p; q < toks.length && q <= p + 9 && toks[q].word && !COORDINATORS.has(toks[q].norm) && !AUX.has(toks[q].norm); q++) if (toks[q].norm === 'that') return true;
  return false;
}

function wordsFrom(toks: readonly Tok[], p: number): number {
  let n = 0;
  while (p + n < toks.length && toks[p + n].word) n++;
  return n;
}

function skipRightAdverbs(toks: readonly Tok[], p: number): number {
  while (p < toks.length && (GROUP_ADVERBS.has(toks[p].norm) || isLyAdverb(toks[p]))) p++;
  return p;
}

/** After "told": skip the hearer ("told reporters that", "told Russia's Tass news agency that"). */
function skipObject(toks: readonly Tok[], p: number): number {
  const np = rightNounPhrase(toks, p, toks.length, true);
  return np ? np[1] + 1 : p;
}

/** Bodies whose findings and rulings are pronouncements: "the appeals court ruled", "an arbitration panel found". */
const JUDICIAL = new Set(['court', 'courts', 'judge', 'judges', 'jury', 'juries', 'panel', 'tribunal', 'arbitrator', 'arbitrators']);

/** A source that can "show", "find" or "rule": a document, a publication or a judicial body. */
function isDocument(toks: readonly Tok[], [a, b]: [number, number]): boolean {
  if (classifyTokens(toks, a, b) === 'publication') return true;
  for (let k = a; k <= b; k++) {
    const noun = sourceNounKind(toks[k].norm);
    if (noun === 'document' || noun === 'publication' || JUDICIAL.has(toks[k].norm)) return true;
  }
  return false;
}

/** Longest post-modifier of an "according to" source that runs to its comma. */
const MAX_SOURCE_POSTMODIFIER = 8;

/**
 * "According to figures released by the agency, P", "P, according to figures
 * released by the agency.": a source whose post-modifier (a participle, "by",
 * a relative) runs up to a comma or the sentence end takes it in; otherwise
 * the noun phrase `np` stays as it is.
 */
function postModifiedSource(toks: readonly Tok[], np: [number, number]): [number, number] {
  const next = toks[np[1] + 1];
  if (!next?.word || next.cap || !(POSTMODIFIERS.has(next.norm) || next.norm.endsWith('ed'))) return np;
  for (let q = np[1] + 2; q < toks.length && q <= np[1] + MAX_SOURCE_POSTMODIFIER; q++) {
    if (!toks[q].word) return toks[q].text === ',' || SENTENCE_ENDS.has(toks[q].text) ? [np[0], q - 1] : np;
  }
  return np;
}

function handlePreposition(toks: readonly Tok[], i: number, e: number, lemma: string, kind: CueKind, drafts: Draft[]): void {
  const found = rightNounPhrase(toks, e + 1, toks.length);
  if (!found) return;
  const np = postModifiedSource(toks, found);
  const draft: Draft = { source: np, cue: [i, e], kind, lemma, subject: false };
  const after = toks[np[1] + 1];
  if (i > 0 && isPunct(toks[i - 1]) && !(after && after.text === ',' && i === firstWord(toks))) {
    draft.content = contentBefore(toks, i - 1);
  } else if (after?.text === ',') {
    draft.content = contentAfter(toks, np[1] + 2);
    draft.contentAfter = true;
  }
  drafts.push(draft);
}

/** Headline capitalisation: most longer words start with a capital. */
function isTitleCase(toks: readonly Tok[]): boolean {
  let long = 0;
  let caps = 0;
  for (const t of toks) {
    if (!t.word || t.text.length < 4) continue;
    long++;
    if (t.cap) caps++;
  }
  return long > 0 && caps / long >= 0.6;
}

/**
 * In a title-case headline (the caller checked), a noun-verb homograph is a
 * noun after the headline's verb ("Minister Denies Spying Report") or after an
 * -ing modifier ("Conflicting Reports Emerge"): headlines have one main verb.
 */
function headlineNoun(toks: readonly Tok[], i: number, cue: CueForm, verbTaken: boolean): boolean {
  if ((cue.form !== 'base' && cue.form !== 's') || !NOUN_HOMOGRAPHS.has(cue.lemma)) return false;
  return verbTaken || (i > 0 && toks[i - 1].norm.endsWith('ing'));
}

function firstWord(toks: readonly Tok[]): number {
  let p = 0;
  while (p < toks.length && !toks[p].word) p++;
  return p;
}

/** The first (longest) prepositional cue starting at `i`: a plain loop, as a closure per word cost more than the search. */
function prepositionAt(toks: readonly Tok[], i: number, forms: readonly PrepositionCue[] | undefined): PrepositionCue | undefined {
  if (forms) for (const p of forms) if (matches(toks, i, p.words)) return p;
  return undefined;
}

/** The first (longest) verb cue whose first word is at `i`. */
function verbAt(toks: readonly Tok[], i: number, forms: readonly CueForm[] | undefined): CueForm | undefined {
  if (forms) for (const v of forms) if (matches(toks, i + 1, v.rest)) return v;
  return undefined;
}

function matches(toks: readonly Tok[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (toks[i + k]?.norm !== words[k]) return false;
  return true;
}

const TITLE_PREPOSITIONS = new Set(['for', 'on', 'to', 'in', 'at', 'with', 'from', 'about', 'against', 'over', 'after', 'by']);
const isCapital = (text: string): boolean => text[0] !== text[0].toLowerCase();

/** Section labels that take a colon but name no speaker. */
const LABELS = new Set(['the latest', 'clarification', 'note', "editor's note", 'update', 'correction', 'watch', 'related', 'read', 'photo', 'video', 'source', 'sources', 'tags', 'topics', 'credit', 'transcript', 'question', 'answer', 'q', 'a', 'warning', 'disclaimer', 'advertisement', 'summary', 'breaking', 'exclusive', 'opinion', 'analysis', 'poll results']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);

/** "Pat Caddell: P", "WALLACE: P": a sentence-initial speaker and a colon (headlines, transcripts). */
function headlineSpeaker(toks: readonly Tok[], drafts: Draft[]): void {
  const f = firstWord(toks);
  for (let c = f + 1; c < toks.length && c <= f + 7; c++) {
    if (toks[c].word) continue;
    if (toks[c].text !== ':') return;
    const np = leftNounPhrase(toks, c - 1, { gerund: false });
    if (!np || np[0] !== f || !isCapital(toks[c - 1].text)) return;
    // the label is joined only for a capitalised phrase that opens the sentence: most colons follow none
    const label = toks.slice(f, c).map((t) => t.norm).join(' ');
    // A coordination ("Heritage and Dialogue: ...") is a title, not a speaker.
    // A preposition other than "of" makes a title ("Little Relief for Refugees: ..."), not a speaker.
    if (LABELS.has(label) || LABELS.has(toks[c - 1].norm) || toks.slice(f, c).some((t) => t.norm === 'and' || (t.norm !== 'of' && TITLE_PREPOSITIONS.has(t.norm)))) return;
    const content = trim(toks, c + 1, toks.length - 1);
    if (content) drafts.push({ source: np, cue: [c, c], kind: 'neutral', lemma: ':', subject: false, content });
    return;
  }
}

/** '“P.” ― Name': a dash after a quotation (or opening the next sentence) signs it. */
function quoteByline(toks: readonly Tok[], i: number, drafts: Draft[]): void {
  const prev = toks[i - 1];
  if (i !== 0 && !(prev && (prev.text === '”' || prev.text === '"'))) return;
  const np = rightNounPhrase(toks, i + 1, toks.length);
  const after = np && toks[np[1] + 1];
  if (!np || (after && after.word) || !toks.slice(np[0], np[1] + 1).every((t) => t.cap)) return;
  const draft: Draft = { source: np, cue: [i, i], kind: 'neutral', lemma: 'dash', subject: false };
  if (i > 0) draft.content = contentBefore(toks, i - 1);
  drafts.push(draft);
}

/** "Trump's claim that P", "his warning that P": the possessor is the source. */
function possessorCue(toks: readonly Tok[], i: number, kind: CueKind, drafts: Draft[]): void {
  const owner = toks[i - 1];
  if (!owner?.word) return;
  const possessive = POSSESSIVE_PRONOUNS.has(owner.norm) || (/'s$/.test(owner.norm) && (owner.cap || sourceNounKind(owner.norm.slice(0, -2)) !== undefined));
  if (!possessive) return;
  const np = POSSESSIVE_PRONOUNS.has(owner.norm) ? undefined : leftNounPhrase(toks, i - 1, { gerund: false });
  drafts.push({ source: np ?? [i - 1, i - 1], cue: [i, i], kind, lemma: toks[i].norm, subject: false, content: trim(toks, i + 2, toks.length - 1), contentAfter: true });
}

/** Subordinators of a contrast or a time that open a clause of the author's after a comma: "P, even as X confirmed Q". */
const CONTRAST_SUBORDINATORS = new Set(['as', 'while', 'whereas', 'although', 'though']);

/** The comma before ", (even) as" when an attribution's source starts at `first` right after it, or -1. */
function subordinateComma(toks: readonly Tok[], first: number): number {
  if (!CONTRAST_SUBORDINATORS.has(toks[first - 1]?.norm ?? '')) return -1;
  const k = toks[first - 2]?.norm === 'even' ? first - 3 : first - 2;
  return toks[k]?.text === ',' ? k : -1;
}

/** Content after a cue ends where a following coordinated attribution starts ("P but stated that Q", "P, Newsweek reported"). */
function cutContents(toks: readonly Tok[], drafts: Draft[]): void {
  for (const d of drafts) {
    if (!d.content || !d.contentAfter) continue;
    for (const o of drafts) {
      const first = o.echoComma ?? Math.min(o.cue[0], o.source[0] > d.cue[1] ? o.source[0] : o.cue[0]);
      if (o === d || first <= d.content[0] || first > d.content[1]) continue;
      const prev = toks[first - 1];
      const comma = o.echoComma === undefined ? subordinateComma(toks, first) : -1;
      if (o.echoComma !== undefined) d.content = trim(toks, d.content[0], first - 1);
      else if (prev && (isPunct(prev) || COORDINATORS.has(prev.norm))) d.content = trim(toks, d.content[0], first - 2);
      else if (comma > d.content[0]) d.content = trim(toks, d.content[0], comma - 1);
      if (!d.content) break;
    }
  }
}

function spanText(sentence: Sentence, toks: readonly Tok[], [a, b]: [number, number]): string {
  return sentence.text.slice(toks[a].start - sentence.start, toks[b].end - sentence.start);
}

/** A content span: like the claims, it leaves out a full stop the parser joined to its last word. */
function toSpan(sentence: Sentence, toks: readonly Tok[], range: [number, number]): Span {
  const start = toks[range[0]].start;
  const end = endWithoutStop(toks[range[1]]);
  return { start, end, text: sentence.text.slice(start - sentence.start, end - sentence.start) };
}

/**
 * The tokens that can start a cue, found by one pass before any other work:
 * a sentence with none skips the token copy and the walks, and the loop of
 * `findAttributions` visits only these. Kept in module-level arrays reused
 * by every call (the rule is never re-entered), each word with its lexicon
 * entries, so that no word is looked up twice.
 */
const candidates: number[] = [];
/** The entries of each candidate word; undefined for a dash. */
const candidateEntries: Array<CueEntries | undefined> = [];

/** Fills `candidates` with the cue words and dashes of `tokens`; returns how many. */
function collectCandidates(tokens: readonly Tok[], cues: WordMap<CueEntries>): number {
  let count = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const entries = t.word ? cues.get(t.norm) : undefined;
    if (entries || (!t.word && isDash(t.text))) {
      candidates[count] = i;
      candidateEntries[count++] = entries;
    }
  }
  return count;
}

/** Whether a colon follows the first few words, as after a headline speaker ("WALLACE: P"): the test `headlineSpeaker` starts with. */
function colonAfterOpening(sentence: Sentence): boolean {
  const { tokens, words } = sentence;
  if (words.length === 0) return false;
  const f = words[0];
  for (let c = f + 1; c < tokens.length && c <= f + 7; c++) if (!tokens[c].word) return tokens[c].text === ':';
  return false;
}

/** Attributions of one sentence, in cue order. */
export function findAttributions(sentence: Sentence, lexicons: Lexicons): Attribution[] {
  const count = collectCandidates(sentence.tokens, lexicons.reporting.cues);
  if (count === 0 && !colonAfterOpening(sentence)) return [];
  const toks = toTokens(sentence);
  const drafts: Draft[] = [];
  // Headline capitalisation matters only for a capitalised cue inside the sentence: counted then, once.
  let titleCase: boolean | undefined;
  headlineSpeaker(toks, drafts);
  // Candidates inside a cue already handled are skipped: `next` is the first token after it.
  let next = 0;
  /** A verb cue was taken: a title-case headline has one main verb. */
  let verbTaken = false;
  for (let c = 0; c < count; c++) {
    const i = candidates[c];
    const entries = candidateEntries[c];
    if (i < next) continue;
    if (!entries) {
      quoteByline(toks, i, drafts);
      continue;
    }
    if (entries.noun && toks[i + 1]?.norm === 'that') possessorCue(toks, i, entries.noun, drafts);
    const prep = prepositionAt(toks, i, entries.prepositions);
    if (prep) {
      handlePreposition(toks, i, i + prep.words.length - 1, prep.lemma, prep.kind, drafts);
      next = i + prep.words.length;
      continue;
    }
    const cue = verbAt(toks, i, entries.verbs);
    if (!cue || !isVerbUse(toks, i, cue)) continue;
    // "the United States": outside a title-case headline a capitalised verb form is part of a name.
    if (toks[i].cap && i > firstWord(toks) && !(titleCase ??= isTitleCase(toks))) continue;
    if (toks[i].cap && i > firstWord(toks) && headlineNoun(toks, i, cue, verbTaken)) continue;
    handleVerb(toks, i, cue, drafts);
    verbTaken = true;
    next = i + cue.rest.length + 1;
  }
  cutContents(toks, drafts);
  const attributions: Attribution[] = [];
  for (const d of drafts) attributions.push(toAttribution(sentence, toks, d));
  return attributions;
}

/** `classifySource` of the tokens from `a` to `b`. */
function classifyTokens(toks: readonly Tok[], a: number, b: number): SourceKind {
  const norms: string[] = [];
  const caps: boolean[] = [];
  for (let k = a; k <= b; k++) {
    norms.push(toks[k].norm);
    caps.push(toks[k].cap);
  }
  return classifySource(norms, caps);
}

function toAttribution(sentence: Sentence, toks: readonly Tok[], d: Draft): Attribution {
  const [a, b] = d.source;
  const only = toks[a].norm;
  const kind = a === b && (PRONOUNS.has(only) || OBJECT_PRONOUNS.has(only) || POSSESSIVE_PRONOUNS.has(only)) ? 'pronoun' : classifyTokens(toks, a, b);
  // built field by field: an object spread here cost more than finding the attribution
  const found: Attribution = {
    source: { start: toks[a].start, end: toks[b].end, text: spanText(sentence, toks, d.source), kind },
    cue: { start: toks[d.cue[0]].start, end: toks[d.cue[1]].end, text: spanText(sentence, toks, d.cue), kind: d.kind, lemma: d.lemma },
  };
  if (d.content) {
    if (isOpeningQuote(toks[d.content[0] - 1])) found.quoted = true;
    found.content = toSpan(sentence, toks, d.content);
  }
  return found;
}

const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me']);
