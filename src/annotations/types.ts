/**
 * Manual annotations: what a fact-checker changed about the findings, each
 * anchored to its text so it survives edits of the article.
 */
import type { Anchor } from '../core/anchoring';
import type { SourceKind, Status } from '../core/types';

/** The kinds of finding a person can annotate. */
export type FindingKind = 'claim' | 'hedge' | 'attribution';
export const FINDING_KINDS: readonly FindingKind[] = ['claim', 'hedge', 'attribution'];

/** Whether an item of the merged view comes from the analysis alone or carries a person's decision. */
export type Origin = 'auto' | 'manual';

/** A claim's source as a person named it; anchored when picked from the text. */
export interface ManualSource {
  text: string;
  kind?: SourceKind;
  anchor?: Anchor;
}

/**
 * One finding's manual changes. The anchor covers the finding's span: the
 * claim, the hedge, or for an attribution the stretch from its source to its
 * cue (see `findingSpan`). Unset fields leave the analysis as it is.
 */
export interface ManualAnnotation {
  /** Stable within its sidecar; `annotationId` makes one. */
  id: string;
  kind: FindingKind;
  anchor: Anchor;
  /** Claims only: the status a person decided on. */
  status?: Status;
  note?: string;
  /** A false finding a person dismissed; `restore` clears it. */
  dismissed?: boolean;
  /** Claims only: marked as a claim by a person, not found by the analysis. */
  added?: boolean;
  /** Claims only: the source a person gave instead of the analysed one. */
  source?: ManualSource;
  /** ISO 8601 time of the last change, as the caller supplied it. */
  updated?: string;
}

/** A sidecar's annotations; the edit functions never mutate one, they return a new one. */
export type AnnotationSet = readonly ManualAnnotation[];
