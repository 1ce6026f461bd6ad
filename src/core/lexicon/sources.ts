/**
 * Who can be the source of an attribution (GUIDE.md section 3), as data:
 * the lower-case nouns that head a source noun phrase ("officials", "a
 * spokesperson", "the poll"), titles that mark a person, words that mark a
 * publication, and the pronouns. A capitalised head is a name and needs no
 * entry. Entries are the source types of the annotation guide and of
 * newswire style ("officials said", "sources familiar with ..."), in singular
 * and plural.
 */
import type { SourceKind } from '../types';
import { WordMap } from './word-map';

/** Kind of a source noun; 'document' heads report only as evidence ("the poll shows"). */
export type SourceNounKind = 'person' | 'anonymous' | 'organisation' | 'publication' | 'document';

/** Words a noun list entry also stands for in the plural. */
function withPlurals(words: readonly string[]): string[] {
  return words.flatMap((w) => [w, /(s|sh|ch|x)$/.test(w) ? `${w}es` : /[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : `${w}s`]);
}

/** Roles and titles: a person ("the spokesperson", "Kremlin spokesperson Dmitry Peskov"). */
const ROLES = withPlurals([
  'spokesperson', 'spokesman', 'spokeswoman', 'president', 'secretary', 'minister', 'senator',
  'lawmaker', 'legislator', 'congressman', 'congresswoman', 'governor', 'mayor', 'ambassador',
  'envoy', 'diplomat', 'chancellor', 'premier', 'leader', 'chief', 'head', 'director', 'chairman',
  'chairwoman', 'chair', 'executive', 'founder', 'owner', 'manager', 'aide', 'adviser', 'advisor',
  'economist', 'researcher', 'scientist', 'professor', 'lawyer', 'attorney', 'prosecutor', 'judge',
  'investigator', 'general', 'commander', 'admiral', 'officer', 'candidate', 'nominee', 'pollster',
  'strategist', 'operative', 'staffer', 'surrogate', 'author', 'writer', 'narrator', 'editor',
  'columnist', 'journalist', 'reporter', 'correspondent', 'commentator', 'host', 'anchor',
  'doctor', 'physician', 'member', 'representative', 'negotiator', 'candidate', 'activist',
  'organizer', 'organiser', 'protester', 'voter', 'resident', 'worker', 'employee', 'student',
  'engineer', 'inspector', 'teacher', 'parent', 'farmer', 'owner', 'investor',
  'critic', 'supporter', 'opponent', 'ally', 'rival', 'democrat', 'republican', 'conservative',
  'liberal', 'partner', 'colleague', 'friend', 'victim', 'witness', 'man', 'woman',
  'commissioner', 'doc', 'wife', 'husband', 'mother', 'father', 'son', 'daughter',
  'relative',
  // more roles news quotes: office holders, clergy, crew, trades and parties to a case
  'warden', 'coach', 'captain', 'pilot', 'nurse', 'midwife', 'surgeon', 'paramedic', 'priest', 'bishop',
  'cardinal', 'pope', 'imam', 'rabbi', 'monk', 'nun', 'vicar', 'pastor', 'dean', 'guard', 'clerk', 'chef', 'cook',
  'poet', 'artist', 'deputy', 'sheriff', 'marshal', 'colonel', 'sergeant', 'detective', 'consul', 'king', 'queen',
  'prince', 'princess', 'boss', 'ceo', 'landlord', 'landlady', 'tenant', 'neighbour', 'neighbor', 'passenger',
  'driver', 'sailor', 'soldier', 'veteran', 'prisoner', 'inmate', 'defendant', 'plaintiff', 'juror', 'player',
  'athlete', 'referee', 'fan', 'trainer', 'survivor', 'eyewitness',
]).concat(['people', 'men', 'women', 'staff', 'police', 'families', 'wives']);

/** Unnamed sources: the anonymous heads of newswire style. */
const ANONYMOUS = withPlurals([
  'official', 'source', 'analyst', 'expert', 'observer', 'insider', 'person', 'someone',
]).concat(['others', 'percent', 'majority']);

/** Institutions and groups. */
const ORGANISATIONS = withPlurals([
  'administration', 'government', 'ministry', 'department', 'agency', 'commission', 'committee',
  'council', 'court', 'office', 'party', 'campaign', 'alliance', 'coalition', 'union', 'bank',
  'company', 'firm', 'group', 'organization', 'organisation', 'association', 'institute',
  'foundation', 'team', 'board', 'panel', 'authority', 'service', 'military', 'army', 'police',
  'country', 'nation', 'state', 'city', 'kremlin', 'cabinet', 'regime', 'force', 'community',
  'industry', 'side', 'camp', 'caucus', 'leadership', 'fund', 'family', 'regulator', 'watchdog',
]);

/** Media: a publication is a source ("a report from CNN", "the network"). */
const PUBLICATIONS = withPlurals([
  'report', 'newspaper', 'paper', 'network', 'outlet', 'broadcaster', 'magazine', 'website',
  'channel', 'station', 'wire', 'tabloid', 'daily', 'media', 'journal', 'database', 'blog',
]);

/** Documents that "show" or "find": sources of evidence, not speakers. */
const DOCUMENTS = withPlurals([
  'poll', 'survey', 'study', 'analysis', 'review', 'audit', 'investigation', 'inquiry', 'probe',
  'data', 'research', 'statement', 'letter', 'memo', 'document', 'filing', 'record', 'figure',
  'statistic', 'assessment', 'estimate', 'ad', 'advertisement', 'video', 'footage', 'transcript',
  'slide', 'chart', 'tweet', 'post', 'article', 'story', 'book', 'paper', 'average', 'census',
  'model', 'forecast', 'evaluation', 'test', 'ruling', 'brief', 'complaint', 'lawsuit', 'suit',
  'order', 'decision', 'opinion', 'indictment', 'motion', 'petition', 'clip', 'spot', 'commercial',
  'message', 'email', 'release', 'announcement', 'page', 'headline', 'caption', 'graphic',
]);

const NOUN_KINDS = new Map<string, SourceNounKind>();
for (const [kind, words] of [
  ['person', ROLES], ['anonymous', ANONYMOUS], ['organisation', ORGANISATIONS],
  ['publication', PUBLICATIONS], ['document', DOCUMENTS],
] as Array<[SourceNounKind, string[]]>) {
  for (const w of words) if (!NOUN_KINDS.has(w)) NOUN_KINDS.set(w, kind);
}
/** Asked of most words the noun-phrase walks pass: a WordMap turns most of them away before the lookup. */
const NOUN_KIND = new WordMap(NOUN_KINDS);

/** Kind of a lower-case source head, or undefined when the word cannot head a source. */
export function sourceNounKind(norm: string): SourceNounKind | undefined {
  return NOUN_KIND.get(norm);
}

/** Personal pronouns that can be a source, resolved later by coreference. */
export const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it']);

/** Words with a clitic "'s" (is, has, us) that is no possessive: "he's claimed" is a verb group, "Trump's claim" a noun. */
export const S_CONTRACTIONS: ReadonlySet<string> = new Set([
  "it's", "he's", "she's", "that's", "there's", "here's", "what's", "who's", "where's", "how's", "let's", "when's", "why's",
]);

/** Titles before a name ("Sen. Graham", "Secretary General Jens Stoltenberg"). */
export const TITLES: ReadonlySet<string> = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'sen.', 'rep.', 'gov.', 'gen.', 'prof.', 'lt.', 'col.', 'sgt.',
  'president', 'secretary', 'minister', 'senator', 'governor', 'mayor', 'spokesperson',
  'spokesman', 'spokeswoman', 'chancellor', 'premier', 'ambassador', 'representative', 'judge',
  'king', 'queen', 'prince', 'pope', 'general', 'director', 'chairman', 'chairwoman', 'leader',
  'diplomat', 'pollster', 'congressman', 'congresswoman', 'speaker',
]);

/** Words in a capitalised name that mark a publication ("The Wall Street Gazette"). */
const PUBLICATION_NAMES = new Set([
  'times', 'post', 'news', 'journal', 'gazette', 'tribune', 'herald', 'guardian', 'telegraph',
  'reuters', 'ap', 'afp', 'cnn', 'bbc', 'nbc', 'cbs', 'abc', 'msnbc', 'fox', 'bloomberg',
  'newsweek', 'politico', 'axios', 'press', 'magazine', 'daily', 'tass', 'xinhua', 'scmp',
  'economist', 'atlantic', 'chronicle', 'observer', 'independent', 'mirror', 'sun', 'express',
  'monitor', 'wire', 'radio', 'tv', 'television', 'broadcasting', 'npr', 'pbs', 'huffpost',
  'buzzfeed', 'vox', 'slate', 'salon', 'breitbart', 'politifact', 'yahoo',
]);

/** Words in a capitalised name that mark an organisation ("China's Foreign Ministry"). */
const ORGANISATION_NAMES = new Set([
  'ministry', 'department', 'administration', 'government', 'agency', 'commission', 'committee',
  'council', 'court', 'office', 'party', 'campaign', 'alliance', 'union', 'bank', 'nato', 'eu',
  'un', 'kremlin', 'pentagon', 'house', 'senate', 'congress', 'parliament', 'fbi', 'cia',
  'institute', 'foundation', 'association', 'corporation', 'inc.', 'group', 'university',
]);

const COMPLEMENT_PREPOSITIONS = new Set(['of', 'for', 'from', 'with', 'within', 'at', 'in', 'on', 'to']);

/** Whether a capitalised word of the phrase is in `names`. (Plain loops: a closure per call cost more than the test.) */
function capitalisedIn(norms: readonly string[], capitalised: readonly boolean[], names: ReadonlySet<string>): boolean {
  for (let i = 0; i < norms.length; i++) if (capitalised[i] && names.has(norms[i])) return true;
  return false;
}

function hasTitle(norms: readonly string[]): boolean {
  for (const w of norms) if (TITLES.has(w)) return true;
  return false;
}

/**
 * Classifies a source noun phrase from its words (normalised) and whether
 * each is capitalised: pronoun, publication, organisation, anonymous, person.
 */
export function classifySource(norms: readonly string[], capitalised: readonly boolean[]): SourceKind {
  // The head precedes a prepositional complement: "a person within the government".
  let last = norms.length - 1;
  for (let k = 1; k < last; k++) {
    if (COMPLEMENT_PREPOSITIONS.has(norms[k]) && !capitalised[k - 1]) { last = k - 1; break; }
  }
  if (norms.length === 1 && PRONOUNS.has(norms[0])) return 'pronoun';
  if (capitalisedIn(norms, capitalised, PUBLICATION_NAMES)) return 'publication';
  // A capitalised head is a name, unless it is the only word ("Officials said").
  const headKind = capitalised[last] && norms.length > 1 ? undefined : NOUN_KIND.get(norms[last]);
  if (headKind === 'publication' || headKind === 'document') return 'publication';
  if (headKind === 'anonymous') return 'anonymous';
  if (headKind === 'organisation' || capitalisedIn(norms, capitalised, ORGANISATION_NAMES)) return 'organisation';
  if (headKind === 'person' || hasTitle(norms)) return 'person';
  let names = 0;
  for (let i = last; i >= 0 && capitalised[i]; i--) names++;
  return names >= 2 ? 'person' : 'other';
}
