/**
 * Loads an exported file back onto its article: our JSON export (or a gold
 * file) or W3C Web Annotations. Each entry is matched by its anchors; the
 * result says how many attached and lists the ones that did not. Never throws.
 */
import { isClaimLensJson, jsonItems } from './import-json';
import { placeItem, toAnnotation, worthImporting, type ImportItem } from './import-item';
import { annotationsOf, isWebAnnotation, webAnnotationItems, webAnnotationLabel } from './import-webanno';
import type { FindingKind, ManualAnnotation } from './types';

/** What to import and which ids are taken. */
export interface ImportOptions {
  /** Also import findings the exporting side had not touched (origin auto); default false. */
  includeAuto?: boolean;
  /** Ids already in the article's sidecar, so new ones do not collide. */
  existingIds?: Iterable<string>;
}

/** An entry that could not be placed on the article, for the report. */
export interface UnattachedItem {
  kind: FindingKind;
  /** The quoted text, or '' when the entry had none. */
  text: string;
  reason: 'text-not-found' | 'unreadable';
}

/** New annotations and a report, or why the file could not be read. */
export type ImportResult =
  | {
    ok: true;
    format: 'json' | 'webannotation';
    /** New manual annotations for the sidecar. */
    annotations: ManualAnnotation[];
    attached: number;
    /** Entries with nothing to import (untouched automatic findings). */
    skipped: number;
    unattached: UnattachedItem[];
  }
  | { ok: false; message: string };

function parse(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

const textOf = (item: ImportItem) => item.anchors.map((a) => a.quote.exact).join(' … ');

/** Imports `fileText` onto `article`. */
export function importAnnotations(fileText: string, article: string, options: ImportOptions = {}): ImportResult {
  const json = parse(fileText);
  if ('error' in json) return { ok: false, message: `The file is not valid JSON (${json.error}).` };
  const doc = json.value;
  let format: 'json' | 'webannotation';
  let entries: Array<{ item?: ImportItem; label: { kind: FindingKind; text: string } }>;
  if (isClaimLensJson(doc)) {
    format = 'json';
    const { items, bad } = jsonItems(doc);
    entries = [...items.map((item) => ({ item, label: { kind: item.kind, text: textOf(item) } })), ...bad.map((b) => ({ label: { kind: b.kind, text: '' } }))];
  } else if (isWebAnnotation(doc)) {
    format = 'webannotation';
    const raws = annotationsOf(doc);
    entries = webAnnotationItems(doc, article).map((item, i) => ({ item, label: webAnnotationLabel(raws[i]) }));
  } else {
    return { ok: false, message: 'The file is neither a ClaimLens JSON export nor W3C Web Annotation JSON-LD.' };
  }
  const taken = new Set(options.existingIds ?? []);
  const annotations: ManualAnnotation[] = [];
  const unattached: UnattachedItem[] = [];
  let skipped = 0;
  for (const { item, label } of entries) {
    if (!item) {
      unattached.push({ ...label, reason: 'unreadable' });
      continue;
    }
    if (!worthImporting(item, options.includeAuto ?? false)) {
      skipped++;
      continue;
    }
    const range = placeItem(article, item);
    if (range) annotations.push(toAnnotation(article, item, range, taken));
    else unattached.push({ ...label, reason: 'text-not-found' });
  }
  return { ok: true, format, annotations, attached: annotations.length, skipped, unattached };
}
