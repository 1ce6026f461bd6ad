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
  /**
   * The article's file name ("story.txt"). A file exported from several
   * articles then gives only the entries of this one; when none carries the
   * name (the article was renamed since), every entry is tried.
   */
  articleName?: string;
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
    /** Entries of other articles in a file exported from several, left out. */
    otherArticles: number;
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

/** The file name at the end of a path or IRI ("file:///a/b%20c.txt#x" -> "b c.txt"). */
export function fileNameOf(path: string): string {
  const last = path.replace(/[?#].*$/, '').split(/[/\\]/).pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** The entries that belong to the article named `name`, or all when none names it; and how many were left out. */
function ofArticle<T>(entries: readonly T[], nameOf: (entry: T) => string[], name: string | undefined): { kept: T[]; other: number } {
  if (!name) return { kept: [...entries], other: 0 };
  const kept = entries.filter((e) => nameOf(e).some((n) => fileNameOf(n) === name));
  return kept.length ? { kept, other: entries.length - kept.length } : { kept: [...entries], other: 0 };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The target sources of a Web Annotation. */
function targetSources(raw: unknown): string[] {
  if (!isObject(raw)) return [];
  const targets = Array.isArray(raw.target) ? raw.target : [raw.target];
  return targets.flatMap((t) => (typeof t === 'string' ? [t] : isObject(t) && typeof t.source === 'string' ? [t.source] : []));
}

/** Imports `fileText` onto `article`. */
export function importAnnotations(fileText: string, article: string, options: ImportOptions = {}): ImportResult {
  const json = parse(fileText);
  if ('error' in json) return { ok: false, message: `The file is not valid JSON (${json.error}).` };
  const doc = json.value;
  let format: 'json' | 'webannotation';
  let entries: Array<{ item?: ImportItem; label: { kind: FindingKind; text: string } }>;
  let otherArticles = 0;
  // a workspace export holds one JSON document per article
  const jsonDocs = Array.isArray(doc) && doc.length > 0 && doc.every(isClaimLensJson) ? doc : isClaimLensJson(doc) ? [doc] : undefined;
  if (jsonDocs) {
    format = 'json';
    const { kept } = ofArticle(jsonDocs, (d) => (isObject(d) && typeof d.document === 'string' ? [d.document] : []), options.articleName);
    for (const d of jsonDocs) {
      if (kept.includes(d)) continue;
      const { items, bad } = jsonItems(d);
      otherArticles += items.length + bad.length;
    }
    entries = kept.flatMap((d) => {
      const { items, bad } = jsonItems(d);
      return [...items.map((item) => ({ item, label: { kind: item.kind, text: textOf(item) } })), ...bad.map((b) => ({ label: { kind: b.kind, text: '' } }))];
    });
  } else if (isWebAnnotation(doc)) {
    format = 'webannotation';
    const { kept: raws, other } = ofArticle(annotationsOf(doc), targetSources, options.articleName);
    otherArticles = other;
    entries = webAnnotationItems(raws, article).map((item, i) => ({ item, label: webAnnotationLabel(raws[i]) }));
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
  return { ok: true, format, annotations, attached: annotations.length, skipped, otherArticles, unattached };
}
