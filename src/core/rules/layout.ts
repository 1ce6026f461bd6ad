/**
 * The outer layout of a sentence before its frames are read: leading
 * adjuncts and discourse adverbials that gold claims leave out ("Meanwhile,",
 * "Despite X,", "While P,"), and attributions that frame the whole sentence
 * from its edge ("According to X, P", "P, Newsweek reported").
 */
import type { CueKind } from '../types';
import { AUXILIARIES, CLAUSE_OPENERS, DISCOURSE_ADVERBS, LEADING_STARTERS, PARTICIPLE_COMPLEMENTS, STANCE_VERBS, TRUTH_PREDICATES } from '../lexicon/claim-cues';
import { ECHO_DETERMINERS, ECHO_NOUNS } from '../lexicon/reporting-verbs';
import { PRONOUNS, sourceNounKind } from '../lexicon/sources';
import { capitalised, hasFinite, type WordView } from './words';

/** An attribution that covers the whole body of the sentence. */
export interface EdgeAttribution {
  kind: CueKind;
  /** Cue words [start, end] and source words [start, end]. */
  cue: [number, number];
  source: [number, number];
}

export interface Layout {
  /** Leading adjuncts as word ranges; frames inside them end with them. */
  adjuncts: [number, number][];
  bodyStart: number;
  bodyEnd: number;
  edges: EdgeAttribution[];
}

/** Subordinators whose leading clause may hold a finite verb ("While P, ..."). */
const SUBORDINATORS = new Set(['while', 'whilst', 'although', 'though', 'as', 'because', 'since', 'when', 'if', 'whereas', 'after', 'before', 'once', 'until']);
const MAX_ADJUNCT = 20;
const PREPOSITION_STARTERS = new Set(['despite', 'in', 'at', 'on', 'during', 'following', 'instead', 'amid', 'with', 'without', 'for', 'by', 'from', 'under', 'over', 'throughout', 'unlike', 'like', 'given', 'beyond', 'within']);

function attributionPhrase(v: WordView, s: number): number {
  // length of "according to" / "as per" / "per" at s, or 0
  const a = v.words[s]?.norm;
  const b = v.words[s + 1]?.norm;
  if (a === 'according' && b === 'to') return 2;
  if (a === 'as' && b === 'per') return 2;
  if (a === 'per') return 1;
  return 0;
}

/** Words after a comma that go on a list inside an adjunct ("Despite X, including Y, ..."). */
const LIST_OPENERS = new Set(['including', 'especially', 'particularly', 'notably']);
/** "This comes as P", "It comes after P", "This comes amid P". */
const BACKGROUND_LINKS = new Set(['as', 'after', 'amid']);

const ARTICLES = new Set(['the', 'a', 'an']);

/** Whether the words [from, to] are a name: capitalised, or "the" ("said the Kremlin"). */
function isName(v: WordView, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (!capitalised(v.words[k]) && v.words[k].norm !== 'the') return false;
  return true;
}

/** Whether one of the words [from, to] is capitalised. */
function hasCapital(v: WordView, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (capitalised(v.words[k])) return true;
  return false;
}

/** Whether "that" is one of the words [from, to]. */
function hasThat(v: WordView, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (v.words[k].norm === 'that') return true;
  return false;
}

function commaAfter(v: WordView, s: number, limit: number): number {
  for (let k = s + 1; k <= limit; k++) if (v.comma[k]) return k;
  return -1;
}

/** Subordinators of a condition on the truth of what follows: "If confirmed,", "Once verified,". */
const CONDITIONS = new Set(['if', 'once', 'when']);

/**
 * "If confirmed,", "If true,", "Once verified by the ministry,": a leading
 * condition on the sentence's truth makes it explicitly not (yet) confirmed.
 */
function pendingConfirmation(v: WordView, s: number, e: number): boolean {
  if (e <= s || !CONDITIONS.has(v.words[s].norm)) return false;
  const w = v.words[s + 1].norm;
  const stance = v.cues[s + 1].stanceBase;
  return TRUTH_PREDICATES.get(w)?.kind === 'factive' || (stance !== undefined && STANCE_VERBS[stance] === 'factive' && w.endsWith('ed'));
}

/**
 * "Speaking to the committee, X said", "Writing in the journal, ...": a
 * leading participle phrase is an adjunct. The -ing word must open a phrase
 * (a preposition or determiner after it): a name in -ing is a subject
 * ("Beijing, meanwhile, said", "Nanjing officials said").
 */
function participlePhrase(v: WordView, s: number, comma: number): boolean {
  const w = v.words[s].norm;
  return w.endsWith('ing') && w.length > 5 && comma > s + 1 && PARTICIPLE_COMPLEMENTS.has(v.words[s + 1].norm);
}

/** ", speaking on condition of anonymity", ", waving a copy": an -ing word after the comma at `k` that is no reporting cue. */
function trailingParticiple(v: WordView, k: number): boolean {
  const w = v.words[k].norm;
  return w.length > 5 && w.endsWith('ing') && !v.cues[k].cueBase && !CLAUSE_OPENERS.has(w) && !ING_PREPOSITIONS.has(w) && !attributionPhrase(v, k);
}

/** Prepositions in -ing: "according to X", "including Y", "during Z" open no participle phrase. */
const ING_PREPOSITIONS = new Set([
  'according', 'including', 'during', 'regarding', 'concerning', 'following', 'excluding', 'considering', 'pending',
  'notwithstanding', 'barring', 'involving', 'surrounding', 'preceding',
]);

/** "P, a claim [that] Western officials dispute": the source starts after the noun that names P. */
function echoSourceStart(v: WordView, s: number, e: number): number {
  if (s + 2 > e || !ECHO_DETERMINERS.has(v.words[s].norm) || !ECHO_NOUNS.has(v.words[s + 1].norm)) return s;
  return v.words[s + 2].norm === 'that' && s + 3 <= e ? s + 3 : s + 2;
}

/** Most words a bare source before a post-posed cue has: "police", "local residents", "two senior officials". */
const BARE_SOURCE_WORDS = 3;

/**
 * "P, he said", "P, police said", "P, local residents told reporters": a
 * pronoun, or a short phrase without an article whose head is a source noun,
 * names who asserts P as well as "the officials" does.
 */
function bareSource(v: WordView, s: number, e: number): boolean {
  if (s === e && PRONOUNS.has(v.words[s].norm)) return true;
  return e - s < BARE_SOURCE_WORDS && sourceNounKind(v.words[e].norm) !== undefined;
}

/** Reads the leading adjuncts and edge attributions of the words [0, last]. */
export function sentenceLayout(v: WordView, last: number): Layout {
  const adjuncts: [number, number][] = [];
  const edges: EdgeAttribution[] = [];
  let s = 0;
  while (s <= last && v.cite[s]) s++;
  for (let guard = 0; guard < 6 && s <= last; guard++) {
    const w = v.words[s].norm;
    if (DISCOURSE_ADVERBS.has(w) && s + 1 <= last && v.comma[s + 1]) { s++; continue; }
    // "This comes as P": the frame of a background clause
    if ((w === 'this' || w === 'it') && v.words[s + 1]?.norm === 'comes' && BACKGROUND_LINKS.has(v.words[s + 2]?.norm)) { s += 3; continue; }
    let c = commaAfter(v, s, Math.min(last, s + MAX_ADJUNCT));
    if (c < 0) break;
    // "Despite evidence of X, including Y, ...": the list belongs to the adjunct
    while (c > 0 && LIST_OPENERS.has(v.words[c].norm)) c = commaAfter(v, c, Math.min(last, c + MAX_ADJUNCT));
    if (c < 0) break;
    const per = attributionPhrase(v, s);
    if (per) {
      edges.push({ kind: 'neutral', cue: [s, s + per - 1], source: [s + per, c - 1] });
      s = c;
      continue;
    }
    const opens = LEADING_STARTERS.has(w) || (w.endsWith('ly') && c === s + 1) || participlePhrase(v, s, c);
    if (!opens) break;
    // a prepositional phrase may hold a participle ("at a press conference held at ..."); "This comment enraged China," is a clause
    const finiteOk = SUBORDINATORS.has(w) || PREPOSITION_STARTERS.has(w) || !hasFinite(v, s, c - 1);
    if (!finiteOk || (w === 'this' && AUXILIARIES.has(v.words[s + 2]?.norm ?? ''))) break;
    adjuncts.push([s, c - 1]);
    // an unconfirmation cue with no source: "If confirmed, the deal will be ..."
    if (pendingConfirmation(v, s, c - 1)) edges.push({ kind: 'unconfirmation', cue: [s, s + 1], source: [s, s - 1] });
    s = c;
  }
  let bodyEnd = last;
  // "P, according to X" / "P, as per X" / "P, Newsweek reported" / "P, said Peskov"
  // the edge frame's own end: before a participle phrase that trails it
  let end = last;
  for (let k = last; k > s + 2 && k > end - 16; k--) {
    if (!v.comma[k]) continue;
    // '"P," a port worker told the Courier, speaking on condition of anonymity': the phrase belongs to the frame before it
    if (end === last && trailingParticiple(v, k)) {
      end = k - 1;
      continue;
    }
    const per = attributionPhrase(v, k);
    if (per) {
      edges.push({ kind: 'neutral', cue: [k, k + per - 1], source: [k + per, end] });
      bodyEnd = k - 1;
    } else if (end - k <= 10 && (!hasThat(v, k, end) || echoSourceStart(v, k, end) === k + 3)) {
      // "..., Newsweek reported", "..., said Peskov", "..., spokeswoman Ilse Varga told reporters in Valgrad"
      // not a relative or adverbial clause (", which was dismissed by ..."), nor a participle (", signaling ...")
      if (CLAUSE_OPENERS.has(v.words[k].norm) || v.words[k].norm.endsWith('ing')) break;
      for (let p = k; p <= end; p++) {
        const b = v.cues[p].cueBase;
        const kind = b && !capitalised(v.words[p]) ? v.verbs[b] : undefined;
        if (!kind || kind === 'call' || (p === k && p === end)) continue;
        // "a claim", "the report": after a determiner a cue word is a noun
        if (p > k && v.cues[p - 1].determiner) continue;
        if (p === k && (end - p > 4 || !isName(v, p + 1, end))) break;
        // the source before the verb names someone ("plant spokeswoman Ana Ruiz") or is a determined noun ("the officials")
        if (p > k && (AUXILIARIES.has(v.words[p - 1].norm) || !(hasCapital(v, k, p - 1) || ARTICLES.has(v.words[k].norm) || bareSource(v, k, p - 1)))) break;
        edges.push({ kind, cue: [p, p], source: p > k ? [echoSourceStart(v, k, p - 1), p - 1] : [p + 1, end] });
        bodyEnd = k - 1;
        break;
      }
    }
    break;
  }
  return { adjuncts, bodyStart: s, bodyEnd, edges };
}
