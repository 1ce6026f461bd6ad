/**
 * Reads W3C Web Annotations (ours or another tool's) into import items: a
 * collection, a page, one annotation or a list of them. Kind, status and
 * origin come from `tagging` bodies, notes from `commenting` ones; a
 * target's quote and position selectors become its anchor.
 */
import type { Anchor } from '../core/anchoring';
import { STATUSES, type Status } from '../core/types';
import type { ImportItem } from './import-item';
import { FINDING_KINDS, type FindingKind } from './types';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const asList = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function typeIs(v: Obj, name: string): boolean {
  return asList(v.type ?? v['@type']).includes(name);
}

/** Whether a parsed JSON value looks like Web Annotation data. */
export function isWebAnnotation(doc: unknown): boolean {
  if (Array.isArray(doc)) return doc.length === 0 || (isObj(doc[0]) && typeIs(doc[0], 'Annotation'));
  return isObj(doc) && (['AnnotationCollection', 'AnnotationPage', 'Annotation'].some((t) => typeIs(doc, t)) || asList(doc['@context']).some((c) => typeof c === 'string' && c.includes('anno.jsonld')));
}

/** The annotations of a collection (embedded first page), a page, a list or a single one. */
export function annotationsOf(doc: unknown): unknown[] {
  if (Array.isArray(doc)) return doc;
  if (!isObj(doc)) return [];
  if (typeIs(doc, 'Annotation')) return [doc];
  if (Array.isArray(doc.items)) return doc.items;
  if (isObj(doc.first)) return annotationsOf(doc.first);
  return [];
}

/** A target's anchor from its quote and/or position selector. */
function anchorOf(target: unknown, article: string): Anchor | undefined {
  if (!isObj(target)) return undefined;
  let quote: Anchor['quote'] | undefined;
  let position: Anchor['position'] | undefined;
  for (const s of asList(target.selector)) {
    if (!isObj(s)) continue;
    if (typeIs(s, 'TextQuoteSelector') && typeof s.exact === 'string') {
      quote = { exact: s.exact, prefix: typeof s.prefix === 'string' ? s.prefix : '', suffix: typeof s.suffix === 'string' ? s.suffix : '' };
    }
    if (typeIs(s, 'TextPositionSelector') && typeof s.start === 'number' && typeof s.end === 'number') position = { start: s.start, end: s.end };
  }
  // Without a quote the position is all there is: trust it where it lies inside the article.
  if (!quote && position && position.end <= article.length) quote = { exact: article.slice(position.start, position.end), prefix: '', suffix: '' };
  if (!quote || !quote.exact) return undefined;
  return { quote, position: position ?? { start: 0, end: 0 } };
}

function bodies(a: Obj): Array<{ purpose: string; value: string }> {
  return asList(a.body).flatMap((b) => (isObj(b) && typeof b.value === 'string' ? [{ purpose: typeof b.purpose === 'string' ? b.purpose : '', value: b.value }] : []));
}

/** One item per annotation; undefined where an annotation has no usable target. */
export function webAnnotationItems(doc: unknown, article: string): Array<ImportItem | undefined> {
  return annotationsOf(doc).map((raw) => {
    if (!isObj(raw)) return undefined;
    const b = bodies(raw);
    const tags = b.filter((x) => x.purpose === 'tagging').map((x) => x.value);
    const kind = FINDING_KINDS.find((k) => tags.includes(k));
    const anchors = asList(raw.target).map((t) => anchorOf(t, article));
    if (anchors.length === 0 || anchors.some((x) => x === undefined)) return undefined;
    // Another tool's annotation (no ClaimLens kind tag) is a person's note on a claim.
    const item: ImportItem = { kind: kind ?? 'claim', anchors: anchors as Anchor[], origin: tags.includes('manual') || !kind ? 'manual' : 'auto' };
    const status = STATUSES.find((s) => tags.includes(s));
    if (status) item.status = status as Status;
    const note = b.filter((x) => x.purpose === 'commenting').map((x) => x.value.trim()).filter(Boolean).join('\n');
    if (note) item.note = note;
    const source = b.find((x) => x.purpose === 'describing' && x.value.startsWith('Source: '));
    if (source && item.origin === 'manual') item.source = source.value.slice(8).replace(/ \([^()]*\)$/, '');
    if (typeof raw.modified === 'string') item.updated = raw.modified;
    return item;
  });
}

/** A short label for an annotation that did not attach. */
export function webAnnotationLabel(raw: unknown): { kind: FindingKind; text: string } {
  const first = isObj(raw) ? asList(raw.target)[0] : undefined;
  const quote = isObj(first) ? asList(first.selector).find((s) => isObj(s) && typeIs(s, 'TextQuoteSelector')) : undefined;
  const tags = isObj(raw) ? bodies(raw).map((x) => x.value) : [];
  return { kind: FINDING_KINDS.find((k) => tags.includes(k)) ?? 'claim', text: isObj(quote) && typeof quote.exact === 'string' ? quote.exact : '' };
}
