/**
 * Word lists the claim and status rules read (GUIDE.md sections 1 and 2).
 * Entries are lower-case base forms unless noted; `inflect` below expands the
 * regular verb forms. Sources: the cue columns of GUIDE.md section 2, the
 * reporting-verb classes of Bergler (2006) "Conversational constructions in
 * news" (neutral / factive / belief / denial), and the commissive and
 * directive verbs of Searle's speech-act classes (calls and pledges).
 */
import type { CueKind } from '../types';
import { wordMemo } from './word-memo';

/** Verb cues that frame content, by how they commit the source (GUIDE.md §2, §3). */
export const VERB_CUES: Readonly<Record<string, CueKind>> = {
  // neutral reporting: the source asserts, the author does not vouch
  say: 'neutral', state: 'neutral', tell: 'neutral', announce: 'neutral', assert: 'neutral',
  argue: 'neutral', report: 'neutral', add: 'neutral', explain: 'neutral', insist: 'neutral',
  maintain: 'neutral', reiterate: 'neutral', emphasise: 'neutral', emphasize: 'neutral',
  stress: 'neutral', underscore: 'neutral', echo: 'neutral', declare: 'neutral', write: 'neutral',
  cite: 'neutral', mention: 'neutral', contend: 'neutral', testify: 'neutral',
  predict: 'neutral', tweet: 'neutral', post: 'neutral', express: 'neutral', criticise: 'neutral',
  criticize: 'neutral', denounce: 'neutral', disclose: 'neutral',
  // allegation: the source charges someone
  allege: 'allegation', accuse: 'allegation', claim: 'allegation', warn: 'allegation', charge: 'allegation',
  blame: 'allegation',
  // belief and inference: the source is not sure, or infers
  believe: 'belief', think: 'belief', suspect: 'belief', assume: 'belief', expect: 'belief',
  anticipate: 'belief', estimate: 'belief', suggest: 'belief', indicate: 'belief', signal: 'belief',
  hint: 'belief', imply: 'belief', speculate: 'belief', fear: 'belief',
  // factive: the content is presented as true
  confirm: 'factive', verify: 'factive', acknowledge: 'factive', admit: 'factive', note: 'factive',
  notice: 'factive', observe: 'factive', reveal: 'factive', show: 'factive', demonstrate: 'factive',
  prove: 'factive', find: 'factive', establish: 'factive', discover: 'factive', realise: 'factive',
  realize: 'factive', recognise: 'factive', recognize: 'factive', highlight: 'factive', learn: 'factive',
  // denial
  deny: 'denial', reject: 'denial', dismiss: 'denial', refute: 'denial', rebut: 'denial',
  dispute: 'denial', contradict: 'denial', debunk: 'denial', rubbish: 'denial', repudiate: 'denial', disprove: 'denial',
  // calls, demands and pledges: their content is not a claim
  urge: 'call', push: 'call', beg: 'call', demand: 'call', press: 'call',
  implore: 'call', plead: 'call', pledge: 'call', promise: 'call', vow: 'call', caution: 'call', recommend: 'call',
};

/** Cues whose indirect object may stand before "that" ("told the committee that P"). */
export const OBJECT_THEN_THAT: ReadonlySet<string> = new Set(['tell', 'inform', 'remind', 'assure', 'warn', 'convince', 'show']);

/** Two-word verb cues (first word a base form, the particle as written). */
export const PHRASAL_CUES: Readonly<Record<string, CueKind>> = {
  'point to': 'factive', 'point out': 'factive', 'rule out': 'denial', 'call for': 'call', 'call on': 'call',
  'appeal for': 'call', 'appeal to': 'call',
};

/** Irregular forms of cue verbs. */
export const IRREGULAR: Readonly<Record<string, string>> = {
  said: 'say', says: 'say', told: 'tell', thought: 'think', found: 'find', shown: 'show',
  showed: 'show', wrote: 'write', written: 'write', saw: 'see',
};

/**
 * Cues that, with a plain noun-phrase object, describe an action rather than
 * a speech act ("Hungary has maintained stronger connections", "found a way"):
 * such a sentence is still the author's claim.
 */
export const NON_SPEECH_WITH_NP: ReadonlySet<string> = new Set([
  'maintain', 'add', 'find', 'show', 'demonstrate', 'establish', 'discover', 'learn', 'post', 'write',
  'prove', 'realise', 'realize', 'charge', 'report',
]);

/**
 * Verbs that charge their object with an act, and the preposition that opens
 * the act: "accused the board of hiding P", "charged the mayor with fraud",
 * "blame the rebels for the attack". GUIDE.md section 2: the charged act is
 * alleged; for "accuse" and "charge" the claim is the accused party with the
 * act ("the board of hiding P"), for "blame" the act itself.
 */
export const CHARGE_PREPOSITIONS: Readonly<Record<string, string>> = {
  accuse: 'of', suspect: 'of', charge: 'with', blame: 'for',
};

/** Cues whose content may follow without "that" ("Wang claimed Beijing played ..."). */
export const BRIDGE_VERBS: ReadonlySet<string> = new Set([
  'say', 'state', 'claim', 'believe', 'think', 'tell', 'report', 'assert', 'argue', 'insist',
  'indicate', 'suggest', 'add', 'warn', 'allege', 'fear', 'expect',
]);

/**
 * Factive and denial verbs whose content may also drop "that" ("confirmed it
 * was", "admitted he lied", "results showing he lost"), but which more often
 * take an object: only a short subject directly followed by its finite verb
 * opens a clause after them (rules/frames.ts, `thatlessClause`).
 */
export const OBJECT_OR_CLAUSE_VERBS: ReadonlySet<string> = new Set([
  'confirm', 'admit', 'acknowledge', 'concede', 'show', 'find', 'reveal', 'discover', 'learn', 'realise', 'realize', 'deny',
]);

/** Cues that take a proposition as a plain noun-phrase object ("noting a plan ..."). */
export const NP_PROPOSITION_VERBS: ReadonlySet<string> = new Set(['note', 'point to', 'cite evidence']);

/** Nouns that introduce a proposition ("indications that P", "the allegations of P"), by status effect. */
export const PROPOSITION_NOUNS: Readonly<Record<string, CueKind | 'evidence'>> = {
  // uncertain evidence (GUIDE.md §4)
  sign: 'belief', signs: 'belief', indication: 'belief', indications: 'belief', indicator: 'belief',
  indicators: 'belief', suggestion: 'belief', suggestions: 'belief', possibility: 'belief',
  prospect: 'belief', likelihood: 'belief', speculation: 'belief', rumour: 'belief', rumours: 'belief',
  rumor: 'belief', rumors: 'belief', hopes: 'belief', fears: 'belief', fear: 'belief',
  // reports and charges: someone asserts it
  report: 'neutral', reports: 'neutral', claim: 'allegation', claims: 'allegation',
  allegation: 'allegation', allegations: 'allegation', accusation: 'allegation', accusations: 'allegation',
  concern: 'allegation', concerns: 'allegation', suspicion: 'allegation', suspicions: 'allegation',
  assertion: 'allegation', assertions: 'allegation', charge: 'allegation', charges: 'allegation',
  // evidence: confirms, unless negated ("no evidence") or lacking ("lack of evidence")
  evidence: 'evidence', proof: 'evidence',
};

/** Nouns of a report that refer back to an earlier claim ("this claim", "the accusations"). */
export const BACK_REFERENCE_NOUNS: ReadonlySet<string> = new Set([
  'claim', 'claims', 'view', 'report', 'reports', 'allegation', 'allegations', 'accusation',
  'accusations', 'assertion', 'assertions', 'charge', 'charges', 'notion', 'idea', 'suggestion',
  'suggestions', 'account', 'story', 'theory', 'rumour', 'rumours', 'rumor', 'rumors', 'figure', 'figures', 'estimate',
  'estimates', 'finding', 'findings',
]);

/** Determiners that make such a noun refer back ("the same claims", "this view"). */
export const BACK_REFERENCE_DETERMINERS: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those', 'such', 'same', 'the']);

/** Verbs that take a stance on a back-referred claim, and the stance. */
export const STANCE_VERBS: Readonly<Record<string, 'denial' | 'factive' | 'neutral'>> = {
  deny: 'denial', reject: 'denial', dismiss: 'denial', refute: 'denial', rebut: 'denial', dispute: 'denial',
  debunk: 'denial', rubbish: 'denial', repudiate: 'denial', disprove: 'denial',
  confirm: 'factive', verify: 'factive', corroborate: 'factive', prove: 'factive',
  support: 'neutral', back: 'neutral', echo: 'neutral', repeat: 'neutral', reiterate: 'neutral',
  cite: 'neutral', endorse: 'neutral', amplify: 'neutral',
};

/** A stance a truth predicate takes, plain and under negation (none: the negated predicate takes no stance). */
export interface TruthStance {
  kind: CueKind;
  negated?: CueKind;
}

/**
 * Words that judge a proposition true or false when they are predicated of
 * a noun that names it ("Reports that P were false", "The claim that P is
 * not true") or open a condition on it ("If true, P"). GUIDE.md §2: "false"
 * and "not true" deny, "unconfirmed" leaves the claim open. Passives of the
 * stance verbs ("have been denied", "If confirmed") come from STANCE_VERBS.
 */
export const TRUTH_PREDICATES: ReadonlyMap<string, TruthStance> = new Map(Object.entries({
  false: { kind: 'denial' }, untrue: { kind: 'denial' }, wrong: { kind: 'denial' }, baseless: { kind: 'denial' },
  unfounded: { kind: 'denial' }, groundless: { kind: 'denial' }, inaccurate: { kind: 'denial' },
  incorrect: { kind: 'denial' }, fabricated: { kind: 'denial' }, bogus: { kind: 'denial' }, fake: { kind: 'denial' },
  erroneous: { kind: 'denial' }, mistaken: { kind: 'denial' },
  true: { kind: 'factive', negated: 'denial' }, accurate: { kind: 'factive', negated: 'denial' },
  correct: { kind: 'factive', negated: 'denial' }, proven: { kind: 'factive', negated: 'unconfirmation' },
  unconfirmed: { kind: 'unconfirmation' }, unverified: { kind: 'unconfirmation' },
  unsubstantiated: { kind: 'unconfirmation' }, unproven: { kind: 'unconfirmation' },
} satisfies Record<string, TruthStance>));

/**
 * Nouns that, predicated of a claim or used of it, call it untrue: "the
 * report is a hoax", "dismissed the story as propaganda", "nothing but lies"
 * (GUIDE.md section 2, "Denials in context": verdicts on a claim).
 */
export const VERDICT_NOUNS: ReadonlySet<string> = new Set([
  'hoax', 'hoaxes', 'fabrication', 'fabrications', 'lie', 'lies', 'falsehood', 'falsehoods', 'fiction', 'fantasy',
  'myth', 'myths', 'propaganda', 'disinformation', 'misinformation', 'nonsense', 'rubbish', 'slander', 'libel',
  'smear', 'smears', 'invention', 'inventions', 'fairy',
]);

/** Nouns whose absence denies what follows: "no truth to", "no basis for", "little merit in". */
export const BASIS_NOUNS: ReadonlySet<string> = new Set(['truth', 'basis', 'merit', 'substance', 'foundation']);

/** Words between a verdict's verb and its noun: "is a hoax", "were pure fabrication", "nothing but lies". */
export const VERDICT_FILLERS: ReadonlySet<string> = new Set([
  'a', 'an', 'pure', 'total', 'complete', 'utter', 'outright', 'blatant', 'malicious', 'baseless', 'nothing', 'but', 'simply', 'just', 'more', 'another',
]);

/**
 * Verbs that give their object a verdict as a second complement: "called the
 * claims baseless", "described the report as a fabrication", "branded the
 * story lies". Only the verdict makes them stances; "called the report
 * important" judges nothing true or false.
 */
export const CHARACTERISING_VERBS: ReadonlySet<string> = new Set([
  'call', 'calls', 'called', 'calling', 'describe', 'describes', 'described', 'describing', 'brand', 'brands',
  'branded', 'branding', 'label', 'labels', 'labelled', 'labeled', 'labelling', 'labeling', 'term', 'terms', 'termed',
  'dub', 'dubs', 'dubbed', 'characterise', 'characterised', 'characterize', 'characterized', 'deem', 'deems', 'deemed',
]);

/** Hedge words the status rule recognises itself while the hedge rule is partial (GUIDE.md §4). */
export const HEDGE_WORDS: ReadonlySet<string> = new Set([
  'may', 'might', 'could', 'perhaps', 'possibly', 'probably', 'likely', 'unlikely', 'reportedly',
  'allegedly', 'apparently', 'purportedly', 'seemingly', 'presumably', 'supposedly', 'appear',
  'appears', 'appeared', 'seem', 'seems', 'seemed', 'suggest', 'suggests', 'suggested', 'suggesting',
  'indicate', 'indicates', 'indicated', 'indicating', 'believe', 'believes', 'believed',
  'anticipated', 'expected', 'rumoured', 'rumored', 'signs', 'indications', 'indicators',
  'possibility', 'potential', 'possible', 'speculation',
]);

/** Past participles that make an agentless passive hedge ("are believed to", "is expected to"). */
export const PASSIVE_HEDGES: ReadonlySet<string> = new Set([
  'believed', 'thought', 'alleged', 'reported', 'said', 'expected', 'anticipated', 'rumoured',
  'rumored', 'understood', 'claimed', 'feared', 'suspected', 'estimated', 'raised',
]);

/** Nouns that stand for a report as the subject of a proposition ("the narrative centers on P"). */
export const REPORT_SUBJECTS: ReadonlySet<string> = new Set([
  'narrative', 'narratives', 'reports', 'report', 'coverage', 'story', 'stories', 'accounts', 'rumours', 'rumors',
]);

/**
 * Predicates that interpret or evaluate rather than report an event ("marks a
 * significant development", "highlights", "was part of a pattern"); a sentence
 * built on one is not itself a claim (GUIDE.md §1, opinions and evaluations).
 */
export const INTERPRETIVE_VERBS: ReadonlySet<string> = new Set([
  'mark', 'marks', 'marked', 'highlight', 'highlights', 'highlighted', 'signify', 'signifies',
  'signified', 'underscore', 'underscores', 'underscored', 'reflect', 'reflects', 'reflected',
  'complicate', 'complicates', 'complicated', 'pose', 'poses', 'posed', 'illustrate', 'illustrates',
  'represent', 'represents', 'symbolise', 'symbolises', 'symbolize', 'symbolizes', 'center', 'centers',
  'centre', 'centres', 'converge', 'converging', 'point', 'points',
]);

/** Copular evaluations ("was part of a pattern", "is a sign of"). */
export const INTERPRETIVE_PHRASES: readonly (readonly string[])[] = [
  ['part', 'of', 'a'], ['a', 'sign', 'of'], ['an', 'example', 'of'], ['a', 'testament', 'to'],
];

/** Adjectives and nouns that make a predicate an evaluation ("was essential", "a grave error"). */
export const EVALUATIVE_WORDS: ReadonlySet<string> = new Set([
  'essential', 'important', 'crucial', 'vital', 'necessary', 'unacceptable', 'wrong', 'right',
  'imperative', 'error', 'mistake', 'disgrace', 'shame', 'positive', 'negative', 'helpful',
  'constructive', 'irresponsible', 'regrettable', 'welcome', 'deplorable',
  // feelings: "I am really disturbed", "the agency is particularly concerned" report a state of mind, nothing checkable
  'disturbed', 'worried', 'concerned', 'pleased', 'happy', 'disappointed', 'saddened', 'shocked', 'upset',
  'angry', 'afraid', 'proud', 'glad', 'delighted', 'grateful', 'hopeful', 'outraged', 'alarmed', 'dismayed',
]);

/** Adjectives of knowledge that, before a wh-word, make an open question: "it is not clear who", "unknown whether". */
export const OPEN_QUESTION_ADJECTIVES: ReadonlySet<string> = new Set(['clear', 'unclear', 'known', 'unknown', 'certain', 'uncertain', 'sure']);

/** Verbs of wanting: "wants the firm to pay" states a wish, not a fact (GUIDE.md section 1). */
export const WISH_VERBS: ReadonlySet<string> = new Set(['want', 'wants', 'wanted', 'wish', 'wishes', 'wished']);

/** Deontic modals: what should happen is an opinion, not a claim. */
export const DEONTIC_MODALS: ReadonlySet<string> = new Set(['must', 'should', 'ought', 'shall']);

/** Nouns of a speaker's own aims ("China's objective is to ..."). */
export const INTENT_NOUNS: ReadonlySet<string> = new Set([
  'objective', 'aim', 'goal', 'intention', 'intent', 'purpose', 'desire', 'wish', 'willingness', 'hope',
]);

/** Verbs of a speaker's own attitude ("it opposes unilateral sanctions"). */
export const ATTITUDE_VERBS: ReadonlySet<string> = new Set([
  'oppose', 'opposes', 'opposed', 'support', 'supports', 'favour', 'favours', 'favor', 'favors',
  'want', 'wants', 'hope', 'hopes', 'wish', 'wishes', 'welcome', 'welcomes', 'condemn', 'condemns',
]);

/** Event nouns whose noun phrase states a proposition ("the collaboration between Russia and China"). */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'collaboration', 'cooperation', 'co-operation', 'support', 'involvement', 'aid', 'assistance',
  'transfer', 'transfers', 'supply', 'supplies', 'delivery', 'deliveries', 'sale', 'sales', 'growth',
  'increase', 'decline', 'invasion', 'attack', 'attacks', 'deployment', 'shipment', 'shipments',
  'provision', 'participation', 'intervention',
]);

/**
 * Leading discourse adverbials that gold claim spans leave out ("Meanwhile,",
 * "However,"); phrases starting with a preposition or subordinator are
 * recognised by `LEADING_STARTERS`.
 */
export const DISCOURSE_ADVERBS: ReadonlySet<string> = new Set([
  'meanwhile', 'however', 'furthermore', 'moreover', 'similarly', 'likewise', 'nevertheless',
  'nonetheless', 'additionally', 'also', 'still', 'instead', 'indeed', 'recently', 'historically',
  'previously', 'earlier', 'later', 'separately', 'consequently', 'thus', 'hence', 'therefore',
  'notably', 'importantly', 'overall', 'finally', 'first', 'second', 'third', 'yet', 'now', 'then',
]);

/** Words that open a leading adjunct phrase ending in a comma ("Despite X,", "In reply,"). */
export const LEADING_STARTERS: ReadonlySet<string> = new Set([
  'despite', 'in', 'at', 'on', 'during', 'after', 'before', 'following', 'since', 'instead', 'while',
  'whilst', 'although', 'though', 'as', 'amid', 'with', 'without', 'for', 'by', 'from', 'under', 'when',
  'once', 'until', 'this', 'last', 'next', 'earlier', 'later', 'over', 'throughout', 'unlike', 'like',
  'given', 'because', 'if', 'whereas', 'beyond', 'within',
]);

/** Subordinators and relative pronouns that start a clause of their own. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'which', 'who', 'whom', 'whose', 'as', 'while', 'whilst', 'after', 'before', 'because', 'since',
  'although', 'though', 'when', 'whereas', 'until', 'if', 'with',
]);

/** Auxiliaries and modals: a word that makes a clause finite. */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'is', 'are', 'am', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'can', 'could',
  'may', 'might', 'must', 'should', 'did', 'does', 'do', "isn't", "aren't", "wasn't", "weren't",
  "hasn't", "haven't", "hadn't", "won't", "wouldn't", "can't", 'cannot', "couldn't", "didn't", "doesn't", "don't",
]);

/** Words whose "to"-infinitive is negated: "was unable to verify", "declined to confirm", "refused to deny". */
export const NEGATIVE_CONTROLLERS: ReadonlySet<string> = new Set([
  'unable', 'fail', 'fails', 'failed', 'decline', 'declines', 'declined', 'refuse', 'refuses', 'refused',
]);

/**
 * Words a participle opening a phrase takes right after it: a preposition, a
 * particle or a determiner ("Speaking to", "Chastened by", "Citing the"). Before
 * anything else an opening -ing or -ed word is a name or a modifier ("Beijing
 * said", "Leading economists say").
 */
export const PARTICIPLE_COMPLEMENTS: ReadonlySet<string> = new Set([
  'to', 'in', 'on', 'at', 'with', 'about', 'for', 'from', 'after', 'before', 'during', 'by', 'into', 'through', 'over',
  'under', 'up', 'out', 'off', 'down', 'back', 'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that',
  'these', 'those',
]);

/** Negators that scope over a following cue ("could not confirm", "have not found"). */
export const NEGATORS: ReadonlySet<string> = new Set(['not', 'never', 'no', 'cannot', "n't", 'nt']);

/** Adverbs that may stand inside a verb group ("have also said", "had already confirmed"). */
export const GROUP_ADVERBS: ReadonlySet<string> = new Set(['also', 'both', 'all', 'further', 'then', 'already', 'still', 'again', 'once', 'even']);

/** Pronouns that can open a clause ("..., and he recently met ..."). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/** Possessive and personal pronouns that make a prediction the speaker's own ("his government would"). */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'we', 'i', 'it']);

/** Determiners and possessives: a following "-ing"/"-s" word is a noun, not a verb. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my',
  'your', 'such', 'repeated', 'any', 'some', 'no', 'to',
]);

/** Common irregular past forms, which the "-ed" test for a finite verb misses. */
export const IRREGULAR_PAST: ReadonlySet<string> = new Set([
  'fled', 'made', 'took', 'gave', 'went', 'came', 'said', 'told', 'saw', 'ran', 'won', 'lost', 'left', 'met',
  'sent', 'spent', 'held', 'kept', 'began', 'fell', 'got', 'led', 'paid', 'sold', 'stood', 'struck', 'thought',
  'wrote', 'rose', 'broke', 'bought', 'brought', 'caught', 'chose', 'drew', 'drove', 'fought', 'found', 'grew',
  'hid', 'knew', 'shut', 'spoke', 'stole', 'threw', 'tore', 'understood', 'built', 'felt', 'heard', 'meant', 'sought',
]);

/** Adjectives that may stand between a light verb and an evidence noun ("solid indicators"). */
export const EVIDENCE_ADJECTIVES: ReadonlySet<string> = new Set([
  'solid', 'verifiable', 'clear', 'new', 'some', 'strong', 'credible', 'mounting', 'growing', 'firm',
  'concrete', 'hard', 'conclusive', 'any', 'further', 'more', 'fresh', 'little', 'direct', 'early',
]);

/** Base form of an English verb form, for the cue lexicons (regular inflection plus IRREGULAR). */
export function verbBase(word: string, known: (base: string) => boolean): string | undefined {
  // An irregular form has one base; it counts only where the caller knows that base.
  if (Object.hasOwn(IRREGULAR, word)) return known(IRREGULAR[word]) ? IRREGULAR[word] : undefined;
  if (known(word)) return word;
  const tries: string[] = [];
  if (word.endsWith('ies')) tries.push(word.slice(0, -3) + 'y');
  if (word.endsWith('ied')) tries.push(word.slice(0, -3) + 'y');
  if (word.endsWith('es')) tries.push(word.slice(0, -2));
  if (word.endsWith('s')) tries.push(word.slice(0, -1));
  if (word.endsWith('ed')) tries.push(word.slice(0, -2), word.slice(0, -1));
  if (word.endsWith('ing')) tries.push(word.slice(0, -3), word.slice(0, -3) + 'e');
  // a doubled final consonant: "averred", "admitting", "planned"
  const stem = word.endsWith('ed') ? word.slice(0, -2) : word.endsWith('ing') ? word.slice(0, -3) : '';
  if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] && !'aeiouwxy'.includes(stem[stem.length - 1])) tries.push(stem.slice(0, -1));
  return tries.find(known);
}

/**
 * What the cue lexicons and the rules' closed word classes say about one word
 * form; looked up once per word, as lookups by fresh strings are slow, so that
 * the rules read a property instead of asking a Set about the same word again.
 * Words of one or two letters are no cues: their first six facts are empty.
 */
export interface WordCues {
  /** `PROPOSITION_NOUNS[word]`. */
  readonly noun: CueKind | 'evidence' | undefined;
  /** `verbBase(word, (b) => b in verbs)`, the lexicon's verb cues. */
  readonly cueBase: string | undefined;
  /** `verbBase(word, (b) => b in STANCE_VERBS)`. */
  readonly stanceBase: string | undefined;
  /**
   * The first words of phrasal cues that the word may be a form of, in the
   * order of `PHRASAL_CUES` (`verbBase(word, (b) => b === first)` for each).
   */
  readonly phrasal: readonly string[];
  /** `BACK_REFERENCE_NOUNS.has(word)`. */
  readonly backReference: boolean;
  /** `HEDGE_WORDS.has(word)`. */
  readonly hedge: boolean;
  /** `AUXILIARIES.has(word)`. */
  readonly auxiliary: boolean;
  /** `word.endsWith("n't")`: a contracted negation ("didn't"). */
  readonly contractedNot: boolean;
  /** `NEGATORS.has(word)`. */
  readonly negator: boolean;
  /** `GROUP_ADVERBS.has(word)`. */
  readonly groupAdverb: boolean;
  /** `DETERMINERS.has(word)`. */
  readonly determiner: boolean;
  /** A past form as the finite-verb test reads it: in `IRREGULAR_PAST`, or ending in "-ed" with five letters or more. */
  readonly pastForm: boolean;
  /** `CLAUSE_OPENERS.has(word)`. */
  readonly clauseOpener: boolean;
  /** `INTERPRETIVE_VERBS.has(word)`. */
  readonly interpretive: boolean;
  /** `DEONTIC_MODALS.has(word)`. */
  readonly deontic: boolean;
  /** `EVALUATIVE_WORDS.has(word)`. */
  readonly evaluative: boolean;
  /** An intent noun, "to", or the first word of an interpretive phrase: where a phrase of `notAClaim` may start. */
  readonly phraseStart: boolean;
}

const NONE: readonly string[] = [];

/** First words of the phrasal cues, in the order of `PHRASAL_CUES`. */
const PHRASAL_FIRST: readonly string[] = [...new Set(Object.keys(PHRASAL_CUES).map((p) => p.split(' ')[0]))];

/** Words that can start one of the phrases `notAClaim` (rules/clauses.ts) looks for. */
const PHRASE_STARTS: ReadonlySet<string> = new Set([...INTENT_NOUNS, 'to', ...INTERPRETIVE_PHRASES.map((p) => p[0])]);

/**
 * The claim rules' cue lexicon for one set of user options: the verb cues
 * with the reporting verbs a user added (as neutral cues) or removed in the
 * settings, and the memoised facts of each word form under them.
 */
export interface ClaimCueLexicon {
  /** Lemma -> cue kind; no prototype, so any word can be looked up. */
  readonly verbs: Readonly<Record<string, CueKind>>;
  readonly wordCues: (word: string) => WordCues;
}

export function buildClaimCueLexicon(added: readonly string[] = [], removed: readonly string[] = []): ClaimCueLexicon {
  const verbs: Record<string, CueKind> = Object.assign(Object.create(null) as Record<string, CueKind>, VERB_CUES);
  // a single base form: the claim rules read one-word verb cues; phrases stay with the attribution lexicon
  for (const lemma of added.map((l) => l.trim().toLowerCase())) if (/^[a-z][a-z'-]*$/.test(lemma) && !(lemma in verbs)) verbs[lemma] = 'neutral';
  for (const lemma of removed) delete verbs[lemma.trim().toLowerCase()];
  const cuesOf = (word: string): WordCues => {
    // the claim rules take no cue of one or two letters, not even a user's own reporting verb ("go")
    const short = word.length <= 2;
    const phrasal = short ? NONE : PHRASAL_FIRST.filter((first) => verbBase(word, (b) => b === first));
    return {
      noun: !short && Object.hasOwn(PROPOSITION_NOUNS, word) ? PROPOSITION_NOUNS[word] : undefined,
      cueBase: short ? undefined : verbBase(word, (b) => b in verbs),
      stanceBase: short ? undefined : verbBase(word, (b) => Object.hasOwn(STANCE_VERBS, b)),
      phrasal: phrasal.length ? phrasal : NONE,
      backReference: BACK_REFERENCE_NOUNS.has(word),
      hedge: HEDGE_WORDS.has(word),
      auxiliary: AUXILIARIES.has(word),
      contractedNot: word.endsWith("n't"),
      negator: NEGATORS.has(word),
      groupAdverb: GROUP_ADVERBS.has(word),
      determiner: DETERMINERS.has(word),
      pastForm: IRREGULAR_PAST.has(word) || (word.endsWith('ed') && word.length >= 5),
      clauseOpener: CLAUSE_OPENERS.has(word),
      interpretive: INTERPRETIVE_VERBS.has(word),
      deontic: DEONTIC_MODALS.has(word),
      evaluative: EVALUATIVE_WORDS.has(word),
      phraseStart: PHRASE_STARTS.has(word),
    };
  };
  // words with the same facts share one object (most words have none): a few hundred objects stay in the processor's cache
  const byFacts = new Map<string, WordCues>();
  const wordCues = wordMemo((word): WordCues => {
    const cues = cuesOf(word);
    const facts = JSON.stringify(cues);
    let shared = byFacts.get(facts);
    if (!shared) byFacts.set(facts, (shared = cues));
    return shared;
  });
  return { verbs, wordCues };
}

/** The lexicon without user options. */
export const DEFAULT_CLAIM_CUES: ClaimCueLexicon = buildClaimCueLexicon();
