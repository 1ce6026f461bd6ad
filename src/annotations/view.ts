/**
 * The merged view: the analysis with the manual decisions applied, what the
 * editor shows and what the annotation-aware exports write.
 */
import type { AnchorState } from '../core/anchoring';
import type { Attribution, Cue, Hedge, SourceKind, Span, Status } from '../core/types';
import type { FindingKind, ManualAnnotation, Origin } from './types';

/** What every merged item says about its manual side. */
export interface ManualMarks {
  origin: Origin;
  note?: string;
  /** The annotation that changed the item: pass it back in an edit's target. */
  annotationId?: string;
  /** How that annotation re-attached; `fuzzy` is worth showing to the user. */
  anchorState?: AnchorState;
  /** ISO time of the last manual change. */
  updated?: string;
}

export interface MergedSource {
  text: string;
  /** Offsets when the source is a span of the current text. */
  start?: number;
  end?: number;
  kind?: SourceKind;
  /** For a pronoun: the earlier named source it stands for. */
  resolved?: Span;
}

export interface MergedClaim extends Span, ManualMarks {
  /** Stable id from the normalised claim text (`claimId`). */
  id: string;
  status: Status;
  /** The analysis' status, when a person changed it. */
  autoStatus?: Status;
  explanation: string;
  /** Marked as a claim by a person. */
  added: boolean;
  source?: MergedSource;
  cue?: Cue;
  /** Index into `MergedView.attributions` of the framing attribution. */
  attribution?: number;
  /** Indices into `MergedView.hedges`. */
  hedges: number[];
}

export type MergedHedge = Hedge & ManualMarks;
export type MergedAttribution = Attribution & ManualMarks;

export type DismissedFinding =
  | { kind: 'claim'; item: MergedClaim }
  | { kind: 'hedge'; item: MergedHedge }
  | { kind: 'attribution'; item: MergedAttribution };

/** A manual annotation that applies to nothing now: kept and listed, never dropped. */
export interface OrphanedAnnotation {
  annotation: ManualAnnotation;
  kind: FindingKind;
  /** `text-gone`: its quote is no longer in the article; `finding-gone`: the text is there but the analysis no longer finds it. */
  reason: 'text-gone' | 'finding-gone';
}

export interface MergedView {
  /** Active findings in text order, dismissed ones left out. */
  claims: MergedClaim[];
  hedges: MergedHedge[];
  attributions: MergedAttribution[];
  /** Findings a person dismissed, for a "restore" list. */
  dismissed: DismissedFinding[];
  orphaned: OrphanedAnnotation[];
}
