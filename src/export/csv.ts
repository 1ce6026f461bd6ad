/** CSV export (RFC 4180): one row per claim. */
import type { Analysis } from '../core/types';
import { LineIndex } from './lines';

export const CSV_HEADER = ['file', 'line', 'status', 'claim', 'source', 'cue', 'hedges'];

/** Quotes a field when it holds a comma, a quote or a line break. */
export function csvField(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(fields: Array<string | number>): string {
  return fields.map(csvField).join(',') + '\r\n';
}

/** Rows (without header) for one article. */
export function toCsvRows(analysis: Analysis, text: string, file: string): string {
  const lines = new LineIndex(text);
  return analysis.claims.map((c) => {
    const a = c.attribution !== undefined ? analysis.attributions[c.attribution] : undefined;
    const source = a ? (a.source.resolved ? `${a.source.text} (${a.source.resolved.text})` : a.source.text) : '';
    return csvRow([file, lines.position(c.start).line, c.status, c.text, source, a?.cue.text ?? '', c.hedges.map((i) => analysis.hedges[i].text).join('; ')]);
  }).join('');
}

export function toCsv(analysis: Analysis, text: string, file: string): string {
  return csvRow(CSV_HEADER) + toCsvRows(analysis, text, file);
}
