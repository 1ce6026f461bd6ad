/**
 * W3C Web Annotation export (JSON-LD): an AnnotationCollection whose first
 * AnnotationPage holds one Annotation per finding. Each target carries a
 * TextQuoteSelector and a TextPositionSelector (UTF-16 offsets, as in our
 * JSON); bodies tag the kind and status, notes are `commenting` bodies.
 */
import type { MergedView, ManualMarks } from '../annotations';
import { createAnchor } from '../core/anchoring';
import type { Span } from '../core/types';
import { findingIds } from './finding-ids';

/** The JSON-LD context of the Web Annotation data model. */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** The article IRI and labels the collection uses. */
export interface WebAnnotationOptions {
  /** IRI of the article (https: or file: URL): every target's `source`. */
  source: string;
  /** Label of the collection; defaults to the source. */
  label?: string;
  /** Name of the person behind manual annotations, recorded as their `creator`. */
  reviewer?: string;
}

/** A body holding text: a tag, a note or a description. */
export interface TextualBody {
  type: 'TextualBody';
  purpose: 'tagging' | 'commenting' | 'describing';
  value: string;
}

/** A span of the article, as quote and position selectors. */
export interface AnnotationTarget {
  source: string;
  selector: [{ type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string }, { type: 'TextPositionSelector'; start: number; end: number }];
}

/** One annotation per finding. */
export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'tagging' | 'commenting';
  body: TextualBody[];
  /** One target; an attribution has two: its source, then its cue. */
  target: AnnotationTarget | AnnotationTarget[];
  creator?: { type: 'Person'; name: string };
  modified?: string;
}

/** The exported document: a collection with one embedded page. */
export interface AnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

const tag = (value: string): TextualBody => ({ type: 'TextualBody', purpose: 'tagging', value });

function target(text: string, source: string, span: Span): AnnotationTarget {
  // An empty span has no quote to anchor; it still gets its position.
  const quote = span.start < span.end ? createAnchor(text, span.start, span.end).quote : { exact: '', prefix: '', suffix: '' };
  return { source, selector: [{ type: 'TextQuoteSelector', ...quote }, { type: 'TextPositionSelector', start: span.start, end: span.end }] };
}

function annotation(id: string, bodies: TextualBody[], t: AnnotationTarget | AnnotationTarget[], marks: ManualMarks, options: WebAnnotationOptions): WebAnnotation {
  const body = [...bodies];
  if (marks.origin === 'manual') body.push(tag('manual'));
  if (marks.note) body.push({ type: 'TextualBody', purpose: 'commenting', value: marks.note });
  const out: WebAnnotation = { id, type: 'Annotation', motivation: marks.note ? 'commenting' : 'tagging', body, target: t };
  if (marks.origin === 'manual' && options.reviewer) out.creator = { type: 'Person', name: options.reviewer };
  if (marks.origin === 'manual' && marks.updated) out.modified = marks.updated;
  return out;
}

/** The collection as an object (for tests and for embedding). */
export function webAnnotationCollection(view: MergedView, text: string, options: WebAnnotationOptions): AnnotationCollection {
  const ids = findingIds(view);
  const iri = (id: string) => `${options.source}#${id}`;
  const items: WebAnnotation[] = [
    ...view.claims.map((c, i) => {
      const bodies = [tag('claim'), tag(c.status)];
      if (c.source) bodies.push({ type: 'TextualBody', purpose: 'describing', value: `Source: ${c.source.resolved?.text ?? c.source.text}${c.cue ? ` (${c.cue.text})` : ''}` });
      bodies.push({ type: 'TextualBody', purpose: 'describing', value: c.explanation });
      return annotation(iri(ids.claims[i]), bodies, target(text, options.source, c), c, options);
    }),
    ...view.hedges.map((h, i) => annotation(iri(ids.hedges[i]), [tag('hedge'), tag(h.category)], target(text, options.source, h), h, options)),
    ...view.attributions.map((a, i) => annotation(iri(ids.attributions[i]), [tag('attribution'), tag(a.source.kind), tag(a.cue.kind)], [target(text, options.source, a.source), target(text, options.source, a.cue)], a, options)),
  ];
  return {
    '@context': ANNO_CONTEXT,
    id: iri('claimlens'),
    type: 'AnnotationCollection',
    label: options.label ?? `ClaimLens findings: ${options.source}`,
    total: items.length,
    first: { id: iri('claimlens-page-1'), type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** The collection as JSON text, 2-space indented with a trailing newline. */
export function toWebAnnotation(view: MergedView, text: string, options: WebAnnotationOptions): string {
  return JSON.stringify(webAnnotationCollection(view, text, options), null, 2) + '\n';
}
