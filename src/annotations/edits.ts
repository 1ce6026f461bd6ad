/**
 * The manual edits as pure functions: each takes a set, the current article
 * text and an edit, and returns the new set. Annotations left without any
 * change in them are dropped, so restoring a dismissed finding leaves no trace.
 */
import { createAnchor, resolveAnchor } from '../core/anchoring';
import type { SourceKind, Status } from '../core/types';
import { annotationId } from './ids';
import type { AnnotationSet, FindingKind, ManualAnnotation, ManualSource } from './types';

/** The finding an edit is about: its kind and current span (see `findingSpan`), and its annotation if it has one. */
export interface Target {
  kind: FindingKind;
  start: number;
  end: number;
  annotationId?: string;
}

/** A source picked by a person: text, and its span when selected in the article. */
export interface SourceInput {
  text: string;
  start?: number;
  end?: number;
  kind?: SourceKind;
}

/** One change a person makes from the hover, the tree or the palette. */
export type ManualEdit =
  | { type: 'set-status'; target: Target; status: Status }
  | { type: 'set-note'; target: Target; note: string }
  | { type: 'dismiss'; target: Target }
  | { type: 'restore'; target: Target }
  | { type: 'add-claim'; start: number; end: number; status: Status; source?: SourceInput }
  | { type: 'set-source'; target: Target; source: SourceInput | null };

function toSource(text: string, input: SourceInput): ManualSource {
  const out: ManualSource = { text: input.text };
  if (input.kind) out.kind = input.kind;
  if (input.start !== undefined && input.end !== undefined && input.start < input.end) out.anchor = createAnchor(text, input.start, input.end);
  return out;
}

/** Index of the annotation for `target`: by id, else the one of that kind now resolving onto its span. */
export function findAnnotation(set: AnnotationSet, target: Target, text: string): number {
  if (target.annotationId) {
    const i = set.findIndex((a) => a.id === target.annotationId);
    if (i !== -1) return i;
  }
  return set.findIndex((a) => {
    if (a.kind !== target.kind) return false;
    const r = resolveAnchor(text, a.anchor);
    return r.state !== 'orphaned' && r.start === target.start && r.end === target.end;
  });
}

function isEmpty(a: ManualAnnotation): boolean {
  return a.status === undefined && a.note === undefined && !a.dismissed && !a.added && a.source === undefined;
}

/** Applies `change` to the target's annotation (re-anchored on its current span), creating it when needed. */
function upsert(set: AnnotationSet, target: Target, text: string, at: string | undefined, change: (a: ManualAnnotation) => void): ManualAnnotation[] {
  const out = [...set];
  const i = findAnnotation(set, target, text);
  const next: ManualAnnotation = i === -1
    ? { id: annotationId(target.kind, text.slice(target.start, target.end), new Set(set.map((a) => a.id))), kind: target.kind, anchor: createAnchor(text, target.start, target.end) }
    : { ...set[i], anchor: createAnchor(text, target.start, target.end) };
  change(next);
  if (at !== undefined) next.updated = at;
  if (i === -1) {
    if (!isEmpty(next)) out.push(next);
  } else if (isEmpty(next)) out.splice(i, 1);
  else out[i] = next;
  return out;
}

/** Wrong-kind edits (a status on a hedge, a source on an attribution) change nothing. */
function claimsOnly(target: Target): boolean {
  return target.kind === 'claim';
}

/**
 * The set after one edit. `text` is the article as the editor has it now;
 * `at` (an ISO time) is recorded as the annotation's `updated`.
 */
export function applyEdit(set: AnnotationSet, edit: ManualEdit, text: string, at?: string): ManualAnnotation[] {
  switch (edit.type) {
    case 'set-status':
      if (!claimsOnly(edit.target)) return [...set];
      return upsert(set, edit.target, text, at, (a) => { a.status = edit.status; });
    case 'set-note': {
      const note = edit.note.trim();
      return upsert(set, edit.target, text, at, (a) => {
        if (note) a.note = note;
        else delete a.note;
      });
    }
    case 'dismiss':
      return upsert(set, edit.target, text, at, (a) => { a.dismissed = true; });
    case 'restore':
      return upsert(set, edit.target, text, at, (a) => { delete a.dismissed; });
    case 'add-claim': {
      const target: Target = { kind: 'claim', start: edit.start, end: edit.end };
      const isNew = findAnnotation(set, target, text) === -1;
      return upsert(set, target, text, at, (a) => {
        a.status = edit.status;
        delete a.dismissed;
        if (isNew) a.added = true;
        if (edit.source) a.source = toSource(text, edit.source);
      });
    }
    case 'set-source':
      if (!claimsOnly(edit.target)) return [...set];
      return upsert(set, edit.target, text, at, (a) => {
        if (edit.source) a.source = toSource(text, edit.source);
        else delete a.source;
      });
  }
}
