/**
 * CSV export (RFC 4180: comma-separated, CRLF line ends, fields quoted when
 * they hold a comma, a quote or a line break, quotes doubled): one row per
 * claim. Text that a spreadsheet would run as a formula is neutralised.
 */
import type { Analysis } from '../core/types';
import { LineIndex } from './lines';

export const CSV_HEADER = ['file', 'line', 'status', 'claim', 'source', 'cue', 'hedges'];

/** What a spreadsheet reads as the start of a formula (OWASP's list: = + - @, tab, carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Text from articles, file names and notes is data, never a formula: a cell
 * that starts like one gets a leading apostrophe, which spreadsheets show as text.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Quotes a field when it holds a comma, a quote or a line break; text that starts like a formula is neutralised first. */
export function csvField(value: string | number): string {
  const s = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One record, CRLF-terminated. */
export function csvRow(fields: ReadonlyArray<string | number>): string {
  return fields.map(csvField).join(',') + '\r\n';
}

/** Rows (without header) for one article. A resolved pronoun source reads "he (Jane Doe)". */
export function toCsvRows(analysis: Analysis, text: string, file: string): string {
  const lines = new LineIndex(text);
  return analysis.claims.map((c) => {
    const a = c.attribution !== undefined ? analysis.attributions[c.attribution] : undefined;
    const source = a ? (a.source.resolved ? `${a.source.text} (${a.source.resolved.text})` : a.source.text) : '';
    const hedges = c.hedges.map((i) => analysis.hedges[i].text).join('; ');
    return csvRow([file, lines.position(c.start).line, c.status, c.text, source, a?.cue.text ?? '', hedges]);
  }).join('');
}

/** A whole CSV document (header and rows) for one article. */
export function toCsv(analysis: Analysis, text: string, file: string): string {
  return csvRow(CSV_HEADER) + toCsvRows(analysis, text, file);
}
