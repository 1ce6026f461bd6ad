/**
 * CSV export of the merged view (RFC 4180, via csvRow): one row per active
 * claim, the columns of csv.ts plus the note and the origin (auto / manual).
 */
import type { MergedView } from '../annotations';
import { csvRow } from './csv';
import { LineIndex } from './lines';

/** The columns of csv.ts plus note and origin. */
export const ANNOTATED_CSV_HEADER = ['file', 'line', 'status', 'claim', 'source', 'cue', 'hedges', 'note', 'origin'];

/** Rows (without header) for one article. */
export function toAnnotatedCsvRows(view: MergedView, text: string, file: string): string {
  const lines = new LineIndex(text);
  return view.claims.map((c) => {
    const source = c.source ? (c.source.resolved ? `${c.source.text} (${c.source.resolved.text})` : c.source.text) : '';
    const hedges = c.hedges.map((i) => view.hedges[i].text).join('; ');
    return csvRow([file, lines.position(c.start).line, c.status, c.text, source, c.cue?.text ?? '', hedges, c.note ?? '', c.origin]);
  }).join('');
}

/** Header and rows for one article. */
export function toAnnotatedCsv(view: MergedView, text: string, file: string): string {
  return csvRow(ANNOTATED_CSV_HEADER) + toAnnotatedCsvRows(view, text, file);
}
