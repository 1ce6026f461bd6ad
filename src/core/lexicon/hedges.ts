/**
 * Hedge lexicon: the words and phrases that lower the certainty of what they
 * govern (GUIDE.md section 4), by category, as data.
 *
 * Sources: the categories and examples of GUIDE.md section 4; the hedge cue
 * inventories of the hedging literature (Hyland's 1998 list of epistemic
 * devices; the cue classes of the BioScope/Szeged uncertainty guidelines:
 * epistemic modals, speculative and belief verbs, evidential adverbs and
 * adjectives, nouns of uncertain evidence); and reading which of these words
 * news annotators actually mark, which decided the context guards.
 *
 * Cue syntax, expanded once when the lexicon is built:
 * - words are matched on their lower-case form, contractions split
 *   ("didn't" matches "did not", "can't" and "cannot" match "can not");
 * - `{a,b}` gives alternatives, also inside a word: `suggest{,s,ed,ing}`;
 * - `[word]` is an optional word: `could not [independently] confirm`.
 * A cue with a `guard` is only a hedge where the named context rule of
 * rules/hedges.ts accepts it (e.g. "may" not the month).
 */
import type { HedgeCategory } from '../types';
import type { LexiconOptions } from './index';
import { WordMap } from './word-map';

/** Context rules of rules/hedges.ts that a cue can require. */
export type HedgeGuard =
  /** "may" but not the month, a wish ("May we ...") or advice ("may want to"). */
  | 'may'
  /** "might" but not the noun ("with all its might", "might and main"). */
  | 'might'
  /** "could" but not negated ability, past ability or "could be reached". */
  | 'could'
  /** A number or quantity must follow ("around 50,000", "up to 100"). */
  | 'quantity'
  /** Not the noun: no determiner before ("the thought"), no "of/for/by" after. */
  | 'verb'
  /** "expected" but not "as/than expected" or the adjective ("the expected gain"). */
  | 'expected'
  /** "appear" but not "appear in/on/before" (published, shown up). */
  | 'appear'
  /** "indicate" with a clause after it ("indicates that", "indicating China may"). */
  | 'indicate'
  /** "believe" with a content after it: not faith ("believe in", "Not all believe."). */
  | 'believe'
  /** "think" but not deliberation ("think about") or a "think tank". */
  | 'think'
  /** "seen/viewed/regarded" only right before "as", not "as many as". */
  | 'see-as'
  /** "signs/indications" of evidence: followed by "that" or "of", not the verb. */
  | 'evidence-noun'
  /** "possible" but not "fastest possible", "as soon as possible", "possible to". */
  | 'possible'
  /** Only after a determiner: "the apparent motive", "an alleged bribe", "the view that" (not "it became apparent"). */
  | 'attributive'
  /** "likely" but not the polling term "likely voters". */
  | 'likely'
  /** "potential" as a modifier ("a potential shift"), not the noun of capacity ("her potential."). */
  | 'modifier'
  /** "doubt that" but not its absence or negation ("no doubt that", "never doubted that"): those affirm. */
  | 'doubt';

/** A cue in the source lists: a plain string or one with a guard. */
type CueSpec = string | { cue: string; guard: HedgeGuard };

const g = (cue: string, guard: HedgeGuard): CueSpec => ({ cue, guard });

/**
 * Epistemic modals. Left out: "will" (prediction), "would" (conditional) and
 * "can" (capacity), which GUIDE.md says are not hedges, and "should", which
 * in news is mostly obligation.
 */
const MODAL: readonly CueSpec[] = [
  g('may', 'may'),
  g('might', 'might'),
  g('could', 'could'),
  // "is likely to" behaves like a modal; the adverb "will likely" too.
  g('{likely,unlikely}', 'likely'),
  'most likely',
  'more than likely',
];

/** Verbs of belief, inference and prediction (GUIDE.md: suggest, indicate, believe, appear, seem, expect, anticipate, estimate). */
const SPECULATIVE_VERB: readonly CueSpec[] = [
  'suggest{,s,ed,ing}',
  g('indicat{e,es,ed,ing}', 'indicate'),
  g('believ{e,es,ed,ing}', 'believe'),
  g('{think,thinks}', 'think'),
  g('{thought,thinking}', 'verb'),
  g('appear{,s,ed,ing}', 'appear'),
  'seem{,s,ed,ing}',
  'seemingly',
  'look{,s,ed,ing} like',
  'look{,s,ed,ing} as {if,though}',
  'look{,s,ed} set to',
  'expect{,s,ing}',
  g('expected', 'expected'),
  'anticipat{e,es,ed,ing}',
  g('estimat{e,es,ed,ing}', 'verb'),
  g('suspect{,s,ing}', 'verb'),
  // "feared dead", "fears the dam may fail": a speculative attitude, like "believe" (not "fear of")
  g('fear{,s,ed}', 'verb'),
  // Unlike the verb's other forms, "the suspected gunman" hedges too.
  'suspected',
  '{rumoured,rumored,reputed}',
  'predict{,s,ed,ing}',
  g('forecast{,s,ing}', 'verb'),
  'projected {to,that}',
  'foresee{,s,n}',
  'foresaw',
  'speculat{e,es,ed,ing}',
  'presum{e,es,ed,ing}',
  'assum{e,es,ed,ing} that',
  '{is,are,was,were} assumed to',
  // Reportative passives: "is said to have left" puts the claim on unnamed others' word.
  '{is,are,was,were,be,been} {said,reported,understood,alleged,claimed,rumoured,rumored} to',
  // "is accused of hiding losses": an allegation whose makers go unnamed
  '{is,are,was,were,be,been} accused of',
  'suppos{e,es,ing}',
  'supposed to',
  'guess{,es,ed,ing}',
  'reckon{,s,ed,ing}',
  g('doubt{,s,ed} that', 'doubt'),
  // Agentless "is seen as" hides whose view it is; "China views Russia as an ally" reports a stance, and is no hedge.
  g('{seen,viewed,regarded}', 'see-as'),
  'wonder{,s,ed,ing} {whether,if}',
  'question{,s,ed,ing} {whether,how,if}',
  'bet{,s,ting} that',
];

/** Adverbs that mark the claim as inferred or second-hand. */
const EVIDENTIAL_ADVERB: readonly CueSpec[] = [
  'perhaps',
  'maybe',
  'possibly',
  'probably',
  'presumably',
  'conceivably',
  'potentially',
  'reportedly',
  'allegedly',
  'apparently',
  'supposedly',
  'purportedly',
  'ostensibly',
  'arguably',
  'in all {likelihood,probability}',
];

/** Nouns of uncertain evidence, and the adjectives that put a proposition as only possible. */
const UNCERTAIN_NOUN: readonly CueSpec[] = [
  g('{sign,signs}', 'evidence-noun'),
  g('{indication,indications}', 'evidence-noun'),
  '{suggestion,suggestions}',
  g('{possibility,possibilities}', 'possible'),
  g('possible', 'possible'),
  g('potential', 'modifier'),
  'probable',
  g('apparent', 'attributive'),
  'likelihood',
  'anticipation',
  g('view that', 'attributive'),
  // The adjective ("an alleged murder"); the reporting verb "alleged that" is an attribution cue.
  g('alleged', 'attributive'),
  'probability',
  g('{speculation,rumour,rumours,rumor,rumors}', 'evidence-noun'),
  g('{suspicion,suspicions,assumption,presumption}', 'evidence-noun'),
  'cast{,s,ing} doubt',
  // Only with what is in question: "raised questions among allies" doubts nothing in particular.
  'rais{e,es,ed,ing} {questions,doubts} {about,over,on}',
];

/** Explicit statements that something is not (yet) established. */
const UNCONFIRMATION: readonly CueSpec[] = [
  '{could,can,did,does,do} not [immediately] [independently] {confirm,verify}',
  '{was,were,is,are} not [immediately] able to {confirm,verify}',
  '{was,were,is,are} unable to [independently] {confirm,verify}',
  '{could,can} not be [independently] {confirmed,verified}',
  '{has,have,had} not been [independently] {confirmed,verified}',
  '{unconfirmed,unverified}',
  '{did,does,do,would,could,can,will} not rule out',
  '{did,does,do,would,could,can,will} not rule {it,this,that} out',
  '{refused,declined} to rule out',
  '{is,are,was,were} not [being] ruled out',
  '{has,have,had} not been ruled out',
  '{can,could} not be ruled out',
  '{has,have,had} not [yet] reached a [final] decision',
  'no final decision',
  'lack of [solid] [hard] [firm] [conclusive] [clear] evidence',
  'remain{,s,ed} to be seen',
  '{is,are,was,remains,remained} {unclear,uncertain}',
  '{is,was,remains,remained} not [immediately] clear',
  // doubt about a report is explicit unconfirmation: "highly sceptical about reports that P", "was not convinced P"
  '[highly] [deeply] {skeptical,sceptical}',
  '{is,are,was,were,am} not convinced',
  'no {assurance,guarantee}',
];

/** Approximators: hedges on a quantity (guarded: a number must follow). "more than" and "at least" are bounds, not hedges. */
const APPROXIMATOR: readonly CueSpec[] = [
  g('about', 'quantity'),
  g('around', 'quantity'),
  g('roughly', 'quantity'),
  g('approximately', 'quantity'),
  g('nearly', 'quantity'),
  g('almost', 'quantity'),
  g('some', 'quantity'),
  g('up to', 'quantity'),
  g('as {much,many} as', 'quantity'),
  g('an estimated', 'quantity'),
  // "a crowd estimated at 5,000": the estimate is of a quantity
  g('estimated at', 'quantity'),
  g('estimated to be', 'quantity'),
  g('close to', 'quantity'),
  g('upwards of', 'quantity'),
];

/** The source lists by category, in the order their matches are preferred. */
export const HEDGE_CUES: Readonly<Record<HedgeCategory, readonly CueSpec[]>> = {
  unconfirmation: UNCONFIRMATION,
  modal: MODAL,
  'speculative-verb': SPECULATIVE_VERB,
  'evidential-adverb': EVIDENTIAL_ADVERB,
  'uncertain-noun': UNCERTAIN_NOUN,
  approximator: APPROXIMATOR,
};

/** One expanded cue: the exact word sequence to match. */
export interface HedgeEntry {
  /** Normalised words ("could", "not", "confirm"). */
  words: readonly string[];
  category: HedgeCategory;
  guard?: HedgeGuard;
  /** The entry came from the user's settings. */
  user?: boolean;
}

export interface HedgeLexicon {
  /** Entries keyed by their first word, longest first. */
  readonly byFirstWord: ReadonlyMap<string, readonly HedgeEntry[]>;
  /** The same entries by first word, split by their second word (see `HedgeStart`): the scan's one lookup per word. */
  readonly starts: WordMap<HedgeStart>;
}

/**
 * The entries one word starts, split so that a scan tries only those that
 * can match: a phrase by the word after it ("was said to" only before
 * "said"), then the one-word entries. Each list keeps the longest-first
 * order of `byFirstWord`, where every phrase comes before every single word.
 */
export interface HedgeStart {
  /** Entries of two words or more, by their second word. */
  readonly phrases: ReadonlyMap<string, readonly HedgeEntry[]>;
  /** Entries of one word. */
  readonly single: readonly HedgeEntry[];
}

/** Splits first-word lists (longest first) into `HedgeStart` records. */
function toStarts(byFirstWord: ReadonlyMap<string, readonly HedgeEntry[]>): Map<string, HedgeStart> {
  const starts = new Map<string, HedgeStart>();
  for (const [word, list] of byFirstWord) {
    const phrases = new Map<string, HedgeEntry[]>();
    const single: HedgeEntry[] = [];
    for (const entry of list) {
      if (entry.words.length === 1) single.push(entry);
      else phrases.set(entry.words[1], [...(phrases.get(entry.words[1]) ?? []), entry]);
    }
    starts.set(word, { phrases, single });
  }
  return starts;
}

/** Expands `{a,b}` alternatives and `[optional]` words into plain word sequences. */
export function expandCue(cue: string): string[][] {
  let phrases: string[][] = [[]];
  for (const part of cue.trim().split(/\s+/)) {
    const optional = part.startsWith('[') && part.endsWith(']');
    const forms = expandBraces(optional ? part.slice(1, -1) : part);
    const next: string[][] = [];
    for (const p of phrases) {
      if (optional) next.push(p);
      for (const f of forms) next.push([...p, f]);
    }
    phrases = next;
  }
  return phrases.filter((p) => p.length > 0);
}

function expandBraces(word: string): string[] {
  const m = /\{([^{}]*)\}/.exec(word);
  if (!m) return [word];
  const head = word.slice(0, m.index);
  const tail = word.slice(m.index + m[0].length);
  return m[1].split(',').flatMap((alt) => expandBraces(head + alt + tail));
}

/** Splits a phrase the way the rule splits sentence words, so user phrases match: "can't" -> can not. */
export function cueWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\bcannot\b/g, 'can not')
    .replace(/\b(ca|wo|sha)n't\b/g, (_, w: string) => `${{ ca: 'can', wo: 'will', sha: 'shall' }[w]} not`)
    .replace(/n't\b/g, ' not')
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

/** Category for a user-added hedge: an adverb by its "-ly", otherwise a speculative verb. */
function inferCategory(words: readonly string[]): HedgeCategory {
  return words.length === 1 && words[0].endsWith('ly') ? 'evidential-adverb' : 'speculative-verb';
}

/** Compiles the cue lists and the user's extra hedges into lookup maps. */
export function buildHedgeLexicon(options: LexiconOptions): HedgeLexicon {
  const byFirstWord = new Map<string, HedgeEntry[]>();
  const seen = new Set<string>();
  const add = (entry: HedgeEntry) => {
    const key = entry.words.join(' ');
    if (seen.has(key)) return; // the built-in entry, with its guard, wins
    seen.add(key);
    const list = byFirstWord.get(entry.words[0]) ?? [];
    list.push(entry);
    byFirstWord.set(entry.words[0], list);
  };
  const excluded = new Set(options.excludeHedgeCategories ?? []);
  for (const [category, specs] of Object.entries(HEDGE_CUES) as [HedgeCategory, readonly CueSpec[]][]) {
    if (excluded.has(category)) continue;
    for (const spec of specs) {
      const { cue, guard } = typeof spec === 'string' ? { cue: spec, guard: undefined } : spec;
      for (const words of expandCue(cue)) add(guard ? { words, category, guard } : { words, category });
    }
  }
  for (const phrase of options.extraHedges ?? []) {
    const words = cueWords(phrase);
    if (words.length > 0) add({ words, category: inferCategory(words), user: true });
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirstWord, starts: new WordMap(toStarts(byFirstWord)) };
}
