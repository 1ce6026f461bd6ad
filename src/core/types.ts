/**
 * The findings ClaimLens reports, shared by the core, the exports and the
 * editor. Offsets are UTF-16 code units into the analysed text, `start`
 * inclusive, `end` exclusive, and `text === source.slice(start, end)`.
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

export type Status = 'confirmed' | 'alleged' | 'denied';
export const STATUSES: readonly Status[] = ['confirmed', 'alleged', 'denied'];

/** Hedge categories of GUIDE.md section 4. */
export type HedgeCategory =
  | 'modal'
  | 'speculative-verb'
  | 'evidential-adverb'
  | 'uncertain-noun'
  | 'unconfirmation'
  | 'approximator';

export interface Hedge extends Span {
  category: HedgeCategory;
  /** Id of the rule or lexicon entry that found it, for explanations. */
  rule: string;
}

/** How a reporting cue commits its source to the content. */
export type CueKind = 'neutral' | 'factive' | 'allegation' | 'denial' | 'belief' | 'unconfirmation' | 'call';

export type SourceKind = 'person' | 'organisation' | 'publication' | 'anonymous' | 'pronoun' | 'other';

export interface Source extends Span {
  kind: SourceKind;
  /** For a pronoun or short back-reference: the earlier named source it stands for. */
  resolved?: Span;
}

export interface Cue extends Span {
  kind: CueKind;
  /** Lemma of the cue ("say" for "said"), for settings and explanations. */
  lemma: string;
}

export interface Attribution {
  source: Source;
  cue: Cue;
  content?: Span;
  /** Content is a direct quotation. */
  quoted?: boolean;
}

export interface Claim extends Span {
  status: Status;
  /** A sentence a user can read in a hover: the cues and the rule that decided the status. */
  explanation: string;
  /** Index into `Analysis.attributions` of the attribution that frames the claim. */
  attribution?: number;
  /** Indices into `Analysis.hedges` of the hedges that govern the claim. */
  hedges: number[];
}

export type BlockKind = 'paragraph' | 'headline' | 'furniture' | 'reference' | 'code';

export interface Block extends Span {
  kind: BlockKind;
}

export interface Analysis {
  version: 1;
  claims: Claim[];
  attributions: Attribution[];
  hedges: Hedge[];
  /** Paragraphs, headlines and page furniture, in text order. */
  blocks: Block[];
  /** Sentence spans, in text order. */
  sentences: Span[];
}
