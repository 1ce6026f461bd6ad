/**
 * Finds the frames of one sentence: the cues that embed a proposition
 * ("X stated that P", "indications that P", "the allegations of P"), with
 * the words of their content, whether they are negated, and where the
 * frame's own clause starts. Claims are what is left once frames are peeled
 * off (rules/claims.ts); status reads the frames (rules/status.ts).
 */
import type { CueKind } from '../types';
import {
  AUXILIARIES, BACK_REFERENCE_DETERMINERS, BRIDGE_VERBS, OBJECT_OR_CLAUSE_VERBS, OBJECT_THEN_THAT, CLAUSE_OPENERS, DETERMINERS, EVIDENCE_ADJECTIVES,
  PHRASAL_CUES,
} from '../lexicon/claim-cues';
import { ADVERBIAL_NOUNS, COMPOUND_OPENERS, NOUN_FOLLOWERS, NOUN_HOMOGRAPHS, PHRASE_BEFORE_THAT, PLURAL_DETERMINERS } from '../lexicon/reporting-verbs';
import { S_CONTRACTIONS } from '../lexicon/sources';
import { subjectPredicate, type Predicate } from './propositions';
import { capitalised, hasFinite, looksFinite, type WordView } from './words';

export type FrameKind = CueKind | 'evidence' | 'no-evidence' | 'lack-evidence';

export interface Frame {
  kind: FrameKind;
  lemma: string;
  /** First and last word of the cue, negation and evidence words included. */
  cueStart: number;
  cueEnd: number;
  negated: boolean;
  noun: boolean;
  /** First word of the frame's own clause: its subject, relative pronoun or subordinator. */
  start: number;
  /** The frame's clause is set off from what precedes it (comma, subordinator, relative pronoun). */
  boundary: boolean;
  complement: 'clause' | 'np' | 'question' | 'none';
  contentStart: number;
  contentEnd: number;
  /** The frame whose content holds this one. */
  parent?: Frame;
  /** "Reports that P [were false]": the predicate of a subject noun and the stance it takes on P (rules/propositions.ts). */
  predicate?: Predicate;
}

/** How many frames before or after a frame can hold or cut it: real sentences nest a handful. */
const NEIGHBOURS = 12;
/** Longest subject, appositives included, that a cue's clause is walked back over. */
const MAX_SUBJECT = 40;
const MODALS = new Set(['would', 'will', 'may', 'might', 'could', 'should', 'must', 'can']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const NP_PREPOSITIONS = new Set(['of', 'about', 'over', 'for', 'regarding', 'on']);
/** Which prepositions put a proposition after which noun: "evidence for P", "concerns about P", "the allegations of P". */
function takesNp(noun: string, prep: string): boolean {
  if (prep === 'of') return true;
  if (prep === 'for') return noun === 'evidence' || noun === 'proof';
  return /^(concerns?|fears?|suspicions?|worr(y|ies))$/.test(noun) && prep !== 'for';
}
const PREPOSITIONS = new Set(['from', 'of', 'by', 'for', 'about', 'without', 'after', 'before', 'against', 'in', 'on', 'with', 'into', 'through', 'despite']);
const WH = new Set(['how', 'whether', 'if', 'what', 'why', 'where', 'when', 'who']);
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** Wh-words that open an indirect question after a hearer ("tell you where"); "when" and "if" there are adjuncts. */
const HEARER_WH = new Set(['how', 'whether', 'what', 'why', 'where', 'who']);
/** Second words of the phrasal cues: only before one of them can a phrasal cue start. */
const PHRASAL_SECONDS = new Set(Object.keys(PHRASAL_CUES).map((p) => p.split(' ')[1]));

function negatedBefore(v: WordView, at: number, from: number): number {
  // "could not confirm", "did not rule out", "have not found": returns the first word of the negated group, or -1
  for (let k = at - 1; k >= Math.max(from, at - 3); k--) {
    const c = v.cues[k];
    if (c.negator || c.contractedNot) return k > from && v.cues[k - 1].auxiliary ? k - 1 : k;
    if (!c.auxiliary && !c.groupAdverb && !v.words[k].norm.endsWith('ly')) break;
  }
  return -1;
}

/** Word `k` belongs to a verb group: an auxiliary, a negation, or an adverb inside the group. */
function verbGroupWord(v: WordView, k: number): boolean {
  const c = v.cues[k];
  if (c.auxiliary || c.negator || c.contractedNot || c.groupAdverb) return true;
  const n = v.words[k].norm;
  return n.endsWith('ly') && n.length > 4;
}

/** First words of a segment that is an appositive or an adjunct whatever follows ("a former minister", "who ..."). */
const APPOSITIVE_OPENERS = new Set(['a', 'an', 'who', 'which', 'whose', 'whilst', 'while', 'when', 'after', 'before']);

/** A comma-delimited segment that is transparent between a subject and its verb (an appositive or an adjunct). */
function appositive(v: WordView, s: number, e: number): boolean {
  if (APPOSITIVE_OPENERS.has(v.words[s].norm)) return true;
  return !hasFinite(v, s, e);
}

/** Where the clause of a cue at `cue` starts, walking back over its verb group, subject and appositives. */
export function clauseStart(v: WordView, cue: number, lower: number): { start: number; boundary: boolean } {
  // a subject with its appositives is never this long: the bound keeps run-on text linear
  const from = Math.max(lower, cue - MAX_SUBJECT);
  let pos = cue;
  while (pos - 1 >= from && verbGroupWord(v, pos - 1) && !v.comma[pos]) pos--;
  let subject = false;
  for (;;) {
    if (pos > from && v.comma[pos]) {
      if (subject) return { start: pos, boundary: true };
      let s = pos - 1;
      while (s > from && !v.comma[s]) s--;
      if (!appositive(v, s, pos - 1)) return { start: pos, boundary: true };
      pos = s;
      continue;
    }
    if (pos - 1 < from) return { start: from, boundary: false };
    const n = v.words[pos - 1].norm;
    // "A diplomat familiar with the talks said": "with" opens a clause only after a comma (", with its ministry stating")
    if (n === 'that' && relativeOnSubject(v, pos - 1, from)) { subject = true; pos--; continue; }
    if ((v.cues[pos - 1].clauseOpener && (n !== 'with' || v.comma[pos - 1])) || n === 'that') return { start: pos - 1, boundary: true };
    if ((n === 'but' || n === 'and') && !subject) return { start: pos - 1, boundary: true };
    subject = true;
    pos--;
  }
}

/** Longest subject noun phrase before a relative "that" ("The agency that runs the port"). */
const MAX_RELATIVE_HOST = 5;

/**
 * "The firm that built the bridge said", "The agency that the city hired
 * said": a "that" right after the noun phrase that opens the range is a
 * relative pronoun on the subject, not a complementiser; the subject runs on
 * to the cue.
 */
function relativeOnSubject(v: WordView, that: number, from: number): boolean {
  const host = that - 1;
  if (host < from || host - from >= MAX_RELATIVE_HOST || v.comma[that]) return false;
  const h = v.cues[host];
  // "the claim that", "no doubt that": after a noun that names a proposition, "that" opens its content
  if (h.noun || h.cueBase || h.stanceBase || h.determiner || h.auxiliary || v.words[host].norm.endsWith('ly')) return false;
  if (!(v.cues[from].determiner || capitalised(v.words[from]))) return false;
  // "There's no doubt that", "It's not something that": a clitic verb makes the phrase a clause
  for (let k = from; k <= host; k++) if (S_CONTRACTIONS.has(v.words[k].norm)) return false;
  return !hasFinite(v, from, host);
}

/** Subordinators that open a subjectless participle clause ("if confirmed", "once approved"); "as reported" does report. */
const REDUCED_CLAUSE_OPENERS = new Set(['if', 'unless', 'once', 'until', 'when', 'though', 'although', 'whether']);

/** Verbs that name or label an object: with the object missing ("that X called "a lie"") the clause is relative. */
const NAMING_VERBS = new Set(['called', 'termed', 'dubbed', 'labelled', 'labeled', 'branded', 'described', 'dismissed', 'derided', 'denounced']);

/** Verbs that make or spread a claim and need an object: "the claims that he made", "the allegations that they repeated". */
const MAKING_VERBS = new Set(['made', 'raised', 'repeated', 'published', 'spread', 'circulated', 'voiced', 'aired', 'levelled', 'leveled', 'cited', 'received', 'heard', 'printed', 'broadcast']);

/**
 * Whether the clause from `s` is a relative clause about the noun before it:
 * a short subject, then a naming verb whose object is missing, as a quotation
 * or "as ..." follows the verb directly, or a verb of making claims that ends
 * the clause without its object.
 */
function namesItsAntecedent(v: WordView, s: number, to: number): boolean {
  for (let k = s + 1; k <= Math.min(to, s + 4); k++) {
    if (v.comma[k] || v.words[k].norm === 'that') return false;
    const n = v.words[k].norm;
    if (MAKING_VERBS.has(n) && (k === to || v.comma[k + 1])) return true;
    if (!NAMING_VERBS.has(n)) continue;
    return k === to || v.quote[k + 1] || v.words[k + 1].norm === 'as';
  }
  return false;
}

/** Longest relative clause set off by commas after a noun that is walked over. */
const MAX_RELATIVE = 15;

/** Where the verb after a relative clause set off by commas from `j` ("report, which ..., claims") stands, or -1. */
function relativeEnd(v: WordView, j: number, to: number): number {
  if (j > to || !v.comma[j] || !RELATIVE_OPENERS.has(v.words[j].norm)) return -1;
  for (let k = j + 1; k <= to && k <= j + MAX_RELATIVE; k++) if (v.comma[k]) return k;
  return -1;
}
const RELATIVE_OPENERS = new Set(['which', 'who']);

/** Noun frames: "indications that P", "evidence to suggest that P", "the allegations of P", "concerns about P". */
function nounFrame(v: WordView, i: number, from: number, to: number): Frame | undefined {
  const n = v.words[i].norm;
  const base = v.cues[i].noun;
  if (!base || (i > from && v.words[i - 1].norm === 'to')) return undefined;
  let j = i + 1;
  let complement: Frame['complement'] = 'none';
  let contentStart = -1;
  let verbAt = -1;
  if (j <= to && NP_PREPOSITIONS.has(v.words[j].norm) && takesNp(n, v.words[j].norm) && !v.comma[j]) {
    complement = 'np';
    contentStart = j + 1;
  } else {
    // "reports indicate that", "evidence to suggest that", "concerns have been raised that"
    // "The report, which has not been verified, claims that": a relative clause on the noun is skipped
    const resume = relativeEnd(v, j, to);
    if (resume > j) j = resume;
    for (let steps = 0; j <= to && steps < 5 && (!v.comma[j] || j === resume); j++, steps++) {
      const w = v.words[j].norm;
      if (w === 'that') {
        // "a claim that Dorvania called "pure invention"": "that" opens a relative clause, not the claim's content
        if (namesItsAntecedent(v, j + 1, to)) return undefined;
        complement = 'clause';
        contentStart = j + 1;
        break;
      }
      if (AUXILIARIES.has(w) || w === 'to' || w === 'raised' || w === 'voiced' || w === 'expressed') continue;
      const b = v.cues[j].cueBase;
      if (b && v.verbs[b] !== 'call') {
        verbAt = j;
        if (j + 1 <= to && v.words[j + 1].norm !== 'that' && ((BRIDGE_VERBS.has(b) && hasFinite(v, j + 1, Math.min(to, j + 5))) || (OBJECT_OR_CLAUSE_VERBS.has(b) && thatlessClause(v, j + 1, to)))) {
          complement = 'clause';
          contentStart = j + 1;
          break;
        }
        continue;
      }
      break;
    }
  }
  if (contentStart < 0 || contentStart > to) return undefined;
  // the frame's clause: back over adjectives, determiners and "lack of"
  let start = i;
  while (start - 1 >= from && !v.comma[start] && (EVIDENCE_ADJECTIVES.has(v.words[start - 1].norm) || DETERMINERS.has(v.words[start - 1].norm)) && v.words[start - 1].norm !== 'to') start--;
  let kind: FrameKind = base;
  const before = start - 1 >= from ? v.words[start - 1].norm : '';
  // "no evidence", "have not found verifiable evidence": the negation may stand before a light verb
  let negStart = negatedBefore(v, start, from);
  if (negStart < 0 && start - 1 > from && !PREPOSITIONS.has(v.words[start - 1].norm)) negStart = negatedBefore(v, start - 1, from);
  let no = false;
  for (let k = start; k < i && !no; k++) no = v.words[k].norm === 'no';
  const lack = before === 'of' && start - 2 >= from && ['lack', 'absence'].includes(v.words[start - 2].norm);
  const negated = no || negStart >= 0;
  if (base === 'evidence' || base === 'belief') {
    if (negated) kind = 'no-evidence';
    else if (lack) kind = 'lack-evidence';
  }
  if (lack) start -= 2;
  const cueStart = negStart >= 0 ? Math.min(negStart, start) : start;
  const boundary = start > from && (v.comma[start] || CLAUSE_OPENERS.has(v.words[start - 1].norm));
  if (verbAt >= 0 && base !== 'evidence' && !negated) {
    // "reports indicate that P", "The report revealed that P": the noun is the source, the verb the cue
    const lemma = v.cues[verbAt].cueBase ?? n;
    return {
      kind: v.verbs[lemma] ?? base, lemma, cueStart: verbAt, cueEnd: contentStart - 1, negated, noun: false, start, boundary,
      complement, contentStart, contentEnd: to,
    };
  }
  const frame: Frame = {
    kind, lemma: n, cueStart, cueEnd: contentStart - 1, negated, noun: true, start, boundary,
    complement, contentStart, contentEnd: to,
  };
  // a subject noun ("Reports that P were false"): its content ends before the main verb, whose predicate may judge P
  const opener = start > from ? v.words[start - 1].norm : '';
  if (complement === 'clause' && (start === from || boundary || opener === 'and' || opener === 'but' || opener === 'that')) {
    const main = subjectPredicate(v, contentStart, to);
    if (main) {
      frame.contentEnd = main.at - 1;
      frame.predicate = main.predicate;
    }
  }
  return frame;
}

/** Pronouns that open a "that"-less content clause: "confirmed it was", "admitted he lied". */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'there']);
/** Longest subject noun phrase read before the finite verb of a "that"-less clause. */
const MAX_THATLESS_SUBJECT = 4;

/**
 * Whether the words from `k` open a clause without "that": a subject pronoun,
 * or a short determiner or name phrase, directly followed by a finite verb
 * ("showed the water contained lead"); not an object ("confirmed the deal on
 * Monday") nor a noun with a participle ("found evidence indicating ...").
 */
function thatlessClause(v: WordView, k: number, to: number): boolean {
  if (k + 1 > to || v.comma[k + 1]) return false;
  const first = v.words[k];
  if (SUBJECT_PRONOUNS.has(first.norm)) return looksFinite(v, k + 1);
  if (!(v.cues[k].determiner || capitalised(first))) return false;
  for (let q = k + 1; q <= to && q <= k + MAX_THATLESS_SUBJECT; q++) {
    if (v.comma[q] || PREPOSITIONS.has(v.words[q].norm) || v.words[q].norm === 'that') return false;
    if (looksFinite(v, q)) return true;
  }
  return false;
}

/** A "that" among the words from `k` up to `to`, within a few words and before any comma. */
function thatAhead(v: WordView, k: number, to: number): boolean {
  for (let j = k; j <= to && j < k + PHRASE_BEFORE_THAT && !v.comma[j]; j++) if (v.words[j].norm === 'that') return true;
  return false;
}

/** Longest relative clause on a medium noun that is skipped before the content's own "that". */
const MAX_MEDIUM_RELATIVE = 12;

/**
 * "said in a statement that was read out on Monday that P": a "that" after the
 * phrase following the cue, with a finite verb next, opens a relative clause
 * on the noun before it; the content's "that" comes later. Returns that later
 * "that", or `k` when there is none.
 */
function thatAfterRelative(v: WordView, k: number, to: number): number {
  if (k + 1 > to || !(looksFinite(v, k + 1) || v.words[k + 1].norm.endsWith('ed'))) return k;
  for (let j = k + 2; j <= to && j <= k + MAX_MEDIUM_RELATIVE && !v.comma[j]; j++) if (v.words[j].norm === 'that') return j;
  return k;
}

/**
 * "said to reporters that P", "explained to the committee that P": the
 * "that" after a hearer in a "to" phrase at `k`, or -1. Not "said to be",
 * "added to fears that" (a verb or a proposition noun ends the hearer).
 */
function thatAfterHearer(v: WordView, k: number, to: number): number {
  if (k > to || v.words[k].norm !== 'to') return -1;
  for (let j = k + 1; j <= Math.min(to, k + 6) && !v.comma[j]; j++) {
    const n = v.words[j].norm;
    if (n === 'that') return j > k + 1 ? j : -1;
    if (n === 'to' || WH.has(n) || v.cues[j].noun || looksFinite(v, j)) return -1;
  }
  return -1;
}

/**
 * "nine states and", "in member states that", "several witness reports":
 * the -s form at `i` is a plural noun after a plural quantifier, or after a
 * bare singular noun that a preposition or a plural quantifier opens (the
 * noun cannot be a subject, so it modifies the -s form).
 */
function pluralNoun(v: WordView, i: number, from: number): boolean {
  if (i - 1 < from || v.comma[i]) return false;
  if (PLURAL_DETERMINERS.has(v.words[i - 1].norm)) return true;
  if (i - 2 < from || v.comma[i - 1] || !COMPOUND_OPENERS.has(v.words[i - 2].norm)) return false;
  const m = v.words[i - 1];
  return !/[^s]s$/.test(m.norm) && !capitalised(m) && !AUXILIARIES.has(m.norm) && !ADVERBIAL_NOUNS.has(m.norm);
}

/** Verb frames: "stated (on Sunday) that P", "told reporters that P", "urged X to", "noting NP". */
function verbFrame(v: WordView, i: number, from: number, to: number, titleCase: boolean): Frame | undefined {
  const w = v.words[i];
  let lemma: string | undefined;
  let kind: CueKind | undefined;
  let cueEnd = i;
  const next = i + 1 <= to ? v.words[i + 1].norm : '';
  // most words are no cue: the memoised lookups decide that before anything else is read
  const { phrasal: firsts, cueBase } = v.cues[i];
  for (let f = 0; f < firsts.length && PHRASAL_SECONDS.has(next); f++) {
    const phrase = `${firsts[f]} ${next}`;
    if (PHRASAL_CUES[phrase]) {
      lemma = phrase;
      kind = PHRASAL_CUES[lemma];
      cueEnd = i + 1;
    }
  }
  if (!lemma) {
    lemma = cueBase;
    if (!lemma) return undefined;
    kind = v.verbs[lemma];
  }
  // "the United States": a capital marks a name, except in a title-case headline
  if (!titleCase && i > 0 && capitalised(w)) return undefined;
  // "member states from buying", "reports of shelling", "from any member state.": a verb-noun homograph (not "stated",
  // "reporting") before "of" or "from", or ending the sentence, is a noun; not before a "that" clause ("reports from Kyiv that")
  const last = i + 1 >= v.words.length || v.cite[i + 1];
  const nounBefore = (NOUN_FOLLOWERS.has(next) && !thatAhead(v, i + 2, to)) || last;
  if (NOUN_HOMOGRAPHS.has(lemma) && nounBefore && !w.norm.endsWith('ed') && !w.norm.endsWith('ing')) return undefined;
  if (NOUN_HOMOGRAPHS.has(lemma) && w.norm.endsWith('s') && pluralNoun(v, i, from)) return undefined;
  // "The shipment, estimated at 300 tonnes, left", "The man, believed to be 40, was": a participle right after a comma
  // opens a reduced relative clause about the noun before it, no one's report (not "Graham, a senator, stated that")
  if (i > from && v.comma[i] && w.norm.endsWith('ed') && reducedRelative(v, i, to)) return undefined;
  // "The allegations, if confirmed, would ...": a participle right after a subordinator is a reduced passive clause, no one's report
  if (i > from && REDUCED_CLAUSE_OPENERS.has(v.words[i - 1].norm) && w.norm.endsWith('ed')) return undefined;
  // "the bank appealed.": a call needs someone or something to call for
  if (!kind || (kind === 'call' && cueEnd + 1 > to)) return undefined;
  const prev = i > from ? v.words[i - 1].norm : '';
  // "its calls", "to call for", "from denouncing": a noun, an infinitive or a gerund in a phrase
  if (i > from && ((v.cues[i - 1].determiner && prev !== 'that') || POSSESSIVES.has(prev) || PREPOSITIONS.has(prev) || (BACK_REFERENCE_DETERMINERS.has(prev) && prev !== 'that'))) return undefined;
  // "Lemara's state energy company": a possessor makes a noun (not "he's said")
  if (i > from && prev.endsWith("'s") && !S_CONTRACTIONS.has(prev)) return undefined;
  // "was dismissed by", "is believed to": a passive or adjectival participle is not a frame
  let b = i - 1;
  while (b > from && v.words[b].norm.endsWith('ly')) b--;
  if (b >= from && BE.has(v.words[b].norm) && !w.norm.endsWith('ing')) return undefined;
  const negStart = negatedBefore(v, i, from);
  const negated = negStart >= 0;
  let complement: Frame['complement'] = 'none';
  let contentStart = cueEnd + 1;
  // "underscores a potential shift ... that could": after a plain object, "that" opens a relative clause
  // "reported this week that P": a determiner and a period noun make a time adverbial, not the object
  const objectFirst = i + 1 <= to && v.cues[i + 1].determiner && next !== 'that' && !OBJECT_THEN_THAT.has(lemma) && !(i + 2 <= to && PERIOD_NOUNS.has(v.words[i + 2].norm));
  for (let k = cueEnd + 1; k <= Math.min(to, objectFirst ? cueEnd : cueEnd + 9); k++) {
    const n = v.words[k].norm;
    if (v.quote[k] && (k === cueEnd + 1 || v.comma[k])) { complement = 'clause'; contentStart = k; break; }
    if (n === 'that') { complement = 'clause'; contentStart = (k > cueEnd + 1 ? thatAfterRelative(v, k, to) : k) + 1; break; }
    // "tell you where a ship was", "showed reporters how": after a hearer, a wh-word still opens the complement
    if (WH.has(n) && (k === cueEnd + 1 || (OBJECT_THEN_THAT.has(lemma) && HEARER_WH.has(n)))) {
      complement = n === 'how' && (kind === 'factive' || kind === 'belief') ? 'clause' : 'question';
      contentStart = n === 'how' ? k + 1 : k;
      break;
    }
    if (v.comma[k] && k > cueEnd + 1) break;
    if (n === 'to' || POSSESSIVES.has(n) || v.cues[k].noun || (k > cueEnd + 1 && looksFinite(v, k))) break;
  }
  if (complement === 'none' && kind !== 'call') {
    const that = thatAfterHearer(v, cueEnd + 1, to);
    if (that >= 0) { complement = 'clause'; contentStart = that + 1; }
  }
  if (complement === 'none' && kind !== 'call' && cueEnd + 1 <= to) {
    let stop = cueEnd + 1;
    while (stop < to && stop < cueEnd + 7 && !v.comma[stop + 1]) stop++;
    const first = v.words[cueEnd + 1].norm;
    const finite = hasFinite(v, cueEnd + 2, stop) || finiteAfterParenthetical(v, stop + 1, to);
    // "found there was no risk": an existential "there" and its verb open a clause after any verb, never an object
    const existential = first === 'there' && cueEnd + 2 <= to && looksFinite(v, cueEnd + 2);
    if (((BRIDGE_VERBS.has(lemma) || existential) && !NP_PREPOSITIONS.has(first) && first !== 'to' && finite) || (OBJECT_OR_CLAUSE_VERBS.has(lemma) && thatlessClause(v, cueEnd + 1, to))) complement = 'clause';
    else complement = 'np';
    contentStart = cueEnd + 1;
  }
  // "would soon announce intentions": a predicted act with a plain object is an event, not a report
  let m = i - 1;
  while (m > from && (v.words[m].norm === 'soon' || v.words[m].norm.endsWith('ly'))) m--;
  if (complement !== 'clause' && m >= from && MODALS.has(v.words[m].norm)) return undefined;
  const { start, boundary } = clauseStart(v, negated ? Math.min(negStart, i) : i, from);
  return {
    kind, lemma, cueStart: negated ? Math.min(negStart, i) : i, cueEnd, negated, noun: false, start, boundary,
    complement, contentStart: Math.min(contentStart, to + 1), contentEnd: to,
  };
}

/** Nouns of a period that, after "this" or "each", make a time adverbial ("this week", "this morning"). */
const PERIOD_NOUNS = new Set(['week', 'month', 'year', 'morning', 'afternoon', 'evening', 'weekend', 'spring', 'summer', 'autumn', 'winter']);

/** Longest parenthetical skipped after the subject of a content clause, and how far past it its verb may come. */
const MAX_PARENTHETICAL = 10;
const VERB_AFTER_PARENTHETICAL = 3;

/**
 * Whether a comma among the words from `k` to `limit` closes a parenthetical, with a finite verb within a few words
 * after it: the sentence goes on past the parenthetical.
 */
function finiteAfterClosingComma(v: WordView, k: number, limit: number, to: number): boolean {
  for (let j = k; j <= to && j <= limit; j++) {
    if (v.comma[j]) return hasFinite(v, j, Math.min(to, j + VERB_AFTER_PARENTHETICAL - 1));
  }
  return false;
}

/** "said the port, damaged in the storm, had reopened": a parenthetical opening at word `open`, and the verb after it. */
function finiteAfterParenthetical(v: WordView, open: number, to: number): boolean {
  return open <= to && v.comma[open] && finiteAfterClosingComma(v, open + 1, open + MAX_PARENTHETICAL, to);
}

/** "The cargo, estimated at 300 tonnes, was unloaded": the participle at `i` opens a parenthetical before the sentence's verb. */
function reducedRelative(v: WordView, i: number, to: number): boolean {
  return finiteAfterClosingComma(v, i + 2, i + MAX_PARENTHETICAL, to);
}

/** Words that end a noun-phrase content: a clause of its own starts there. */
const NP_ENDERS = new Set(['that', 'which', 'who', 'because', 'but']);

/** End of a noun-phrase content: the next comma or clause boundary. */
function npEnd(v: WordView, s: number, to: number): number {
  for (let k = s + 1; k <= to; k++) {
    if (v.comma[k] && v.words[k].norm !== 'including') return k - 1;
    if (NP_ENDERS.has(v.words[k].norm)) return k - 1;
    if (looksFinite(v, k) && k > s + 1) return k - 1;
  }
  return to;
}

/**
 * All frames of the word range [from, to], in order, with content ends cut
 * before the next clause that is set off (a sibling or relative frame) and
 * each frame linked to the frame whose content holds it.
 */
export function findFrames(v: WordView, from: number, to: number, titleCase = false): Frame[] {
  const frames: Frame[] = [];
  let consumedTo = -1;
  for (let i = from; i <= to; i++) {
    if (i <= consumedTo || v.cite[i]) continue;
    // most words are no cue at all: neither kind of frame can start there
    const c = v.cues[i];
    if (c.noun === undefined && c.cueBase === undefined && c.phrasal.length === 0) continue;
    const f = nounFrame(v, i, from, to) ?? verbFrame(v, i, from, to, titleCase);
    if (!f) continue;
    frames.push(f);
    consumedTo = f.cueEnd;
  }
  // frames are in text order; looking a bounded number of frames ahead and back keeps this linear
  for (let i = 0; i < frames.length; i++) {
    const f = frames[i];
    if (f.complement === 'np') f.contentEnd = npEnd(v, f.contentStart, to);
    for (let j = i + 1; j < Math.min(frames.length, i + NEIGHBOURS); j++) {
      const g = frames[j];
      if (g.cueStart <= f.contentStart || !g.boundary || g.start < f.contentStart) continue;
      if (g.start - 1 < f.contentEnd) f.contentEnd = Math.max(f.contentStart - 1, g.start - 1);
      break;
    }
  }
  for (let j = 0; j < frames.length; j++) {
    const g = frames[j];
    const opener = v.words[g.start]?.norm;
    const relative = opener === 'which' || opener === 'who' || opener === 'that';
    let best: Frame | undefined;
    for (let i = Math.max(0, j - NEIGHBOURS); i < j; i++) {
      const f = frames[i];
      if (g.cueStart < f.contentStart) continue;
      const inside = g.cueStart <= f.contentEnd || (relative && g.start === f.contentEnd + 1);
      if (inside && (!best || f.contentStart > best.contentStart)) best = f;
    }
    g.parent = best;
    // "Reports that the minister said he resigned were false": reported content ends where the subject noun's content does
    if (best?.predicate && g.contentEnd > best.contentEnd) g.contentEnd = Math.max(g.contentStart - 1, best.contentEnd);
  }
  return frames;
}
