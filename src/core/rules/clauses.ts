/**
 * Turns a clause (a frame's content, or a sentence's main clause) into claim
 * candidates: trims it, splits coordinated and causal parts, and drops what
 * GUIDE.md section 1 says is not a claim (opinions, calls for action, the
 * speaker's own intentions, indirect questions).
 */
import { ATTITUDE_VERBS, BASIS_NOUNS, INTENT_NOUNS, INTERPRETIVE_PHRASES, OPEN_QUESTION_ADJECTIVES, SPEAKER_PRONOUNS, SUBJECT_PRONOUNS, WISH_VERBS } from '../lexicon/claim-cues';
import type { StatusCue } from './status';
import { capitalised, numeric, type WordView } from './words';

/** A claim before offsets: words [from, to] and the cues that govern it. */
export interface Candidate {
  from: number;
  to: number;
  cues: StatusCue[];
  /** Hedge words outside the span that govern it ("perhaps including X"). */
  hedgeWords?: number[];
}

const PARENTHETICAL_HEDGES = new Set(['perhaps', 'possibly', 'probably', 'likely', 'reportedly', 'allegedly', 'apparently']);
/** Prepositions and subordinators that open an adverbial after a hedge ("reportedly after a row", "apparently in protest"), not an event of its own ("possibly including X"). */
const TRAILING_ADVERBIAL_OPENERS = new Set(['after', 'before', 'over', 'amid', 'in', 'on', 'at', 'for', 'from', 'with', 'without', 'during', 'following', 'because', 'due', 'under', 'as', 'by', 'to', 'since', 'when', 'while']);
/** Subordinators that "even" may lead: "even as", "even though", "even if", "even when". */
const EVEN_SUBORDINATORS = new Set(['as', 'though', 'if', 'when', 'after', 'before', 'while']);
const FUTURE_TIME = new Set(['soon', 'shortly', 'later', 'eventually', 'next', 'tomorrow']);
const CONNECTORS = new Set(['that', 'and', 'but', 'or', 'because', 'as', 'while']);
/** Modals of an evaluative tail (", which would ..."). */
const TENTATIVE_MODALS = new Set(['would', 'could', 'might']);

export interface ClauseOptions {
  /** The words [first, last] of the frame's source and subject, to spot the speaker's own plans. */
  speaker?: readonly [number, number];
  /** Cut a participial tail (", signaling ...") off an author's own sentence. */
  cutTail?: boolean;
}

/** First words of the copular evaluations: only there can one start. */
const INTERPRETIVE_FIRST = new Set(INTERPRETIVE_PHRASES.map((p) => p[0]));

/** Words that open an indirect question. */
const QUESTION_WORDS = new Set(['whether', 'what', 'why', 'who']);
/** Words that open the open question after "not clear", "unknown": "who", "whether", "how" ... */
const OPEN_QUESTION_WORDS = new Set(['whether', 'what', 'why', 'who', 'whom', 'how', 'when', 'where', 'which', 'if']);

/** Whether "if" or "unless" opens a condition in the clause [s, e]. */
function conditional(v: WordView, s: number, e: number): boolean {
  for (let k = s; k <= e; k++) if (v.words[k].norm === 'if' || v.words[k].norm === 'unless') return true;
  return false;
}

/** Whether the words from `k` on are the phrase `p`. */
function startsPhrase(words: WordView['words'], k: number, p: readonly string[]): boolean {
  for (let i = 0; i < p.length; i++) if (k + i >= words.length || words[k + i].norm !== p[i]) return false;
  return true;
}

function trim(v: WordView, from: number, to: number): [number, number] {
  while (from <= to && (v.cite[from] || leadingConnector(v, from, to))) from++;
  while (to >= from && (v.cite[to] || trailingConnector(v, to))) to--;
  return [from, to];
}

/** A connector opening [k, to] that is no part of the claim. */
function leadingConnector(v: WordView, k: number, to: number): boolean {
  const n = v.words[k].norm;
  if (!CONNECTORS.has(n)) return false;
  // "That was the whole answer": a "that" before an auxiliary is the demonstrative subject;
  // "That offer has not been answered": so is a capitalised "That" opening a sentence, a determiner
  return !(n === 'that' && k < to && (v.cues[k + 1].auxiliary || (k === 0 && capitalised(v.words[k]))));
}

/** A connector closing a claim at `k`, which belongs to the clause after it. */
function trailingConnector(v: WordView, k: number): boolean {
  const n = v.words[k].norm;
  // "P, even as Q": "even" before a subordinator that starts the next clause belongs to it
  return CONNECTORS.has(n) || (n === 'even' && EVEN_SUBORDINATORS.has(v.words[k + 1]?.norm));
}

/** Whether `word` is one of the speaker's words, a possessive read without its "'s" ("China's" is "china"). */
function isSpeaker(v: WordView, [first, last]: readonly [number, number], word: string): boolean {
  for (let k = first; k <= last; k++) {
    const n = v.words[k].norm;
    if ((n.endsWith("'s") ? n.slice(0, -2) : n) === word) return true;
  }
  return false;
}

/** Whether the clause [s, e] is an opinion, a call, an intention or a question rather than a checkable claim. */
export function notAClaim(v: WordView, s: number, e: number, speaker?: readonly [number, number]): boolean {
  if (e - s < 1) return true;
  const { words, cues } = v;
  const w = (k: number) => (k >= 0 && k < words.length ? words[k].norm : '');
  for (let k = s; k <= Math.min(e, s + 10); k++) {
    // what this loop looks for are modals and auxiliaries ("would", "will" and "won't" are auxiliaries too)
    if (!cues[k].deontic && !cues[k].auxiliary) continue;
    const n = words[k].norm;
    if (cues[k].deontic) return true;
    if (n === 'would' || n === "wouldn't") {
      const soon = FUTURE_TIME.has(w(k + 1)) || FUTURE_TIME.has(w(k + 2));
      if (!soon || k === s + 1) return true;
      break;
    }
    if (n === 'will' || n === "won't") {
      // "China will remain steadfast", said by China's spokeswoman: the speaker's own plan
      let h = s;
      while (h < k && cues[h].determiner) h++;
      const subj = w(h).replace(/'s$/, '');
      if (SPEAKER_PRONOUNS.has(w(s)) || (h < k && speaker && isSpeaker(v, speaker, subj))) return true;
      break;
    }
    // "If it had rained, the match might have been cancelled": a counterfactual is no claim (GUIDE.md section 1)
    if ((n === 'might' || n === 'could') && w(k + 1) === 'have' && conditional(v, 0, e)) return true;
    // an auxiliary: "X was essential", "it is a grave error": a copula before an evaluation
    for (let j = k + 1; j <= Math.min(e, k + 4); j++) {
      if (cues[j].evaluative) return true;
      // "It was not immediately clear who fired first": an open question
      if (OPEN_QUESTION_ADJECTIVES.has(words[j].norm) && OPEN_QUESTION_WORDS.has(w(j + 1))) return true;
    }
    break;
  }
  // "The farmer wants oil companies to pay": a wish
  for (let k = s + 1; k <= Math.min(e - 1, s + 12); k++) {
    if (WISH_VERBS.has(words[k].norm) && (w(k + 1) === 'to' || w(k + 2) === 'to' || w(k + 3) === 'to' || w(k + 4) === 'to')) return true;
  }
  for (let k = s; k < e; k++) {
    if (!cues[k].phraseStart) continue;
    const n = words[k].norm;
    if (INTENT_NOUNS.has(n) && k + 1 < words.length && cues[k + 1].auxiliary && w(k + 2) === 'to') return true;
    if (n === 'to' && w(k + 1) === 'be' && w(k + 2) === 'seen') return true;
    if (INTERPRETIVE_FIRST.has(n) && INTERPRETIVE_PHRASES.some((p) => startsPhrase(words, k, p))) return true;
  }
  if (SUBJECT_PRONOUNS.has(w(s)) && ATTITUDE_VERBS.has(w(s + 1))) return true;
  // "there is no truth to the reports": a verdict on what it names, which is the claim (rules/propositions.ts)
  if (w(s) === 'there' && (w(s + 2) === 'no' || w(s + 2) === 'little') && BASIS_NOUNS.has(w(s + 3))) return true;
  if (QUESTION_WORDS.has(w(s))) return true;
  return false;
}

/** "the city hospital, which trains about 2,000 nurses a year": a relative clause with a quantity inside an opinion. */
function quantityRelatives(v: WordView, s: number, e: number): [number, number][] {
  const out: [number, number][] = [];
  for (let k = s + 1; k <= e; k++) {
    if (!v.comma[k] || !['which', 'who'].includes(v.words[k].norm)) continue;
    let end = k + 1;
    while (end < e && !v.comma[end + 1]) end++;
    if (!v.words.slice(k, end + 1).some(numeric)) continue;
    let head = k - 1;
    // "Russian forces", "the Amber Sea Arms Accord": take capitalised modifiers, a whole name, along with the head noun
    while (head > s && k - head < 7 && capitalised(v.words[head - 1]) && !v.comma[head]) head--;
    out.push([head, end]);
  }
  return out;
}

/**
 * Claim candidates in the clause [from, to], each with `cues`. Splits on
 * "and that", "because" and ", and he"; cuts evaluative tails (", which
 * would ...", ", a move that ..."); splits off a hedged parenthetical
 * (", perhaps including X,").
 */
export function clauseClaims(v: WordView, from: number, to: number, cues: StatusCue[], opts: ClauseOptions = {}): Candidate[] {
  [from, to] = trim(v, from, to);
  if (to < from) return [];
  const { words } = v;
  const w = (k: number) => (k >= 0 && k < words.length ? words[k].norm : '');
  for (let k = from + 1; k <= to; k++) {
    const n = words[k].norm;
    const comma = v.comma[k];
    // "P and that Q", "P because Q", "P, and he Q": two claims
    const andBut = n === 'and' || n === 'but';
    const twoThat = andBut && w(k + 1) === 'that';
    const pronoun = comma && andBut && SUBJECT_PRONOUNS.has(w(k + 1));
    if (twoThat || pronoun || n === 'because') {
      return [...clauseClaims(v, from, k - 1, cues, opts), ...clauseClaims(v, twoThat ? k + 2 : k + 1, to, cues, opts)];
    }
    // the other cuts start after a comma
    if (!comma) continue;
    // evaluative tails: ", which would ...", ", a move that ..."
    if ((n === 'which' && TENTATIVE_MODALS.has(w(k + 1))) || ((n === 'a' || n === 'an') && (w(k + 2) === 'that' || w(k + 2) === 'which'))) {
      return clauseClaims(v, from, k - 1, cues, opts);
    }
    if (PARENTHETICAL_HEDGES.has(n) && k + 1 <= to) {
      let end = k + 1;
      while (end < to && !v.comma[end + 1]) end++;
      // "P, reportedly after a row.": a hedged adverbial that ends the clause qualifies P, so P with it is one claim
      if (end === to && TRAILING_ADVERBIAL_OPENERS.has(w(k + 1))) break;
      const aside: Candidate = { from: k + 1, to: end, cues, hedgeWords: [k] };
      return [...clauseClaims(v, from, k - 1, cues, opts), aside];
    }
    if (opts.cutTail && n.endsWith('ing') && n !== 'including' && k - from > 3) {
      return clauseClaims(v, from, k - 1, cues, { ...opts, cutTail: false });
    }
  }
  if (notAClaim(v, from, to, opts.speaker)) {
    return quantityRelatives(v, from, to).map(([s, e]) => ({ from: s, to: e, cues }));
  }
  return [{ from, to, cues }];
}
