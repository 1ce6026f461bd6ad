/**
 * Reporting cues (GUIDE.md section 3) as data: verbs by lemma, each with the
 * way it commits its source to the content (`CueKind`, GUIDE.md section 2),
 * and the prepositional phrases whose source follows them ("according to X").
 * `buildReportingLexicon` expands every lemma to its inflections once, so the
 * rules only do Map lookups.
 *
 * Where the entries come from: the reporting verbs of the annotation guide
 * and its gold articles, plus the standard reporting-verb classes of
 * descriptive grammar (speech-act verbs of saying, verbs of cognition used
 * evidentially, directive verbs), and the cues annotated in the public PolNeAR
 * attribution corpus (Newell, Margolin and Ruths 2018) for political news.
 */
import type { CueKind } from '../types';
import type { LexiconOptions } from './index';
import { WordMap } from './word-map';

/**
 * Verb lemmas by kind. A lemma of several words ("point to") inflects its
 * first word only; the rest must follow verbatim.
 */
const VERBS: Record<CueKind, readonly string[]> = {
  // Assert without committing the author: verbs of saying and of publishing.
  neutral: [
    'say', 'tell', 'state', 'announce', 'add', 'report', 'echo', 'cite', 'reiterate', 'repeat',
    'emphasise', 'emphasize', 'stress', 'insist', 'observe', 'assert', 'declare', 'underscore',
    'underline', 'highlight', 'explain', 'write', 'tweet', 'mention', 'recall',
    'respond', 'reply', 'comment on', 'remark', 'express', 'pledge', 'promise', 'vow', 'point to',
    'predict', 'argue', 'contend', 'testify', 'recount', 'affirm', 'proclaim', 'inform',
    'quote', 'speak of', 'complain', 'agree', 'propose', 'conclude',
    // "X called Y a Z", "what it called P": a characterisation attributed to X.
    'call',
    // Speech acts that characterise: "described the plan as", "likened the rules to".
    'describe', 'characterise', 'characterize', 'liken', 'dub',
    // Frames a quotation only ("X continued: ..."): see rules/attributions.ts.
    'continue',
    // A court's pronouncement ("the appeals court ruled that"); evidential: only for a judicial or document source.
    'rule',
  ],
  // Commit the author to the content: factive verbs (GUIDE.md section 2, "confirmed").
  factive: [
    'confirm', 'acknowledge', 'admit', 'concede', 'reveal', 'note', 'point out', 'learn', 'disclose',
    'verify', 'recognise', 'recognize', 'show', 'find', 'demonstrate', 'prove',
  ],
  // Put a charge or an unproven statement: the content stays alleged.
  allegation: [
    'claim', 'allege', 'accuse', 'charge', 'suggest', 'indicate', 'warn', 'criticise', 'criticize',
    'denounce', 'condemn', 'blame', 'blast', 'slam', 'question', 'imply', 'hint',
    'raise questions', 'raise doubts', 'speculate', 'caution',
  ],
  // Deny the content (negated: "did not rule out" becomes unconfirmation, see NEGATED).
  denial: ['deny', 'reject', 'refute', 'dismiss', 'dispute', 'rebut', 'disavow', 'rule out', 'contradict', 'debunk', 'rubbish', 'repudiate', 'disprove'],
  // Report a mental state of the source.
  belief: [
    'believe', 'think', 'suspect', 'feel', 'fear', 'expect', 'estimate', 'worry', 'doubt', 'assume',
    'raise concern', 'raise concerns', 'express concern', 'express concerns', 'voice concern',
    'voice concerns',
  ],
  // Say explicitly that the content is not (yet) confirmed.
  unconfirmation: [],
  // Ask for an action rather than assert: directives.
  call: [
    'urge', 'call for', 'call on', 'demand', 'push', 'beg', 'ask', 'appeal', 'plead', 'implore',
    'request', 'recommend', 'encourage',
  ],
};

/**
 * Kind of a negated cue: "could not confirm", "has not confirmed" do not
 * confirm; "did not rule out", "did not deny" leave the content open. Other
 * kinds keep their meaning under negation ("did not say" still reports).
 */
export const NEGATED: Readonly<Record<CueKind, CueKind>> = {
  neutral: 'neutral',
  factive: 'unconfirmation',
  allegation: 'allegation',
  denial: 'unconfirmation',
  belief: 'belief',
  unconfirmation: 'unconfirmation',
  call: 'call',
};

/**
 * Verbs that report only for a document-like source ("the poll shows", "a
 * study found"): with a person or a group as subject they state the
 * author's own finding or an event ("authorities have not found evidence").
 */
const EVIDENTIAL = new Set(['show', 'find', 'demonstrate', 'prove', 'rule']);

/**
 * Nouns that report when a possessor names the source and a that-clause
 * gives the content: "Trump's claim that P", "his warning that P".
 */
const NOUNS: Readonly<Record<string, CueKind>> = {
  claim: 'allegation', claims: 'allegation', allegation: 'allegation', allegations: 'allegation',
  accusation: 'allegation', accusations: 'allegation', charge: 'allegation', suggestion: 'allegation',
  warning: 'allegation', warnings: 'allegation', assertion: 'neutral', statement: 'neutral',
  argument: 'neutral', contention: 'neutral', insistence: 'neutral', promise: 'neutral',
  pledge: 'neutral', prediction: 'neutral', view: 'belief', belief: 'belief', fear: 'belief',
  fears: 'belief', assessment: 'belief', conclusion: 'belief', denial: 'denial', denials: 'denial',
  admission: 'factive', acknowledgment: 'factive', acknowledgement: 'factive', confirmation: 'factive',
  revelation: 'factive', call: 'call', demand: 'call',
};

/**
 * Lemmas whose base and -s forms are more often nouns ("state law", "a
 * Donald Trump tweet", "Editor's note"): those forms report only in a clear
 * verbal context (see rules/attributions.ts).
 */
export const NOUN_HOMOGRAPHS: ReadonlySet<string> = new Set([
  'state', 'report', 'claim', 'note', 'call', 'tweet', 'remark', 'request', 'push', 'pledge',
  'promise', 'echo', 'stress', 'question', 'charge', 'demand', 'appeal', 'estimate', 'fear',
  'doubt', 'comment on', 'vow', 'quote', 'post', 'cite', 'blast', 'slam', 'attack', 'answer',
]);

/**
 * Words after which the base or -s form of a NOUN_HOMOGRAPHS lemma is a
 * noun, whatever stands before it: no reporting verb takes an "of" or a
 * "from" complement ("member states from buying", "reports of shelling",
 * "calls from lawmakers").
 */
export const NOUN_FOLLOWERS: ReadonlySet<string> = new Set(['of', 'from']);

/**
 * Plural quantifiers and cardinals: the -s form of a NOUN_HOMOGRAPHS lemma
 * right after one is a plural noun, as a verb in -s needs a singular
 * subject ("nine states and", "two states had filed"). Not digits: "Article
 * 5 states that".
 */
export const PLURAL_DETERMINERS: ReadonlySet<string> = new Set([
  'several', 'many', 'few', 'all', 'both', 'numerous', 'multiple', 'other', 'various', 'two', 'three', 'four',
  'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozens', 'hundreds', 'thousands',
]);

/**
 * Words after which a bare singular noun cannot be a subject: a plural
 * quantifier or a preposition (not "of", as in "the head of security
 * states"). The -s form of a NOUN_HOMOGRAPHS lemma right after such a noun
 * heads a compound with it: "in member states", "several witness reports".
 */
export const COMPOUND_OPENERS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'for', 'with', 'within', 'from', 'to', 'into', 'across', 'among', 'between', 'against',
  ...PLURAL_DETERMINERS,
]);

/** Nouns that close an adverbial phrase after a preposition ("in turn", "in fact", "for example"): they modify no compound. */
export const ADVERBIAL_NOUNS: ReadonlySet<string> = new Set([
  'turn', 'fact', 'part', 'short', 'general', 'particular', 'response', 'return', 'addition', 'contrast', 'sum',
  'example', 'instance', 'least', 'most', 'first', 'last', 'total', 'effect', 'principle', 'practice', 'public',
  'private', 'person', 'writing', 'court', 'reply', 'theory', 'essence', 'full', 'depth', 'detail',
]);

/** How far past a reporting verb's prepositional phrase its "that" clause may start ("reports from the front line that P"). */
export const PHRASE_BEFORE_THAT = 5;

/** Nouns that name the clause before them in "P, a claim [that] X disputes": the relative clause's subject is the source. */
export const ECHO_NOUNS: ReadonlySet<string> = new Set([
  'claim', 'charge', 'allegation', 'accusation', 'assertion', 'view', 'account', 'version', 'suggestion', 'assessment',
  'finding', 'conclusion',
]);
/** Determiners of such a noun: "a claim", "an account", "the view". */
export const ECHO_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'this', 'that']);

/** Phrases whose source follows them: "according to X, P", "P, per X". */
const PREPOSITIONS: ReadonlyArray<{ phrase: string; kind: CueKind }> = [
  { phrase: 'according to', kind: 'neutral' },
  { phrase: 'as per', kind: 'neutral' },
  { phrase: 'per', kind: 'neutral' },
  { phrase: 'as reported by', kind: 'neutral' },
  { phrase: 'quoting', kind: 'neutral' },
];

/** Past forms (past tense = participle unless a second form is listed). */
const IRREGULAR_PAST: Readonly<Record<string, readonly string[]>> = {
  say: ['said'], tell: ['told'], think: ['thought'], find: ['found'], write: ['wrote', 'written'],
  know: ['knew', 'known'], feel: ['felt'], speak: ['spoke', 'spoken'], learn: ['learned', 'learnt'],
  show: ['showed', 'shown'], understand: ['understood'], prove: ['proved', 'proven'],
  forecast: ['forecast'], hear: ['heard'],
};

/** Stems that double their final consonant: admit -> admitted. */
const DOUBLING = new Set(['admit', 'beg', 'rebut', 'commit', 'plan', 'regret', 'refer', 'control']);

/** One inflected form of a cue verb. */
export interface CueForm {
  lemma: string;
  kind: CueKind;
  /** Words after the first one, for multi-word lemmas ("to" of "point to"). */
  rest: readonly string[];
  /** Grammatical form of the first word: past covers the participle. */
  form: 'base' | 's' | 'past' | 'ing';
  /** Reports only with a document-like source ("the poll shows"). */
  evidential: boolean;
}

/** A prepositional cue ("according to"): its source is the noun phrase after it. */
export interface PrepositionCue {
  lemma: string;
  kind: CueKind;
  words: readonly string[];
}

export interface ReportingLexicon {
  /** First word of a cue verb, inflected -> the forms it starts, longest first. */
  readonly verbs: ReadonlyMap<string, readonly CueForm[]>;
  /** First word of a prepositional cue -> its phrases, longest first. */
  readonly prepositions: ReadonlyMap<string, readonly PrepositionCue[]>;
  /** Reporting nouns ("claim", "warning") -> their kind. */
  readonly nouns: ReadonlyMap<string, CueKind>;
  /** Every key of the three maps above: most words are none, and one lookup tells. */
  readonly cueWords: ReadonlySet<string>;
  /** Every key of the three maps above -> its entries in all three: one lookup per word gives them all. */
  readonly cues: WordMap<CueEntries>;
}

/** What a cue word starts: its entries in the verb, preposition and noun maps. */
export interface CueEntries {
  readonly verbs?: readonly CueForm[];
  readonly prepositions?: readonly PrepositionCue[];
  readonly noun?: CueKind;
}

function ends(stem: string, suffix: 'ed' | 'ing' | 's'): string {
  if (suffix === 's') {
    if (/(s|sh|ch|x|z|o)$/.test(stem)) return `${stem}es`;
    if (/[^aeiou]y$/.test(stem)) return `${stem.slice(0, -1)}ies`;
    return `${stem}s`;
  }
  // Listed stems and one-syllable consonant-vowel-consonant stems double: admit -> admitted, quip -> quipped.
  const double = DOUBLING.has(stem) || /^(qu|[^aeiou])*[aeiou][^aeiouwxy]$/.test(stem);
  const base = double ? stem + stem[stem.length - 1] : stem;
  if (suffix === 'ed') {
    if (base.endsWith('e')) return `${base}d`;
    if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
    return `${base}ed`;
  }
  if (base.endsWith('ie')) return `${base.slice(0, -2)}ying`;
  if (/[^e]e$/.test(base)) return `${base.slice(0, -1)}ing`;
  return `${base}ing`;
}

/** Inflections of a one-word lemma with their form. */
export function inflect(lemma: string): Array<[string, CueForm['form']]> {
  const past = IRREGULAR_PAST[lemma] ?? [ends(lemma, 'ed')];
  return [[lemma, 'base'], [ends(lemma, 's'), 's'], ...past.map((p): [string, CueForm['form']] => [p, 'past']), [ends(lemma, 'ing'), 'ing']];
}

/**
 * Inflections of a verb the user added: whether a final consonant doubles
 * depends on stress ("aver" -> "averred", "offer" -> "offered"), which
 * spelling does not show, so a stem ending in vowel and consonant gets both.
 */
export function inflectAdded(lemma: string): Array<[string, CueForm['form']]> {
  const forms = inflect(lemma);
  if (IRREGULAR_PAST[lemma] || !/[aeiou][^aeiouwxy]$/.test(lemma)) return forms;
  const doubled = lemma + lemma[lemma.length - 1];
  for (const [form, kind] of [[`${doubled}ed`, 'past'], [`${doubled}ing`, 'ing'], [`${lemma}ed`, 'past'], [`${lemma}ing`, 'ing']] as const) {
    if (!forms.some(([f]) => f === form)) forms.push([form, kind]);
  }
  return forms;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Builds the cue maps, with the user's extra and removed verbs (lemmas). */
export function buildReportingLexicon(options: LexiconOptions): ReportingLexicon {
  const removed = new Set((options.removedReportingVerbs ?? []).map((l) => l.trim().toLowerCase()));
  const verbs = new Map<string, CueForm[]>();
  const add = (lemma: string, kind: CueKind, user = false): void => {
    if (removed.has(lemma)) return;
    const [head, ...rest] = lemma.split(' ');
    for (const [word, form] of user ? inflectAdded(head) : inflect(head)) {
      const entries = verbs.get(word) ?? [];
      // The same lemma listed twice (or under two spellings) keeps its first kind.
      if (entries.some((e) => e.lemma === lemma)) continue;
      push(verbs, word, { lemma, kind, rest, form, evidential: EVIDENTIAL.has(lemma) });
    }
  };
  for (const [kind, lemmas] of Object.entries(VERBS) as Array<[CueKind, readonly string[]]>) {
    for (const lemma of lemmas) add(lemma, kind);
  }
  for (const lemma of options.extraReportingVerbs ?? []) add(lemma.trim().toLowerCase(), 'neutral', true);
  for (const list of verbs.values()) list.sort((a, b) => b.rest.length - a.rest.length);

  const prepositions = new Map<string, PrepositionCue[]>();
  for (const { phrase, kind } of PREPOSITIONS) {
    const words = phrase.split(' ');
    push(prepositions, words[0], { lemma: phrase, kind, words });
  }
  for (const list of prepositions.values()) list.sort((a, b) => b.words.length - a.words.length);
  const nouns = new Map(Object.entries(NOUNS));
  const cueWords = new Set([...verbs.keys(), ...prepositions.keys(), ...nouns.keys()]);
  const cues = new Map<string, CueEntries>();
  for (const word of cueWords) cues.set(word, { verbs: verbs.get(word), prepositions: prepositions.get(word), noun: nouns.get(word) });
  return { verbs, prepositions, nouns, cueWords, cues: new WordMap(cues) };
}
