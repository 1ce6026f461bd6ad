/**
 * Reads our JSON export (FORMAT.md plus origin and notes; gold files too)
 * into import items. Entries without an origin were written by hand, so
 * they count as manual.
 */
import { STATUSES, type Status } from '../core/types';
import { bareAnchor, type ImportItem } from './import-item';
import type { FindingKind, Origin } from './types';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function span(v: unknown): { start: number; end: number; text: string } | undefined {
  if (!isObj(v) || typeof v.text !== 'string' || typeof v.start !== 'number' || typeof v.end !== 'number') return undefined;
  return { start: v.start, end: v.end, text: v.text };
}

function common(v: Obj): Pick<ImportItem, 'origin' | 'note'> {
  const origin: Origin = v.origin === 'auto' ? 'auto' : 'manual';
  return typeof v.note === 'string' && v.note.trim() ? { origin, note: v.note.trim() } : { origin };
}

/** Whether a parsed JSON value looks like our export. */
export function isClaimLensJson(doc: unknown): doc is Obj {
  return isObj(doc) && typeof doc.version === 'number' && Array.isArray(doc.claims);
}

/** Items of the file; `bad` counts entries too broken to place (no text or offsets). */
export function jsonItems(doc: Obj): { items: ImportItem[]; bad: Array<{ kind: FindingKind; index: number }> } {
  const items: ImportItem[] = [];
  const bad: Array<{ kind: FindingKind; index: number }> = [];
  const list = (key: string) => (Array.isArray(doc[key]) ? (doc[key] as unknown[]) : []);
  list('claims').forEach((v, index) => {
    const s = span(v);
    if (!s || !isObj(v)) {
      bad.push({ kind: 'claim', index });
      return;
    }
    const item: ImportItem = { kind: 'claim', anchors: [bareAnchor(s.text, s.start, s.end)], ...common(v) };
    if (STATUSES.includes(v.status as Status)) item.status = v.status as Status;
    if (typeof v.source === 'string' && v.source && item.origin === 'manual') item.source = v.source;
    items.push(item);
  });
  list('hedges').forEach((v, index) => {
    const s = span(v);
    if (s && isObj(v)) items.push({ kind: 'hedge', anchors: [bareAnchor(s.text, s.start, s.end)], ...common(v) });
    else bad.push({ kind: 'hedge', index });
  });
  list('attributions').forEach((v, index) => {
    const source = isObj(v) ? span(v.source) : undefined;
    const cue = isObj(v) ? span(v.cue) : undefined;
    if (source && cue && isObj(v)) items.push({ kind: 'attribution', anchors: [bareAnchor(source.text, source.start, source.end), bareAnchor(cue.text, cue.start, cue.end)], ...common(v) });
    else bad.push({ kind: 'attribution', index });
  });
  return { items, bad };
}
