/**
 * The batch format, as pure helpers: input lines `{"id", "text"}` become one
 * result line each (the FORMAT.md analysis JSON, the id and the article's
 * outlet and date), a bad line becomes an error line `{"line", "error"}` and
 * never stops the batch; result lines build a ledger.
 */
import { analyze } from '../core';
import { toJsonDocument } from '../export/json';
import { articleMeta } from './article-meta';
import { buildLedger, type LedgerOptions } from './ledger';
import { mentionsOf, type ClaimFindings } from './mentions';
import type { ArticleMeta, ArticleRecord, Ledger } from './types';

/** The outcome of one input line: a result or error line to print (no newline), or nothing for a blank line. */
export type JsonlResult = { ok: true; line: string } | { ok: false; line: string } | undefined;

function errorLine(line: number, error: string, id?: unknown): JsonlResult {
  return { ok: false, line: JSON.stringify({ ...(typeof id === 'string' ? { id } : {}), line, error }) };
}

/** Analyses one input line (1-based `lineNo` for error messages). */
export function analyseJsonlLine(input: string, lineNo: number): JsonlResult {
  if (input.trim() === '') return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(input);
  } catch (e) {
    return errorLine(lineNo, `not JSON: ${(e as Error).message}`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return errorLine(lineNo, 'expected an object {"id", "text"}');
  const { id: rawId, text, markdown } = doc as Record<string, unknown>;
  const id = typeof rawId === 'number' ? String(rawId) : rawId;
  if (typeof id !== 'string' || id === '') return errorLine(lineNo, '"id" must be a non-empty string or a number');
  if (typeof text !== 'string') return errorLine(lineNo, '"text" must be a string', id);
  try {
    const analysis = analyze(text, { markdown: markdown === true || /\.(md|markdown)$/i.test(id) });
    return { ok: true, line: JSON.stringify({ id, ...toJsonDocument(analysis, text, { document: id }), article: articleMeta(text, id) }) };
  } catch (e) {
    // One document that trips a rule must not cost the rest of the batch.
    return errorLine(lineNo, `internal error while analysing: ${(e as Error).message}`, id);
  }
}

interface ResultDocument extends ClaimFindings {
  id: string;
  article?: ArticleMeta;
}

const STATUSES = new Set(['confirmed', 'alleged', 'denied']);

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Why a parsed line is not a result line the ledger can use, or undefined when it is one. */
function resultProblem(x: unknown): string | undefined {
  if (!isObject(x)) return 'not a result line';
  if (typeof x.error === 'string') return `error line: ${x.error}`;
  if (typeof x.id !== 'string' || !Array.isArray(x.claims) || !Array.isArray(x.attributions)) return 'not a result line';
  const attributions = x.attributions as unknown[];
  const badAttribution = attributions.findIndex((a) => !isObject(a) || !isObject(a.source) || typeof a.source.text !== 'string' || typeof a.source.kind !== 'string' || !isObject(a.cue) || typeof a.cue.kind !== 'string');
  if (badAttribution >= 0) return `attribution ${badAttribution + 1} lacks a source {text, kind} or a cue {kind}`;
  const badClaim = (x.claims as unknown[]).findIndex((c) => !isObject(c) || typeof c.text !== 'string' || typeof c.start !== 'number' || typeof c.end !== 'number'
    || !STATUSES.has(c.status as string) || (c.attribution !== undefined && !(Number.isInteger(c.attribution) && (c.attribution as number) >= 0 && (c.attribution as number) < attributions.length)));
  if (badClaim >= 0) return `claim ${badClaim + 1} is not a claim {text, start, end, status, attribution}`;
  const meta = x.article;
  const metaText = (key: string) => !isObject(meta) || meta[key] === undefined || typeof meta[key] === 'string';
  if (meta !== undefined && !(isObject(meta) && typeof meta.id === 'string' && ['outlet', 'date', 'isoDate', 'title'].every(metaText))) return '"article" is not {id, outlet, date, isoDate, title} text';
  return undefined;
}

/** A result line's ledger record, as `articleRecord` would have made it from the text. */
function recordOf(d: ResultDocument): ArticleRecord {
  const meta = d.article ?? { id: d.id };
  return { meta, mentions: mentionsOf(d, meta) };
}

/** Builds the ledger from result lines; error lines and lines that are not results are counted in `skipped`. */
export function ledgerFromJsonl(lines: Iterable<string>, options: LedgerOptions = {}): { ledger: Ledger; skipped: { line: number; reason: string }[] } {
  const records: ArticleRecord[] = [];
  const skipped: { line: number; reason: string }[] = [];
  let n = 0;
  for (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    let doc: unknown;
    try {
      doc = JSON.parse(line);
    } catch {
      skipped.push({ line: n, reason: 'not JSON' });
      continue;
    }
    const problem = resultProblem(doc);
    if (problem === undefined) records.push(recordOf(doc as ResultDocument));
    else skipped.push({ line: n, reason: problem });
  }
  return { ledger: buildLedger(records, options), skipped };
}
