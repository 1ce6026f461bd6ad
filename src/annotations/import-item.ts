/**
 * What an imported file says about one finding, whatever its format, and
 * how it becomes a manual annotation on the article: anchored by quote and
 * position, or reported as unattached.
 */
import { createAnchor, resolveAnchor, type Anchor } from '../core/anchoring';
import type { Status } from '../core/types';
import { annotationId } from './ids';
import type { Range } from './spans';
import type { FindingKind, ManualAnnotation, Origin } from './types';

/** One entry of an imported file, before it is placed on the article. */
export interface ImportItem {
  kind: FindingKind;
  /** One anchor; an attribution has two (source, cue) and takes the stretch between them. */
  anchors: Anchor[];
  origin: Origin;
  status?: Status;
  note?: string;
  /** A claim's source by name. */
  source?: string;
  updated?: string;
}

/** How far from its claim a source's name is looked for. */
const SOURCE_WINDOW = 2000;

/** The occurrence of `name` nearest `around`, looked for within SOURCE_WINDOW. */
function nearest(article: string, name: string, around: number): Range | undefined {
  const from = Math.max(0, around - SOURCE_WINDOW);
  const region = article.slice(from, around + SOURCE_WINDOW);
  let best: number | undefined;
  for (let i = region.indexOf(name); i !== -1; i = region.indexOf(name, i + 1)) {
    if (best === undefined || Math.abs(from + i - around) < Math.abs(from + best - around)) best = i;
  }
  return best === undefined ? undefined : { start: from + best, end: from + best + name.length };
}

/** Where the item lies in the article, or undefined when any of its anchors is orphaned. */
export function placeItem(article: string, item: ImportItem): Range | undefined {
  let range: Range | undefined;
  for (const anchor of item.anchors) {
    const r = resolveAnchor(article, anchor);
    if (r.state === 'orphaned' || r.start >= r.end) return undefined;
    range = range ? { start: Math.min(range.start, r.start), end: Math.max(range.end, r.end) } : r;
  }
  return range;
}

/** The manual annotation an attached item becomes; ids stay unique against `taken` (which grows). */
export function toAnnotation(article: string, item: ImportItem, range: Range, taken: Set<string>): ManualAnnotation {
  const exact = article.slice(range.start, range.end);
  const id = annotationId(item.kind, exact, taken);
  taken.add(id);
  const out: ManualAnnotation = { id, kind: item.kind, anchor: createAnchor(article, range.start, range.end) };
  if (item.kind === 'claim' && item.status) out.status = item.status;
  if (item.note) out.note = item.note;
  if (item.updated) out.updated = item.updated;
  if (item.kind === 'claim' && item.source) {
    const at = nearest(article, item.source, range.start);
    out.source = at ? { text: item.source, anchor: createAnchor(article, at.start, at.end) } : { text: item.source };
  }
  return out;
}

/** Whether the item holds a decision worth keeping: a person's, or anything when auto items are wanted. */
export function worthImporting(item: ImportItem, includeAuto: boolean): boolean {
  if (item.origin === 'auto' && !includeAuto) return false;
  return item.note !== undefined || (item.kind === 'claim' && item.status !== undefined);
}

/** An anchor without context, from an offset pair and its text. */
export function bareAnchor(exact: string, start: number, end: number): Anchor {
  return { quote: { exact, prefix: '', suffix: '' }, position: { start, end } };
}
