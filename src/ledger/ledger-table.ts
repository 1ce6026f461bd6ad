/**
 * The ledger as the editor's Ledger view shows it: compact, JSON-safe rows
 * and columns with sources by index, plus the "elsewhere in the workspace"
 * answer for one mention. Built in the index worker, so the extension host
 * only passes the result on.
 */
import { columnTitle } from './ledger-view';
import { stanceOf } from './stance';
import type { Ledger, Mention, SourceEntry, Stance } from './types';

/** One column: an article, titled by outlet and date. */
export interface TableArticle {
  id: string;
  /** "Halvern Courier, 12 March 2031", or the file name. */
  title: string;
  outlet?: string;
  date?: string;
}

/** One mention in a cell. */
export interface TableEntry {
  stance: Stance;
  source: string;
  text: string;
  start: number;
  end: number;
}

export interface TableRow {
  id: string;
  label: string;
  status: Stance | 'disputed';
  summary: string;
  /** Cells in column order; columns without a mention are left out. */
  cells: { article: number; entries: TableEntry[] }[];
}

export interface TableSource {
  name: string;
  kind: SourceEntry['kind'];
  articles: number[];
  /** `row` indexes `LedgerTable.rows`. */
  stances: { row: number; stance: Stance | 'mixed' }[];
}

export interface LedgerTable {
  articles: TableArticle[];
  rows: TableRow[];
  sources: TableSource[];
  mentions: number;
}

function entry(m: Mention): TableEntry {
  return { stance: stanceOf(m), source: m.source, text: m.text, start: m.start, end: m.end };
}

/** The view's table of a ledger; rows keep the ledger's order (most articles first). */
export function toLedgerTable(ledger: Ledger): LedgerTable {
  return {
    articles: ledger.articles.map((a) => ({ id: a.id, title: columnTitle(a), ...(a.outlet ? { outlet: a.outlet } : {}), ...(a.date ? { date: a.date } : {}) })),
    rows: ledger.rows.map((r) => ({
      id: r.cluster.id,
      label: r.cluster.label,
      status: r.status,
      summary: r.summary,
      cells: Object.keys(r.cells).map(Number).sort((a, b) => a - b).map((article) => ({ article, entries: r.cells[article].map((i) => entry(ledger.mentions[i])) })),
    })),
    sources: ledger.sources.map((s) => ({ name: s.name, kind: s.kind, articles: s.articles, stances: s.stances.map(({ row, stance }) => ({ row, stance })) })),
    mentions: ledger.mentions.length,
  };
}

/** How one claim is treated in the other articles of the ledger. */
export interface Elsewhere {
  label: string;
  status: Stance | 'disputed';
  summary: string;
  others: { article: string; title: string; stance: Stance; source: string; text: string; start: number; end: number }[];
}

/** Index of the row of each mention, built once per ledger and reused by every query. */
export function rowIndex(ledger: Ledger): Int32Array {
  const rowOf = new Int32Array(ledger.mentions.length).fill(-1);
  ledger.rows.forEach((r, i) => { for (const m of r.cluster.mentions) rowOf[m] = i; });
  return rowOf;
}

const squash = (s: string) => s.replace(/[*_`]+/g, '').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The claim of article `id` at `start` (else the one with the same text, as
 * offsets move while the article is edited) and its mentions in other articles.
 */
export function elsewhere(ledger: Ledger, rowOf: Int32Array, id: string, start: number, text: string): Elsewhere | undefined {
  const article = ledger.articles.findIndex((a) => a.id === id);
  if (article < 0) return undefined;
  const wanted = squash(text);
  let found = -1;
  ledger.mentions.forEach((m, i) => {
    if (m.article !== article) return;
    if (m.start === start && squash(m.text) === wanted) found = i;
    else if (found < 0 && squash(m.text) === wanted) found = i;
  });
  if (found < 0 || rowOf[found] < 0) return undefined;
  const row = ledger.rows[rowOf[found]];
  const others = row.cluster.mentions.filter((i) => ledger.mentions[i].article !== article).map((i) => {
    const m = ledger.mentions[i];
    const meta = ledger.articles[m.article];
    return { article: meta.id, title: columnTitle(meta), stance: stanceOf(m), source: m.source, text: m.text, start: m.start, end: m.end };
  });
  return { label: row.cluster.label, status: row.status, summary: row.summary, others };
}
