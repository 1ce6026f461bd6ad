/**
 * The highlight categories and their setting keys. Free of `vscode`, so the
 * unit tests and the hover text can share it.
 */
import type { Status } from '../core';

/** What a decoration marks: a claim of one status, a hedge, a source or a cue. */
export type Highlight = Status | 'hedge' | 'source' | 'cue';

/** Categories a user switches on and off; `claims` covers the three statuses. */
export type Category = 'claims' | 'hedges' | 'sources' | 'cues';

export const CATEGORIES: readonly Category[] = ['claims', 'hedges', 'sources', 'cues'];

export const HIGHLIGHTS: readonly Highlight[] = ['confirmed', 'alleged', 'denied', 'hedge', 'source', 'cue'];

/** The category that switches a highlight on or off. */
export function categoryOf(h: Highlight): Category {
  if (h === 'hedge') return 'hedges';
  if (h === 'source') return 'sources';
  if (h === 'cue') return 'cues';
  return 'claims';
}

/** Title-case label of a status, for trees and hovers. */
export function statusLabel(s: Status): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
