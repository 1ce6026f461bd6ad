/**
 * Checks one sidecar entry from untrusted JSON and returns a clean
 * annotation or says what is wrong with it. Unknown members are dropped.
 */
import type { Anchor } from '../core/anchoring';
import { STATUSES, type SourceKind, type Status } from '../core/types';
import { FINDING_KINDS, type FindingKind, type ManualAnnotation, type ManualSource } from './types';

const SOURCE_KINDS: readonly SourceKind[] = ['person', 'organisation', 'publication', 'anonymous', 'pronoun', 'other'];

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isOffset(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= 0;
}

/** An anchor, or the reason it is not one. */
export function readAnchor(v: unknown): Anchor | string {
  if (!isObj(v) || !isObj(v.quote) || !isObj(v.position)) return 'anchor needs a quote and a position';
  const { exact, prefix = '', suffix = '' } = v.quote;
  const { start, end } = v.position;
  if (typeof exact !== 'string' || exact === '') return 'anchor.quote.exact must be a non-empty string';
  if (typeof prefix !== 'string' || typeof suffix !== 'string') return 'anchor.quote.prefix and suffix must be strings';
  if (!isOffset(start) || !isOffset(end) || start > end) return 'anchor.position needs whole-number offsets, start <= end';
  return { quote: { exact, prefix, suffix }, position: { start, end } };
}

function readSource(v: unknown): ManualSource | string {
  if (!isObj(v) || typeof v.text !== 'string' || v.text === '') return 'source.text must be a non-empty string';
  const out: ManualSource = { text: v.text };
  if (v.kind !== undefined) {
    if (!SOURCE_KINDS.includes(v.kind as SourceKind)) return `source.kind must be one of ${SOURCE_KINDS.join(', ')}`;
    out.kind = v.kind as SourceKind;
  }
  if (v.anchor !== undefined) {
    const anchor = readAnchor(v.anchor);
    if (typeof anchor === 'string') return `source.${anchor}`;
    out.anchor = anchor;
  }
  return out;
}

/** A manual annotation, or the reason `v` is not one. */
export function readAnnotation(v: unknown): ManualAnnotation | string {
  if (!isObj(v)) return 'not an object';
  if (typeof v.id !== 'string' || v.id === '') return 'id must be a non-empty string';
  if (!FINDING_KINDS.includes(v.kind as FindingKind)) return `kind must be one of ${FINDING_KINDS.join(', ')}`;
  const anchor = readAnchor(v.anchor);
  if (typeof anchor === 'string') return anchor;
  const out: ManualAnnotation = { id: v.id, kind: v.kind as FindingKind, anchor };
  if (v.status !== undefined) {
    if (!STATUSES.includes(v.status as Status)) return `status must be one of ${STATUSES.join(', ')}`;
    out.status = v.status as Status;
  }
  for (const key of ['note', 'updated'] as const) {
    if (v[key] === undefined) continue;
    if (typeof v[key] !== 'string') return `${key} must be a string`;
    out[key] = v[key];
  }
  for (const key of ['dismissed', 'added'] as const) {
    if (v[key] === undefined) continue;
    if (typeof v[key] !== 'boolean') return `${key} must be true or false`;
    if (v[key]) out[key] = true;
  }
  if (v.source !== undefined) {
    const source = readSource(v.source);
    if (typeof source === 'string') return source;
    out.source = source;
  }
  return out;
}
