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

/** A claim's source in the merged view. */
export interface MergedSource {
  text: string;
  /** Offsets when the source is a span of the current text. */
  start?: number;
  end?: number;
  kind?: SourceKind;
  /** For a pronoun: the earlier named source it stands for. */
  resolved?: Span;
}

/** A claim as shown and exported: the analysis with the manual decisions applied. */
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

/** A hedge with its manual marks. */
export type MergedHedge = Hedge & ManualMarks;
/** An attribution with its manual marks. */
export type MergedAttribution = Attribution & ManualMarks;

/** A finding a person dismissed, with its kind. */
export type DismissedFinding =
  | { kind: 'claim'; item: MergedClaim }
  | { kind: 'hedge'; item: MergedHedge }
  | { kind: 'attribution'; item: MergedAttribution };

/** A manual annotation that applies to nothing now: kept and listed, never dropped. */
export interface OrphanedAnnotation {
  annotation: ManualAnnotation;
  kind: FindingKind;
  /** `text-gone`: neither its quote nor a close copy of it is in the article; `finding-gone`: the text is there but the analysis no longer finds it. */
  reason: 'text-gone' | 'finding-gone';
}

/** Everything the editor shows for one article. */
export interface MergedView {
  /** Active findings in text order, dismissed ones left out. */
  claims: MergedClaim[];
  hedges: MergedHedge[];
  attributions: MergedAttribution[];
  /** Findings a person dismissed, for a "restore" list. */
  dismissed: DismissedFinding[];
  orphaned: OrphanedAnnotation[];
}
