/**
 * The export formats of the merged view, in one table shared by the editor
 * and the CLI: what each is called, the file name it proposes, and how one
 * article or several are rendered.
 */
import type { MergedView } from '../annotations';
import { toBrat } from './brat';
import { claimReviewGraph } from './claimreview';
import { csvRow } from './csv';
import { ANNOTATED_CSV_HEADER, toAnnotatedCsvRows } from './csv-annotated';
import { toAnnotatedJson } from './json-annotated';
import { toAnnotatedMarkdown, toAnnotatedMarkdownReport } from './markdown-annotated';
import { webAnnotationCollection, ANNO_CONTEXT } from './webannotation';

/** Every export format. */
export type ExportFormat = 'json' | 'csv' | 'md' | 'webannotation' | 'claimreview' | 'brat';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'csv', 'md', 'webannotation', 'claimreview', 'brat'];
/** brat is one `.ann` per text: it has no single-file form for several articles. */
export type CombinedFormat = Exclude<ExportFormat, 'brat'>;

/** How a format is offered to a person. */
export interface FormatInfo {
  label: string;
  detail: string;
  /** Appended to the article's name for the proposed file name. */
  suffix: string;
}

export const FORMAT_INFO: Record<ExportFormat, FormatInfo> = {
  json: { label: 'JSON', detail: 'the ClaimLens JSON format (docs/export-formats.md) with ids, line/column, notes, origin and explanations', suffix: '.claimlens.json' },
  csv: { label: 'CSV', detail: 'one row per claim: file, line, status, claim, source, cue, hedges, note, origin', suffix: '.claims.csv' },
  md: { label: 'Markdown report', detail: 'claims grouped by status, with sources, hedges and notes', suffix: '.report.md' },
  webannotation: { label: 'W3C Web Annotation', detail: 'JSON-LD AnnotationCollection with quote and position selectors', suffix: '.annotations.jsonld' },
  claimreview: { label: 'schema.org ClaimReview', detail: 'JSON-LD reviews of the claims you decided', suffix: '.claimreview.jsonld' },
  brat: { label: 'brat standoff', detail: '.ann beside a copy of the text (code-point offsets)', suffix: '.ann' },
};

/** One article as the exports see it. */
export interface ExportArticle {
  /** Name shown in the export, e.g. the workspace-relative path. */
  file: string;
  /** IRI of the article (a file: or https: URL) for the JSON-LD formats. */
  iri: string;
  text: string;
  view: MergedView;
}

/** Who reviewed and when, for the JSON-LD formats. */
export interface ExportOptions {
  reviewer?: string;
  /** YYYY-MM-DD for reviews that carry no time of their own. */
  date?: string;
}

/** What one article renders to: the main file and, for brat, the text copy beside it (same name, `.txt`). */
export interface Rendered {
  content: string;
  textCopy?: string;
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

function claimReviews(a: ExportArticle, options: ExportOptions) {
  return claimReviewGraph(a.view, { article: { url: a.iri, name: a.file }, reviewer: options.reviewer ? { name: options.reviewer } : undefined, date: options.date });
}

function webAnnotations(a: ExportArticle, options: ExportOptions) {
  return webAnnotationCollection(a.view, a.text, { source: a.iri, label: `ClaimLens findings: ${a.file}`, reviewer: options.reviewer });
}

/** One article in `format`. */
export function renderArticle(format: ExportFormat, a: ExportArticle, options: ExportOptions = {}): Rendered {
  switch (format) {
    case 'json': return { content: toAnnotatedJson(a.view, a.text, { document: a.file }) };
    case 'csv': return { content: csvRow(ANNOTATED_CSV_HEADER) + toAnnotatedCsvRows(a.view, a.text, a.file) };
    case 'md': return { content: toAnnotatedMarkdown(a) };
    case 'webannotation': return { content: json(webAnnotations(a, options)) };
    case 'claimreview': return { content: json(claimReviews(a, options)) };
    case 'brat': {
      const { ann, txt } = toBrat(a.view, a.text);
      return { content: ann, textCopy: txt };
    }
  }
}

/** Several articles in one file: a JSON array, one CSV header, a report with a summary, one collection or graph. */
export function renderCombined(format: CombinedFormat, articles: readonly ExportArticle[], options: ExportOptions = {}, label = 'workspace'): string {
  switch (format) {
    case 'json': return json(articles.map((a) => JSON.parse(toAnnotatedJson(a.view, a.text, { document: a.file })) as unknown));
    case 'csv': return csvRow(ANNOTATED_CSV_HEADER) + articles.map((a) => toAnnotatedCsvRows(a.view, a.text, a.file)).join('');
    case 'md': return toAnnotatedMarkdownReport(articles);
    case 'webannotation': {
      const items = articles.flatMap((a) => webAnnotations(a, options).first.items);
      const id = `urn:claimlens:collection:${encodeURIComponent(label)}`;
      return json({ '@context': ANNO_CONTEXT, id, type: 'AnnotationCollection', label: `ClaimLens findings: ${label}`, total: items.length, first: { id: `${id}:page-1`, type: 'AnnotationPage', startIndex: 0, items } });
    }
    case 'claimreview': return json({ '@context': 'https://schema.org', '@graph': articles.flatMap((a) => claimReviews(a, options)['@graph']) });
  }
}
