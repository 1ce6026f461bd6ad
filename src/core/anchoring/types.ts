/**
 * Anchors in the shape of the W3C Web Annotation selectors: a quote with a
 * little context (TextQuoteSelector) plus where it was (TextPositionSelector).
 * Offsets are UTF-16 code units, `start` inclusive, `end` exclusive.
 */

/** The quoted text and up to a few dozen characters either side of it. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Where the quote was when the anchor was made. */
export interface TextPosition {
  start: number;
  end: number;
}

/** A quote and a position that identify a span across edits. */
export interface Anchor {
  quote: TextQuote;
  position: TextPosition;
}

/**
 * How an anchor re-attached: at its old place (`exact`), at the same text
 * elsewhere (`moved`), at text that was edited a little (`fuzzy`), or not at
 * all (`orphaned`).
 */
export type AnchorState = 'exact' | 'moved' | 'fuzzy' | 'orphaned';

/**
 * Where an anchor lies in the current text. For an orphaned anchor `start` and
 * `end` are its last known place clamped to the text: a hint, not its text.
 */
export interface ResolvedAnchor {
  start: number;
  end: number;
  state: AnchorState;
}

/** Tuning for `resolveAnchor`. */
export interface ResolveOptions {
  /** Least bigram similarity (0..1) between old and edited text for a fuzzy match (numbers must also be unchanged); default 0.8. */
  minSimilarity?: number;
}
