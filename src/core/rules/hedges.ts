/**
 * Hedge detection (GUIDE.md section 4). One pass over the words of a
 * sentence: each word's lower-case form is looked up in the lexicon's
 * first-word map, the longest entry that matches and whose context guard
 * accepts it becomes a hedge, and the scan continues after it. Guards only
 * look at a few neighbouring words, so the whole pass is O(words).
 */
import type { Hedge, HedgeCategory } from '../types';
import type { Sentence } from '../sentences';
import type { Lexicons } from '../lexicon';
import type { HedgeEntry, HedgeGuard, HedgeStart } from '../lexicon/hedges';
import type { WordMap } from '../lexicon/word-map';
import { S_CONTRACTIONS } from '../lexicon/sources';

/** A word as the lexicon sees it; a contraction gives two ("didn't" -> did, not) sharing one span. */
interface Item {
  norm: string;
  start: number;
  end: number;
  /** Written with a capital first letter. */
  cap: boolean;
  /** First in its sentence (after any opening punctuation). */
  initial: boolean;
  /** Punctuation follows before the next word: a clause or phrase boundary. */
  boundary: boolean;
}

const CURRENCY = new Set(['$', '£', '€', '¥', '#']);
/** A Map, not an object: a word such as "constructor" must not find Object's properties. */
const CONTRACTED = new Map([['ca', 'can'], ['wo', 'will'], ['sha', 'shall']]);

/**
 * The lexicon record of each item of the sentence being scanned, by item
 * index: looked up once, as the item is made. Reused by every call (the rule
 * is never re-entered), so a sentence allocates no second array.
 */
const itemStarts: Array<HedgeStart | undefined> = [];

/**
 * Splits the sentence into lexicon items, undoing contractions however they
 * were tokenised ("couldn't", "could n't", "cannot"), and records in
 * `itemStarts` what each item starts.
 */
function toItems(sentence: Sentence, starts: WordMap<HedgeStart>): Item[] {
  const items: Item[] = [];
  for (const token of sentence.tokens) {
    // every currency sign is one character: the length spares a lookup per punctuation mark
    if (token.kind !== 'word' && !(token.text.length === 1 && CURRENCY.has(token.text))) {
      if (items.length > 0) items[items.length - 1].boundary = true;
      continue;
    }
    const { norm, start, end, text: raw } = token;
    // "n't", "cannot" and "couldn't" all end in "t": a char-code test spares most words the three string tests
    if (norm.charCodeAt(norm.length - 1) !== 116) {
      pushItem(items, starts, norm, start, end, raw);
    } else if (norm === "n't") {
      const p = items.length - 1;
      const prev = items[p];
      const full = prev && !prev.boundary ? CONTRACTED.get(prev.norm) : undefined;
      if (full) {
        prev.norm = full;
        itemStarts[p] = starts.get(prev.norm);
      }
      pushItem(items, starts, 'not', start, end, raw);
    } else if (norm === 'cannot') {
      pushItem(items, starts, 'can', start, end, raw);
      pushItem(items, starts, 'not', start, end, raw);
    } else if (norm.endsWith("n't") && norm.length > 3) {
      const base = norm.slice(0, -3);
      pushItem(items, starts, CONTRACTED.get(base) ?? base, start, end, raw);
      pushItem(items, starts, 'not', start, end, raw);
    } else {
      pushItem(items, starts, norm, start, end, raw);
    }
  }
  return items;
}

function pushItem(items: Item[], starts: WordMap<HedgeStart>, norm: string, start: number, end: number, raw: string): void {
  itemStarts[items.length] = starts.get(norm);
  items.push({ norm, start, end, cap: isCapital(raw), initial: items.length === 0, boundary: false });
}

function isCapital(raw: string): boolean {
  const code = raw.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const first = raw.charAt(0);
  return first !== first.toLowerCase();
}

// Small closed classes the guards consult.
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'whose', 'any', 'each', 'every', 'no', 'another', 'such', 'second', 'much']);
const SUBJECT_PRONOUNS = new Set(['i', 'you', 'he', 'she', 'we', 'they', 'it', 'god']);
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'may', 'might', 'could', 'can', 'should', 'must', 'does', 'did', 'do', 'shall']);
/** Words after which "sign" is the verb: "will sign", "to sign", "didn't sign". */
const VERB_OPENERS = new Set(['to', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', 'did', 'does', 'do', 'not']);
/** Finite forms that never follow a modal: after "May" they make it a name ("May said"). */
const NOT_AFTER_MODAL = new Set(['said', 'says', 'told', 'has', 'had', 'is', 'was', 'are', 'were', 'does', 'did', 'who', 'whose', "may's", 'and']);
const NUMBER_WORDS = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen',
  'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy',
  'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions',
  'trillion', 'dozen', 'dozens', 'half', 'twice', 'double', 'triple',
]);
/** Words after "a/an" that make a quantity: "about a third", "nearly a million". */
const ARTICLE_QUANTITIES = new Set(['dozen', 'hundred', 'thousand', 'million', 'billion', 'trillion', 'half', 'third', 'quarter', 'fifth', 'tenth', 'score', 'fraction']);
/** Words before a capitalised "May" that make it the month: "in May", "last May", "early May". */
const MONTH_CONTEXT = new Set(['in', 'on', 'since', 'last', 'next', 'this', 'early', 'late', 'mid', 'by', 'until', 'till', 'through', 'from', 'during', 'of', 'before', 'after', 'each', 'every', 'between', 'and', 'to']);
/** Verbs of learned skill or perception: "he could swim" is past ability, not possibility. */
const ABILITY_VERBS = new Set(['swim', 'read', 'write', 'speak', 'walk', 'run', 'drive', 'ride', 'sing', 'dance', 'cook', 'hear', 'see', 'smell', 'taste', 'feel', 'remember', 'recall', 'afford', 'understand', 'tell', 'breathe', 'sleep']);
/** Words that put a following "could" in an unreal or open clause. */
const UNREAL = new Set(['if', 'whether', 'unless', 'wish', 'wishes', 'wished']);
const SCARCELY = new Set(['barely', 'hardly', 'scarcely']);
/** Prepositions after "appear" meaning to show up or be published: "appears in the journal", "appeared before the court". */
const APPEAR_PLACE = new Set(['in', 'on', 'at', 'before', 'onstage', 'with', 'alongside', 'inside', 'outside', 'during', 'from', 'for', 'together', 'live', 'twice', 'regularly', 'frequently', 'often', 'briefly', 'as']);
const DELIBERATION = new Set(['about', 'of', 'over', 'through', 'tank', 'tanks', 'twice', 'back', 'ahead', 'again', 'big']);
const COMPARATIVE_AS = new Set(['well', 'soon', 'long', 'far', 'much', 'many', 'if', 'though']);
const WH_WORDS = new Set(['how', 'what', 'whether', 'when', 'where', 'why', 'who', 'which']);

/** A digit, a currency sign or a number word ("twenty-five" by its first part); by char code and index, without a regex or a split array. */
function isNumber(item: Item | undefined): boolean {
  if (item === undefined) return false;
  const { norm } = item;
  const c = norm.charCodeAt(0);
  if ((c >= 48 && c <= 57) || CURRENCY.has(norm)) return true;
  const hyphen = norm.indexOf('-');
  return NUMBER_WORDS.has(hyphen < 0 ? norm : norm.slice(0, hyphen));
}

const isDeterminer = (item: Item | undefined): boolean =>
  item !== undefined && (DETERMINERS.has(item.norm) || (/('s|s')$/.test(item.norm) && !S_CONTRACTIONS.has(item.norm)));

/** A capitalised word inside the sentence: most likely a name. */
const isName = (item: Item | undefined): boolean => item !== undefined && item.cap && !item.initial;

/** A finite clause starts within the next few words ("indicates China may ...", "signs officials are ..."). */
function clauseFollows(items: readonly Item[], from: number): boolean {
  if (items[from]?.boundary) return false;
  // The clause needs a subject first: in "vital signs are low" the noun is the subject itself.
  for (let k = from + 1; k < Math.min(items.length, from + 5); k++) {
    if (AUXILIARIES.has(items[k].norm)) return true;
    if (items[k].boundary) return false;
  }
  return false;
}

/** The context rules; `i` is the cue's first item, `j` one past its last. True when the cue is a hedge here. */
type Guard = (items: readonly Item[], i: number, j: number) => boolean;

const GUARDS: Record<HedgeGuard, Guard> = {
  may(items, i, j) {
    const cue = items[i], prev = items[i - 1], next = items[j];
    if (cue.cap && !cue.initial) {
      // The month: "May 6", "6 May", "in May", "last May"; or a surname: "Theresa May said".
      if (isNumber(next) || isNumber(prev) || /^\d+(st|nd|rd|th)$/.test(prev?.norm ?? '')) return false;
      if (prev && MONTH_CONTEXT.has(prev.norm)) return false;
      if (isName(prev) && (cue.boundary || !next?.cap)) return false;
    }
    if (cue.cap && cue.initial && isNumber(next)) return false;
    // "Theresa May said", "May has": words that cannot follow a modal make it a name.
    if (cue.cap && next && (NOT_AFTER_MODAL.has(next.norm) || /[^e]ed$/.test(next.norm))) return false;
    // Inversion is a wish or a request ("May we say", "May I ask"), not doubt.
    if (next && SUBJECT_PRONOUNS.has(next.norm) && !cue.boundary) return false;
    // Permission: "if I may, ...".
    if (cue.boundary && prev && SUBJECT_PRONOUNS.has(prev.norm) && items[i - 2]?.norm === 'if') return false;
    // Advice: "you may want to", "may wish to".
    if ((next?.norm === 'want' || next?.norm === 'wish') && items[j + 1]?.norm === 'to') return false;
    return true;
  },
  might(items, i, j) {
    const prev = items[i - 1], next = items[j];
    // The noun: "with all its might", "military might", "might and main".
    if (prev && (isDeterminer(prev) || ['all', 'military', 'economic', 'naval', 'industrial', 'full', 'with'].includes(prev.norm))) return false;
    if (next?.norm === 'and' && items[j + 1]?.norm === 'main') return false;
    return !(next && SUBJECT_PRONOUNS.has(next.norm) && !items[i].boundary);
  },
  could(items, i, j) {
    const prev = items[i - 1], next = items[j];
    if (!next) return true;
    // Negated ability: "could not contact", "couldn't find" ("could not confirm" is a longer entry).
    if (next.norm === 'not' || next.norm === 'never' || SCARCELY.has(next.norm)) return false;
    // Availability: "could not be reached for comment", "could be reached".
    if (next.norm === 'be' && ['reached', 'contacted'].includes(items[j + 1]?.norm ?? '')) return false;
    // Past ability: "he could swim", "she could see the smoke".
    if (prev && SUBJECT_PRONOUNS.has(prev.norm) && ABILITY_VERBS.has(next.norm)) return false;
    // Inside a condition, an indirect question or a wish: "if they could", "whether it could", "wish they could".
    for (let k = i - 1; k >= Math.max(0, i - 3) && !items[k].boundary; k--) {
      if (UNREAL.has(items[k].norm)) return false;
    }
    // Purpose: "so she could attend" is what she was enabled to do.
    return !(prev && SUBJECT_PRONOUNS.has(prev.norm) && items[i - 2]?.norm === 'so' && !items[i - 2].boundary);
  },
  quantity(items, _i, j) {
    // "his statement about “thousands of shootings”" quotes a phrase, it does not round a number.
    if (items[j - 1].boundary) return false;
    const next = items[j];
    if (isNumber(next)) return true;
    return (next?.norm === 'a' || next?.norm === 'an') && ARTICLE_QUANTITIES.has(items[j + 1]?.norm ?? '');
  },
  verb(items, i, j) {
    const prev = items[i - 1], next = items[j], cue = items[i];
    if (isDeterminer(prev)) return false;
    // "estimates of", "forecast for 2025", "estimates by analysts": the noun.
    if (!cue.norm.endsWith('ed') && next && ['of', 'for', 'from', 'by', 'on'].includes(next.norm)) return false;
    // A negated or infinitive estimate is an inability or a plan: "could not estimate", "to forecast".
    return prev?.norm !== 'not' && prev?.norm !== 'to';
  },
  expected(items, i, j) {
    const prev = items[i - 1];
    // "as/than expected" is handled for every participle by comparedWithExpectation.
    if (isDeterminer(prev)) return false;
    // "The move had been expected." states that it was foreseen, with nothing left to happen.
    return j < items.length && !items[i].boundary;
  },
  appear(items, i, j) {
    const prev = items[i - 1], next = items[j];
    if (prev && ['it', 'would', 'so', 'there', 'what'].includes(prev.norm)) return true;
    if (next?.norm === 'as' && ['if', 'though'].includes(items[j + 1]?.norm ?? '')) return true;
    return !(items[i].boundary || !next || APPEAR_PLACE.has(next.norm));
  },
  indicate(items, i, j) {
    if (items[i].boundary) return false;
    const next = items[j];
    return next?.norm === 'that' || isName(next) || clauseFollows(items, j);
  },
  believe(items, i, j) {
    const cue = items[i], next = items[j];
    if (cue.norm.endsWith('ed')) return !isDeterminer(items[i - 1]);
    // "I cannot believe he said that" is dismay, not doubt.
    if (items[i - 1]?.norm === 'not' && ['can', 'could'].includes(items[i - 2]?.norm ?? '')) return false;
    // "Not all Cubans believe." / "believe in God": faith, not doubt.
    return !(cue.boundary || !next || next.norm === 'in');
  },
  think(items, i, j) {
    const next = items[j];
    if (isDeterminer(items[i - 1])) return false;
    return !(next && DELIBERATION.has(next.norm));
  },
  'see-as'(items, i, j) {
    // "is seen as a turning point"; not "has seen as many as", "seen, as expected".
    if (items[i].boundary || items[j]?.norm !== 'as') return false;
    return items[j + 2]?.norm !== 'as' && !COMPARATIVE_AS.has(items[j + 1]?.norm ?? '');
  },
  'evidence-noun'(items, i, j) {
    const prev = items[i - 1], next = items[j];
    // The verb "sign": "will sign that deal", "He signs ...".
    if (prev && (SUBJECT_PRONOUNS.has(prev.norm) || VERB_OPENERS.has(prev.norm) || isName(prev))) return false;
    // "no sign of" reports absence of evidence: a denial, not a hedge.
    if (prev?.norm === 'no' || prev?.norm === 'not' || items[i].boundary || !next) return false;
    if (next.norm === 'of') return !WH_WORDS.has(items[j + 1]?.norm ?? '');
    return next.norm === 'that' || clauseFollows(items, j);
  },
  possible(items, i, j) {
    const prev = items[i - 1], next = items[j];
    // "not possible", "no possibility of": a negated possibility rules out, it does not hedge
    if (prev && (prev.norm === 'not' || prev.norm === 'no' || prev.norm === 'never')) return false;
    // "the fastest possible", "as soon as possible", "if possible", "made possible": no doubt.
    if (prev && (/est$/.test(prev.norm) || ['as', 'best', 'worst', 'most', 'every', 'all', 'if', 'where', 'whenever', 'wherever', 'made', 'make', 'makes', 'making'].includes(prev.norm))) return false;
    // "possible to land", "possible for them to": feasibility, not possibility.
    return !(next && (next.norm === 'to' || next.norm === 'for') && !items[i].boundary);
  },
  attributive(items, i) {
    return isDeterminer(items[i - 1]);
  },
  likely(items, _i, j) {
    // "likely voters" is the pollsters' name for a sample, not a forecast.
    return !['voter', 'voters'].includes(items[j]?.norm ?? '');
  },
  modifier(items, i, j) {
    // "praised for his potential.": the noun of capacity ends its phrase; the hedge modifies a noun.
    return !items[i].boundary && j < items.length;
  },
  doubt(items, i) {
    // "there is no doubt that", "little doubt that", "never doubted that": certainty, not doubt.
    const prev = items[i - 1]?.norm ?? '';
    return !(AFFIRMING_NEGATORS.has(prev) || prev.endsWith("n't"));
  },
};

/** Words before "doubt" that turn it into certainty. */
const AFFIRMING_NEGATORS = new Set(['no', 'little', 'not', 'never', 'without', 'beyond']);

/** Rule ids for explanations: which context rule let the cue through. */
const GUARD_RULES: Record<HedgeGuard, string> = {
  may: 'hedge/context:may-month',
  might: 'hedge/context:might-noun',
  could: 'hedge/context:could-ability',
  quantity: 'hedge/context:approximator-quantity',
  verb: 'hedge/context:verb-not-noun',
  expected: 'hedge/context:expected-adjective',
  appear: 'hedge/context:appear-published',
  indicate: 'hedge/context:indicate-clause',
  believe: 'hedge/context:believe-faith',
  think: 'hedge/context:think-deliberation',
  'see-as': 'hedge/context:seen-as',
  'evidence-noun': 'hedge/context:evidence-noun',
  possible: 'hedge/context:possible-idiom',
  attributive: 'hedge/context:attributive',
  likely: 'hedge/context:likely-voters',
  modifier: 'hedge/context:potential-noun',
  doubt: 'hedge/context:no-doubt',
};

function ruleOf(entry: HedgeEntry): string {
  if (entry.user) return 'hedge/user';
  return entry.guard ? GUARD_RULES[entry.guard] : `hedge/${entry.category satisfies HedgeCategory}`;
}

function matches(items: readonly Item[], i: number, entry: HedgeEntry): boolean {
  const { words } = entry;
  if (i + words.length > items.length) return false;
  // A phrase does not run across punctuation: "could, not" is no unconfirmation.
  for (let k = 1; k < words.length; k++) {
    if (items[i + k].norm !== words[k] || items[i + k - 1].boundary) return false;
  }
  if (entry.category === 'speculative-verb' && comparedWithExpectation(items, i)) return false;
  return !entry.guard || GUARDS[entry.guard](items, i, i + words.length);
}

/**
 * "than expected", "as previously thought", "than initially anticipated":
 * a participle compared with an earlier expectation reports the outcome, it
 * does not hedge it.
 */
function comparedWithExpectation(items: readonly Item[], i: number): boolean {
  if (!/(ed|thought|seen|foreseen)$/.test(items[i].norm)) return false;
  let k = i - 1;
  if (items[k]?.norm.endsWith('ly') && !items[k].boundary) k--;
  const word = items[k];
  return word !== undefined && !word.boundary && (word.norm === 'than' || word.norm === 'as');
}

function firstMatch(items: readonly Item[], i: number, entries: readonly HedgeEntry[] | undefined): HedgeEntry | undefined {
  if (!entries) return undefined;
  for (const entry of entries) if (matches(items, i, entry)) return entry;
  return undefined;
}

/**
 * The first (longest) entry starting at `i` that matches and whose guard
 * accepts it: the phrases continued by the next word, then the single words.
 * A phrase never runs across punctuation, so it needs an unbroken next word.
 */
function entryAt(items: readonly Item[], i: number, start: HedgeStart): HedgeEntry | undefined {
  const next = items[i + 1];
  const phrases = next && !items[i].boundary && start.phrases.size > 0 ? start.phrases.get(next.norm) : undefined;
  return firstMatch(items, i, phrases) ?? firstMatch(items, i, start.single);
}

/** Finds the hedges of one sentence, in text order. */
export function findHedges(sentence: Sentence, lexicons: Lexicons): Hedge[] {
  const items = toItems(sentence, lexicons.hedges.starts);
  const hedges: Hedge[] = [];
  let i = 0;
  while (i < items.length) {
    const start = itemStarts[i];
    const entry = start && entryAt(items, i, start);
    if (!entry) {
      i++;
      continue;
    }
    const last = items[i + entry.words.length - 1];
    const begin = items[i].start;
    hedges.push({
      start: begin,
      end: last.end,
      text: sentence.text.slice(begin - sentence.start, last.end - sentence.start),
      category: entry.category,
      rule: ruleOf(entry),
    });
    i += entry.words.length;
  }
  return hedges;
}
