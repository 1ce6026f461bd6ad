/**
 * Claim extraction (GUIDE.md section 1): the innermost checkable
 * propositions of a sentence. Frames (rules/frames.ts) are peeled off; their
 * contents, the sentence's own main clause and its noun-phrase propositions
 * become claims; opinions, calls, intentions and questions do not. Each claim
 * gets its status and explanation from rules/status.ts.
 */
import type { Attribution, Hedge, Status } from '../types';
import { endWithoutStop, type Sentence } from '../sentences';
import { BACK_REFERENCE_DETERMINERS, CHARGE_PREPOSITIONS, HEDGE_WORDS, NON_SPEECH_WITH_NP, NP_PROPOSITION_VERBS, REPORT_SUBJECTS, TRUTH_PREDICATES, VERDICT_NOUNS, type ClaimCueLexicon } from '../lexicon/claim-cues';
import { wordMemo } from '../lexicon/word-memo';
import { findFrames, type Frame } from './frames';
import { sentenceLayout, type EdgeAttribution } from './layout';
import { clauseClaims, type Candidate } from './clauses';
import { backReferences, eventSubject, gerundObject, interpretiveVerb } from './propositions';
import { decideStatus, type StatusCue, type StatusHedge } from './status';
import { capitalised, looksFinite, wordView, type WordView } from './words';

/** A claim before the document assembles indices. */
export interface ClaimDraft {
  start: number;
  end: number;
  status: Status;
  explanation: string;
  attribution?: Attribution;
  hedges: Hedge[];
}

export interface SentenceContext {
  headline: boolean;
  /** The verb cues under the user's settings; the built-in ones by default. */
  cues?: ClaimCueLexicon;
}

/** Frames nested deeper than this are run-on text, not reporting: the innermost ones decide. */
const MAX_DEPTH = 6;

/** Headlines shorter than this are labels ("Russia-China Ties"), not claims. */
const MIN_HEADLINE_WORDS = 4;

/** First words of a frame's clause that come before its source ("which", "and" ...). */
const SOURCE_OPENERS = new Set(['which', 'who', 'that', 'as', 'with', 'but', 'and', 'while', 'whilst']);
/** Words that end a source but belong to its verb group ("Peskov also", "the ministry has"). */
const SOURCE_TRAILERS = new Set(['also', 'both', 'has', 'have', 'had', 'did', 'could', 'not', 'repeatedly']);
/** Words that close a cue's words but not its text ("stated that" -> "stated"). */
const CUE_PARTICLES = new Set(['that', 'of', 'for', 'about', 'over']);
const RELATIVE_PRONOUNS = new Set(['who', 'which']);
const REFUSALS = new Set(['declined', 'refused', 'declines', 'refuses']);
/** For frames without nested frames. */
const NO_FRAMES: readonly Frame[] = [];

/** The sentence's text from word `s` to word `e`. */
function wordsText(v: WordView, sentence: Sentence, s: number, e: number): string {
  return sentence.text.slice(v.words[s].start - sentence.start, v.words[e].end - sentence.start);
}

class SentenceClaims {
  readonly out: Candidate[] = [];
  constructor(readonly v: WordView, readonly sentence: Sentence, readonly edges: StatusCue[]) {}

  text(s: number, e: number): string {
    return wordsText(this.v, this.sentence, s, e);
  }

  /** The subject words of a verb frame, as a short source name ("Jens Stoltenberg"). */
  source(f: Frame): string | undefined {
    if (f.noun) return undefined;
    // "said the images suggest that P": a nested frame's subject starts inside its parent's content
    let s = f.parent ? Math.max(f.start, f.parent.contentStart) : f.start;
    const first = this.v.words[s]?.norm;
    if (first !== undefined && SOURCE_OPENERS.has(first)) s++;
    let e = f.cueStart - 1;
    for (let k = s + 1; k <= e; k++) if (this.v.comma[k]) { e = k - 1; break; }
    while (e >= s && SOURCE_TRAILERS.has(this.v.words[e].norm)) e--;
    return e >= s ? this.text(s, e) : undefined;
  }

  cue(f: Frame): StatusCue {
    // "Reports that P were false": the predicate's stance on P replaces the noun's report; a truth word is the author's (or the edge source's) judgement
    if (f.predicate) {
      const { kind, negated, start, end } = f.predicate;
      const judge = TRUTH_PREDICATES.has(this.v.words[end].norm) || VERDICT_NOUNS.has(this.v.words[end].norm) ? this.edges.find((e) => e.source)?.source ?? 'the author' : undefined;
      return { kind, text: this.text(start, end), negated, source: judge };
    }
    const kind = f.kind === 'factive' && f.negated && !f.noun ? 'unconfirmation' : f.kind;
    let end = f.cueEnd;
    while (end > f.cueStart && CUE_PARTICLES.has(this.v.words[end].norm)) end--;
    return { kind, text: this.text(f.cueStart, end), negated: f.negated && kind !== 'unconfirmation', source: this.source(f), agentless: f.noun };
  }

  /** Each frame's cue, read once: nested frames share their parents' cues. */
  private cues?: Map<Frame, StatusCue>;

  private cueOf(f: Frame): StatusCue {
    // made on first use: many sentences have no frame
    const cues = (this.cues ??= new Map());
    let cue = cues.get(f);
    if (!cue) cues.set(f, (cue = this.cue(f)));
    return cue;
  }

  /** The cues that govern a frame's content: edge attributions, then the frames from outermost in (at most MAX_DEPTH). */
  chain(f: Frame | undefined): StatusCue[] {
    let depth = 0;
    for (let g = f; g && depth < MAX_DEPTH; g = g.parent) depth++;
    // the edges, then the frames filled in from the innermost at the end
    const out = this.edges.slice();
    out.length += depth;
    let at = out.length;
    for (let g = f; g && at > this.edges.length; g = g.parent) out[--at] = this.cueOf(g);
    return out;
  }

  /** Claims from the frames of one range; `main` also reads the range's own main clause. */
  read(from: number, to: number, main: boolean, headline: boolean): void {
    const { v } = this;
    const frames = withoutNestedCalls(findFrames(v, from, to, headline));
    const children = childFrames(frames);
    for (const f of frames) this.frameClaims(f, children?.get(f) ?? NO_FRAMES, from);
    if (!main) return;
    // the first frame at the top that reports: "Hungary has maintained stronger connections" is an action, so the sentence stays a claim
    let first: Frame | undefined;
    for (const f of frames) {
      if (f.parent || (f.complement === 'np' && !f.noun && NON_SPEECH_WITH_NP.has(f.lemma) && !children?.has(f) && noneFound(v, f) < 0 && chargedAct(v, f) < 0)) continue;
      if (!first || f.start < first.start) first = f;
    }
    if (!first || (first.start > from && first.boundary)) {
      // "Nothing, she insisted, had changed": the inserted frame's claim (frameClaims) holds the words before it
      if (first && insertedFrame(v, first)) return;
      const end = first ? first.start - 1 : to;
      // "P, officials said, adding that Q": the frame is post-posed to P, its participle carries Q
      const cues = first && participleAfter(v, first) ? [...this.edges, this.cueOf(first)] : this.edges;
      if (!(headline && end - from + 1 < MIN_HEADLINE_WORDS) && !this.backReferenceAt(from, to)) this.mainClause(from, end, cues);
      return;
    }
    // the sentence is built on a frame: its subject may still hold a claim
    if (first.start === from && v.cues[first.cueStart].interpretive && eventSubject(v, from, first.cueStart - 1)) {
      this.out.push({ from, to: first.cueStart - 1, cues: this.edges });
    }
    // "The mayor, who fled the city in May, said P": a relative clause on the source carries the author's background event
    this.relativeClauses(from, first.cueStart - 1);
  }

  /**
   * Whether the range [from, to] is about a back-reference rather than a claim of
   * its own: one starts it ("The accusations were echoed by ...", "The report is
   * false") or its clause only judges one ("called the claims baseless").
   */
  private backReferenceAt(from: number, to: number): boolean {
    // most ranges have no such noun at all
    if (!hasBackReferenceNoun(this.v, from + 1, to)) return false;
    return backReferences(this.v, from, to, (s, e) => this.text(s, e)).some((b) => b.from === from || b.clause);
  }

  /** Claims from the content of frame `f`; `from` is the first word of the range read. */
  private frameClaims(f: Frame, own: readonly Frame[], from: number): void {
    const { v } = this;
    if (f.kind === 'call' || f.complement === 'question' || f.contentStart > f.contentEnd) return;
    const cues = this.chain(f);
    if (insertedFrame(v, f)) {
      // "Nothing, she insisted, had changed at the port": the claim is the whole clause around the frame
      for (const c of clauseClaims(v, f.parent ? f.parent.contentStart : from, f.contentEnd, cues)) this.out.push(c);
      return;
    }
    if (f.complement === 'clause') {
      // the first child that takes content of its own; "was poorly maintained" takes none
      let child: Frame | undefined;
      for (const g of own) {
        if ((g.complement === 'none' && g.kind !== 'call') || (g.complement === 'np' && !g.noun && NON_SPEECH_WITH_NP.has(g.lemma))) continue;
        if (!child || g.start < child.start) child = g;
      }
      if (child && !child.boundary) return;
      const end = child ? child.start - 1 : f.contentEnd;
      const none = findingOfNone(v, f, end);
      if (none >= 0) {
        // "A study found there was no health risk from X": a finding of none denies what "no" governs (GUIDE.md section 2)
        const denial: StatusCue = { kind: 'denial', text: this.text(f.cueStart, none - 1), negated: false, source: this.source(f) };
        this.out.push({ from: none, to: end, cues: [...cues.slice(0, -1), denial] });
        return;
      }
      for (const c of clauseClaims(v, f.contentStart, end, cues, { speaker: [f.start, f.cueStart - 1] })) this.out.push(c);
      return;
    }
    // noun-phrase complements
    const none = own.length === 0 ? noneFound(v, f) : -1;
    if (none >= 0) {
      // "found no such link", "cannot find a link to the plant": a finding of none denies what was looked for (GUIDE.md section 2)
      const denial: StatusCue = { kind: 'denial', text: this.text(f.cueStart, Math.max(f.cueEnd, none - 1)), negated: false, source: this.source(f) };
      this.out.push({ from: none, to: f.contentEnd, cues: [...cues.slice(0, -1), denial] });
      return;
    }
    const charge = chargedAct(v, f);
    if (charge >= 0) {
      // "accused the board of hiding the accounts": the accused party with the act; "blame X for Y": the act
      this.out.push({ from: f.lemma === 'blame' ? charge + 1 : f.contentStart, to: f.contentEnd, cues });
      return;
    }
    const first = v.words[f.contentStart];
    const gerundWithoutSubject = first.norm.endsWith('ing') && !capitalised(first);
    // inside "did not rule out the possibility of P" the whole clause is the claim
    const underNegatedDenial = f.parent?.kind === 'denial' && f.parent.negated;
    if (f.noun) {
      if (!gerundWithoutSubject && !underNegatedDenial) this.out.push({ from: f.contentStart, to: f.contentEnd, cues });
    } else if (f.kind === 'denial' && !f.negated && !BACK_REFERENCE_DETERMINERS.has(first.norm)) {
      // "Kestria denies sending drones to Dorvania": the denied act ("denied the accusations" is a back-reference).
      // "rejected suggestions that P", "denied reports of P": the noun's own content is the claim, not the noun.
      const framesItsContent = own.some((g) => g.noun && g.cueStart <= f.contentStart + 2 && g.contentStart <= g.contentEnd);
      if (!framesItsContent) this.out.push({ from: f.contentStart, to: f.contentEnd, cues });
    } else if (f.kind === 'denial' && f.negated) {
      // "X did not rule out the possibility of P": the whole clause stays possible
      this.out.push({ from: f.boundary ? f.start + 1 : f.start, to: f.contentEnd, cues });
    } else if (NP_PROPOSITION_VERBS.has(f.lemma) && !gerundWithoutSubject) {
      // "Shapps pointed to the growth ...", "..., noting a plan ...": a named source, or the sentence subject
      const subject = v.words[f.start];
      if (f.start === f.cueStart || (capitalised(subject) && !/^(the|this|these|those|a|an|his|her|its|their)$/.test(subject.norm))) {
        this.out.push({ from: f.contentStart, to: f.contentEnd, cues });
      }
    }
  }

  /** Claims of a main clause [from, to]; `cues` govern it (the edge attributions unless a post-posed frame adds its own). */
  private mainClause(from: number, to: number, cues: StatusCue[] = this.edges): void {
    const { v } = this;
    const verb = interpretiveVerb(v, from, to);
    if (verb >= 0) {
      // an evaluation: its event-noun subject, or a gerund clause it is about, is the claim
      if (eventSubject(v, from, verb - 1)) this.out.push({ from, to: verb - 1, cues });
      const object = gerundObject(v, verb, to);
      if (object) {
        const reported = v.words.slice(from, verb).find((w) => REPORT_SUBJECTS.has(w.norm));
        const objectCues = reported ? [...cues, { kind: 'neutral' as const, text: reported.text, negated: false, agentless: true }] : cues;
        this.out.push({ from: object[0], to: object[1], cues: objectCues });
      }
      return;
    }
    if (declines(v, from, to)) return;
    const passive = agentlessReport(v, from, to);
    const own = passive >= 0 ? [...cues, { kind: 'allegation' as const, text: this.text(passive - 1, passive), negated: false, agentless: true }] : cues;
    for (const c of clauseClaims(v, from, to, own, { cutTail: cues.length === 0 })) this.out.push(c);
  }

  /**
   * "The mayor, who is flying to Lisbon ..., urged ...", "The firm, which
   * fired 40 workers last year, said ...": a relative clause set off on a
   * frame's source states an event of the author's. One that only identifies
   * ("who is a lawyer", "who back then was chair of the board") is no claim.
   */
  private relativeClauses(from: number, to: number): void {
    const { v } = this;
    for (let k = from + 1; k <= to; k++) {
      if (!v.comma[k] || !RELATIVE_PRONOUNS.has(v.words[k].norm)) continue;
      let end = k + 1;
      while (end < to && !v.comma[end + 1]) end++;
      // "The report, which was leaked on Monday, claims P": background on the medium, not an event of the story
      if (identifying(v, k + 1, end) || v.cues[k - 1].backReference || REPORT_SUBJECTS.has(v.words[k - 1].norm)) continue;
      this.out.push(...clauseClaims(v, k + 1, end, this.edges));
    }
  }
}

/**
 * "Nothing, she insisted, had changed", "The port, officials said, reopened":
 * a frame set off by commas on both sides whose content goes straight on
 * with a verb, whose subject is the words before the frame. It frames the
 * whole clause around it.
 */
function insertedFrame(v: WordView, f: Frame): boolean {
  const k = f.cueEnd + 1;
  if (f.noun || f.start === 0 || !v.comma[f.start] || k >= v.words.length || !v.comma[k] || f.contentStart !== k) return false;
  return looksFinite(v, k) || v.words[k].norm.endsWith('ed');
}

/** Participles whose agentless passive puts a clause on unnamed others' word: "is charged with", "are being reported". */
const REPORTATIVE_PARTICIPLES = new Set(['charged', 'reported', 'alleged', 'rumoured', 'rumored', 'suspected', 'accused', 'claimed']);
const PASSIVE_BE = new Set(['is', 'are', 'was', 'were', 'been', 'being', 'be']);

/**
 * "The former mayor also is charged with fraud", "Dozens of deaths are being
 * reported": an agentless reportative passive in the clause [from, to]
 * (GUIDE.md section 1: the clause is alleged, with no source). Not "by" an
 * agent, and not "said to" / "reported that", which other rules read.
 * Returns the participle's index, or -1.
 */
function agentlessReport(v: WordView, from: number, to: number): number {
  for (let k = from + 1; k <= to; k++) {
    if (!REPORTATIVE_PARTICIPLES.has(v.words[k].norm) || !PASSIVE_BE.has(v.words[k - 1].norm)) continue;
    const next = v.words[k + 1]?.norm;
    if (next === 'by' || next === 'to' || next === 'that' || (v.words[k].norm === 'charged' && next !== 'with')) continue;
    // "The mayor, who is charged with fraud, resigned": a relative clause's passive is not the clause's
    let c = k;
    while (c > from && !v.comma[c]) c--;
    if (c > from && RELATIVE_PRONOUNS.has(v.words[c].norm)) continue;
    return k;
  }
  return -1;
}

const COPULAS = new Set(['is', 'are', 'was', 'were', 'am', 'been', 'be', "'s", 'remains', 'remained', 'serves', 'served']);

/**
 * Whether the relative clause [s, e] only identifies its noun: its first
 * verb is a copula before a noun phrase ("who is a lawyer", "who back then was
 * chair of"), not an auxiliary of an event ("who is flying", "which was
 * built in 1990").
 */
function identifying(v: WordView, s: number, e: number): boolean {
  for (let k = s; k <= e; k++) {
    if (!looksFinite(v, k) && !COPULAS.has(v.words[k].norm)) continue;
    if (!COPULAS.has(v.words[k].norm)) return false;
    const next = v.words[k + 1]?.norm ?? '';
    return !(next.endsWith('ing') || next.endsWith('ed') || next === 'been' || next === 'being');
  }
  return true;
}

/** Longest object between a charging verb and its preposition ("accused the harbour board's chief engineer of"). */
const MAX_CHARGED_OBJECT = 8;

/**
 * "accused the board of hiding P", "charge the police with killing P",
 * "blame the rebels for the attack": the index of the preposition that opens
 * the charged act after the verb's object, or -1.
 */
function chargedAct(v: WordView, f: Frame): number {
  const prep = f.noun || f.complement !== 'np' ? undefined : CHARGE_PREPOSITIONS[f.lemma];
  if (!prep) return -1;
  for (let k = f.contentStart + 1; k < f.contentEnd && k <= f.contentStart + MAX_CHARGED_OBJECT; k++) {
    if (v.comma[k]) return -1;
    if (v.words[k].norm === prep) return k;
  }
  return -1;
}

/** Verbs of looking and finding whose finding of none denies what was looked for. */
const FINDING_VERBS = new Set(['find', 'see', 'detect', 'discover', 'uncover', 'identify', 'locate', 'observe', 'show', 'reveal']);

/**
 * "found no such link", "saw no trace of it", "cannot find a link to P": a
 * finding verb with a noun-phrase object that it finds none of. Returns the
 * object's first word after "no" (or the negated verb's object), or -1.
 */
function noneFound(v: WordView, f: Frame): number {
  if (f.noun || f.complement !== 'np' || !FINDING_VERBS.has(f.lemma) || f.contentStart > f.contentEnd) return -1;
  const first = v.words[f.contentStart].norm;
  if (!f.negated) return first === 'no' && f.contentStart < f.contentEnd && !DOUBT_NOUNS.has(v.words[f.contentStart + 1].norm) ? f.contentStart + 1 : -1;
  if (first === 'any') return f.contentStart < f.contentEnd ? f.contentStart + 1 : -1;
  return first === 'a' || first === 'an' ? f.contentStart : -1;
}

/** Nouns whose absence affirms what follows: "there was no doubt that P". */
const DOUBT_NOUNS = new Set(['doubt', 'question', 'denying', 'disputing']);

/** Verbs that may stand between an existential "there" and its "no": "there was no", "there had been no". */
const EXISTENTIAL_BE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'been', 'be', 'will']);

/**
 * "found there was no risk", "showed there had been no fraud": a finding
 * (a factive or evidential frame) whose content is an existential with "no".
 * Returns the first word after "no", or -1.
 */
function findingOfNone(v: WordView, f: Frame, end: number): number {
  if ((f.kind !== 'factive' && f.kind !== 'evidence') || f.negated || v.words[f.contentStart]?.norm !== 'there') return -1;
  for (let k = f.contentStart + 1; k < end && k <= f.contentStart + 3; k++) {
    const n = v.words[k].norm;
    // "found there was no doubt that P" affirms P
    if (n === 'no') return DOUBT_NOUNS.has(v.words[k + 1]?.norm) ? -1 : k + 1;
    if (!EXISTENTIAL_BE.has(n)) return -1;
  }
  return -1;
}

/** Words a post-posed frame may have between its cue and the comma before a participle ("said on Friday, adding"). */
const MAX_FRAME_TAIL = 4;

/**
 * "P, officials said, adding that Q", "P, he said on Friday, noting Q": a
 * frame after a comma whose clause ends at a comma before a reporting
 * participle; the frame is post-posed to P, the participle reports Q.
 */
function participleAfter(v: WordView, f: Frame): boolean {
  if (f.noun || f.start === 0 || !v.comma[f.start]) return false;
  for (let k = f.cueEnd + 1; k < v.words.length && k <= f.cueEnd + MAX_FRAME_TAIL; k++) {
    if (v.comma[k]) return v.words[k].norm.endsWith('ing') && v.cues[k].cueBase !== undefined;
    if (looksFinite(v, k)) return false;
  }
  return false;
}

/** "The official declined to disclose ...": a refusal to speak carries no checkable content. */
function declines(v: WordView, from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++) {
    // "to" first: it is one comparison, and few words stand before one
    if (v.words[k + 1].norm === 'to' && REFUSALS.has(v.words[k].norm) && v.words[k + 2].norm.replace(/e?s$/, '') in v.verbs) return true;
  }
  return false;
}

/** A call inside reported content ("Biden had cautioned Xi against ...") is part of that content, no frame of its own. */
function withoutNestedCalls(frames: Frame[]): Frame[] {
  for (const f of frames) if (f.kind === 'call' && f.parent) return frames.filter((g) => !(g.kind === 'call' && g.parent));
  return frames;
}

/** Each frame's nested frames, in order; undefined when no frame is nested. */
function childFrames(frames: readonly Frame[]): Map<Frame, Frame[]> | undefined {
  let children: Map<Frame, Frame[]> | undefined;
  for (const f of frames) {
    if (!f.parent) continue;
    children ??= new Map();
    const siblings = children.get(f.parent);
    if (siblings) siblings.push(f);
    else children.set(f.parent, [f]);
  }
  return children;
}

/** Whether a word in [from, to] is a noun that can refer back to a claim: only then can `backReferences` find one. */
function hasBackReferenceNoun(v: WordView, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (v.cues[k].backReference) return true;
  return false;
}

function edgeCue(v: WordView, sentence: Sentence, e: EdgeAttribution): StatusCue {
  return { kind: e.kind, text: wordsText(v, sentence, e.cue[0], e.cue[1]), negated: false, source: e.source[1] >= e.source[0] ? wordsText(v, sentence, e.source[0], e.source[1]) : undefined };
}

/** `/\?\W*$/.test(text)`: a question mark with only non-word characters after it, read from the end. */
function endsInQuestion(text: string): boolean {
  for (let k = text.length - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 63) return true; // "?"
    // a word character ([A-Za-z0-9_]) ends the run
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) return false;
  }
  return false;
}

function lastWord(v: WordView): number {
  let last = v.words.length - 1;
  while (last >= 0 && v.cite[last]) last--;
  return last;
}

/**
 * The claims of one sentence with their status. `hedges` and `attributions`
 * come from the hedge and attribution rules: hedges in a claim's scope count
 * for its status, and the attribution whose cue frames a claim is linked to it.
 */
export function findClaims(sentence: Sentence, hedges: Hedge[], attributions: Attribution[], ctx: SentenceContext): ClaimDraft[] {
  const v = wordView(sentence, ctx.cues);
  const last = lastWord(v);
  if (last < 0 || endsInQuestion(sentence.text)) return [];
  const layout = sentenceLayout(v, last);
  const edges = layout.edges.map((e) => edgeCue(v, sentence, e));
  const claims = new SentenceClaims(v, sentence, edges);
  for (const [s, e] of layout.adjuncts) claims.read(s, e, false, ctx.headline);
  if (layout.bodyStart <= layout.bodyEnd) claims.read(layout.bodyStart, layout.bodyEnd, true, ctx.headline);
  const backRefs = hasBackReferenceNoun(v, 1, last) ? backReferences(v, 0, last, (s, e) => claims.text(s, e)) : [];
  for (const b of backRefs) {
    // "denied the claim that P": the noun's content follows it and is the claim; the noun refers to nothing earlier
    if (v.words[b.to + 1]?.norm === 'that') {
      const content = claims.out.find((c) => c.from === b.to + 2);
      if (content) {
        // "There is no truth to the rumour that P": a denial that no frame of P carries denies P itself
        if (b.stance.kind === 'denial' && !content.cues.some((q) => q.text === b.stance.text)) content.cues = [...content.cues, { ...b.stance, stance: false }];
        continue;
      }
    }
    // "The accusations are unfounded, the minister said": a verdict with no source of its own is the edge source's
    const stance = b.stance.source || !edges.length ? b.stance : { ...b.stance, source: edges.find((q) => q.source)?.source };
    claims.out.push({ from: b.from, to: b.to, cues: [...edges, stance] });
  }
  sortByRange(claims.out);
  const drafts: ClaimDraft[] = [];
  // sorted by range, a repeated range follows the first of its kind: comparing with the last one taken is enough
  let lastFrom = -1;
  let lastTo = -1;
  for (const c of claims.out) {
    if (c.to < c.from || (c.from === lastFrom && c.to === lastTo)) continue;
    lastFrom = c.from;
    lastTo = c.to;
    drafts.push(toDraft(v, c, hedges, attributions));
  }
  return drafts;
}

function byRange(a: Candidate, b: Candidate): number {
  return a.from - b.from || a.to - b.to;
}

/** Sorts by range, stably. A sentence has a handful of candidates: an insertion sort spares them the set-up of `Array.prototype.sort`. */
function sortByRange(list: Candidate[]): void {
  if (list.length > 16) {
    list.sort(byRange);
    return;
  }
  for (let i = 1; i < list.length; i++) {
    const c = list[i];
    let j = i - 1;
    for (; j >= 0 && byRange(list[j], c) > 0; j--) list[j + 1] = list[j];
    list[j + 1] = c;
  }
}

function toDraft(v: WordView, c: Candidate, hedges: Hedge[], attributions: Attribution[]): ClaimDraft {
  const start = v.words[c.from].start;
  const end = endWithoutStop(v.words[c.to]);
  const inScope: Hedge[] = [];
  const found: StatusHedge[] = [];
  for (const h of hedges) {
    if (h.start >= end || h.end <= start) continue;
    inScope.push(h);
    found.push({ text: h.text, category: h.category });
  }
  // the status rule's own hedge words, while the hedge rule may not know them
  if (c.hedgeWords) {
    for (const k of c.hedgeWords) {
      const w = v.words[k];
      const known = hedges.find((h) => h.start <= w.start && w.end <= h.end);
      if (known) inScope.push(known);
      found.push(known ? { text: known.text, category: known.category } : { text: w.text });
    }
  }
  for (let k = c.from; k <= c.to; k++) {
    if (!v.cues[k].hedge) continue;
    const w = v.words[k];
    if (w.text === 'May' && k > 0) continue;
    if (!hedges.some((h) => h.start <= w.start && w.end <= h.end)) found.push({ text: w.text });
  }
  for (const cue of c.cues) {
    if (cue.kind === 'belief' || cue.negated || cue.kind === 'unconfirmation') continue;
    for (const word of cueHedgeWords(cue.text)) found.push({ text: word });
  }
  const attribution = attributionOf(c, start, end, attributions);
  // the attribution names the source of its cue; a back-reference's stance ("has denied the accusations") has none of its own,
  // nor has a verb that shares its subject with an earlier one ("X said P, and claimed that Q", "..., adding that Q")
  const cues = attribution ? c.cues.map((q) => ((q.source || q.stance || q.agentless === false) && (q.text.includes(attribution.cue.text) || attribution.cue.text.includes(q.text)) ? { ...q, source: attribution.source.resolved?.text ?? attribution.source.text } : q)) : c.cues;
  const { status, explanation } = decideStatus(cues, found);
  const draft: ClaimDraft = { start, end, status, explanation, hedges: inScope };
  if (attribution) draft.attribution = attribution;
  return draft;
}

/** The attribution whose content overlaps the claim [start, end) and whose cue is one of the claim's cues. */
function attributionOf(c: Candidate, start: number, end: number, attributions: Attribution[]): Attribution | undefined {
  for (const a of attributions) {
    if (!a.content || a.content.start >= end || a.content.end <= start) continue;
    for (const q of c.cues) if (a.cue.text.includes(q.text) || q.text.includes(a.cue.text)) return a;
  }
  return undefined;
}

const NO_WORDS: readonly string[] = [];

/** The words of a cue's text that are hedge words, as written; remembered, as the same cues govern many claims. */
const cueHedgeWords = wordMemo((text: string): readonly string[] => {
  const found = text.split(/\s+/).filter((word) => HEDGE_WORDS.has(word.toLowerCase()));
  return found.length ? found : NO_WORDS;
});
