/**
 * Undo and redo for manual edits, as immutable snapshots of the annotation
 * set: small (a sidecar holds tens of entries) and impossible to get out of step.
 */
import type { AnnotationSet } from './types';

interface Entry {
  annotations: AnnotationSet;
  /** What the change did, for "Undo: set status" in the UI. */
  label: string;
}

/** Past, present and undone states of an article's annotations. */
export interface History {
  readonly past: readonly Entry[];
  readonly present: AnnotationSet;
  readonly future: readonly Entry[];
}

/** Snapshots kept by default; older ones fall off. */
export const UNDO_LIMIT = 100;

/** A history whose present is `annotations`, with nothing to undo or redo. */
export function createHistory(annotations: AnnotationSet): History {
  return { past: [], present: annotations, future: [] };
}

/** Records a change: `next` becomes the present and the redo list is cleared. */
export function record(history: History, next: AnnotationSet, label: string, limit = UNDO_LIMIT): History {
  const past = [...history.past, { annotations: history.present, label }].slice(-limit);
  return { past, present: next, future: [] };
}

/** Label of the change `undo` would revert, if any. */
export function undoLabel(history: History): string | undefined {
  return history.past.at(-1)?.label;
}

/** Label of the change `redo` would re-apply, if any. */
export function redoLabel(history: History): string | undefined {
  return history.future[0]?.label;
}

/** Steps back one change; unchanged when there is nothing to undo. */
export function undo(history: History): History {
  const last = history.past.at(-1);
  if (!last) return history;
  return { past: history.past.slice(0, -1), present: last.annotations, future: [{ annotations: history.present, label: last.label }, ...history.future] };
}

/** Re-applies the last undone change; unchanged when there is none. */
export function redo(history: History): History {
  const [next, ...rest] = history.future;
  if (!next) return history;
  return { past: [...history.past, { annotations: history.present, label: next.label }], present: next.annotations, future: rest };
}
