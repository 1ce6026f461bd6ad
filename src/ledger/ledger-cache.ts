/**
 * The index cache file: each article's record by content-hash key, and the
 * rows and sources of the last built ledger, and the view's table of it,
 * under a key naming exactly the records (and clustering settings) they were
 * built from. Reopening an unchanged workspace then lays the saved rows back
 * over the records instead of clustering again, and hands the view the saved
 * table. The file is one JSON line, then the table's JSON text as is (JSON
 * text holds no raw newline), so the table is neither parsed nor escaped.
 * Pure: bytes in, data out; anything unreadable is dropped, never thrown.
 */
import { DEFAULT_BLOCKING } from './candidates';
import { DEFAULT_THRESHOLD } from './cluster';
import { CACHE_FORMAT, contentHash } from './content-hash';
import { ledgerMentions, type LedgerOptions } from './ledger';
import type { ArticleRecord, Ledger, LedgerRow, SourceEntry } from './types';

/** Bumped when the saved rows' shape, or the way a ledger is built from records, changes. */
export const LEDGER_FORMAT = 1;

/** A built ledger's rows and sources, saved with the key of what they were built from. */
export interface SavedLedger {
  key: string;
  /** Number of mentions the rows index; a check that the records are the same. */
  mentions: number;
  rows: LedgerRow[];
  sources: SourceEntry[];
  /** The view's table of the ledger (JSON text of a `LedgerTable`). */
  table: string;
}

/** What a cache file holds. */
export interface CacheContents {
  entries: [string, ArticleRecord][];
  ledger?: SavedLedger;
}

/**
 * The key of a ledger built from the records under `recordKeys` (in any
 * order): each record key already names its article's id, text and analysis
 * settings; this adds the clustering settings and the ledger format.
 */
export function ledgerKey(recordKeys: Iterable<string>, options: LedgerOptions = {}): string {
  const clustering = JSON.stringify([LEDGER_FORMAT, options.threshold ?? DEFAULT_THRESHOLD, options.blocking ?? DEFAULT_BLOCKING]);
  const keys = [...recordKeys].sort();
  return `${contentHash(`${clustering}\n${keys.join('\n')}`)}-${keys.length}`;
}

/** The part of a built ledger worth saving: rows (clustering, labels, stances), sources and table; the mentions are rebuilt cheaply. */
export function saveLedger(ledger: Ledger, key: string, table: string): SavedLedger {
  return { key, mentions: ledger.mentions.length, rows: ledger.rows, sources: ledger.sources, table };
}

const isIndex = (x: unknown, n: number) => Number.isInteger(x) && (x as number) >= 0 && (x as number) < n;

/** Whether saved rows are well formed over `n` mentions: every index in range, each mention in one row at most. */
function rowsFit(rows: unknown, n: number, articles: number): rows is LedgerRow[] {
  if (!Array.isArray(rows)) return false;
  const seen = new Uint8Array(n);
  for (const row of rows as Partial<LedgerRow>[]) {
    const members = row?.cluster?.mentions;
    if (typeof row?.cluster?.id !== 'string' || typeof row.cluster.label !== 'string' || typeof row.summary !== 'string') return false;
    if (!Array.isArray(members) || typeof row.cells !== 'object' || row.cells === null) return false;
    for (const m of members) {
      if (!isIndex(m, n) || seen[m]) return false;
      seen[m] = 1;
    }
    for (const [article, list] of Object.entries(row.cells)) {
      if (!isIndex(Number(article), articles) || !Array.isArray(list) || !list.every((m) => isIndex(m, n))) return false;
    }
  }
  return true;
}

/** Whether saved sources are well formed over `rows` rows and `n` mentions. */
function sourcesFit(sources: unknown, rows: number, n: number): sources is SourceEntry[] {
  return Array.isArray(sources) && (sources as Partial<SourceEntry>[]).every((s) =>
    typeof s?.name === 'string' && Array.isArray(s.articles) && Array.isArray(s.stances)
    && s.stances.every((x) => isIndex(x?.row, rows) && Array.isArray(x.mentions) && x.mentions.every((m) => isIndex(m, n))));
}

/**
 * The ledger of `records` from saved rows, or undefined when they do not fit
 * (another key, another number of mentions, malformed): then build it afresh.
 */
export function restoreLedger(records: readonly ArticleRecord[], saved: SavedLedger | undefined, key: string): Ledger | undefined {
  if (!saved || saved.key !== key) return undefined;
  const { records: ordered, mentions } = ledgerMentions(records);
  const n = mentions.length;
  if (saved.mentions !== n || !rowsFit(saved.rows, n, ordered.length) || !sourcesFit(saved.sources, saved.rows.length, n)) return undefined;
  return { articles: ordered.map((r) => r.meta), mentions, rows: saved.rows, sources: saved.sources };
}

const NEWLINE = 0x0a;

/** The bytes of a cache file: the JSON line, then the saved table's text. */
export function encodeCache(contents: CacheContents): Uint8Array {
  const { table = '', ...ledger } = contents.ledger ?? {};
  // The table is not parsed when read back: its hash is what tells a whole one from a damaged one.
  const saved = { ...ledger, tableHash: contentHash(table) };
  const head = JSON.stringify({ format: CACHE_FORMAT, entries: contents.entries, ...(contents.ledger ? { ledger: saved } : {}) });
  return new TextEncoder().encode(`${head}\n${table}`);
}

const decoder = new TextDecoder('utf-8');

/** A cache file's contents; empty for an unreadable, truncated or outdated file. */
export function decodeCache(data: Uint8Array): CacheContents {
  const cut = data.indexOf(NEWLINE);
  let parsed: unknown;
  let table: string;
  try {
    parsed = JSON.parse(decoder.decode(cut < 0 ? data : data.subarray(0, cut)));
    table = cut < 0 ? '' : decoder.decode(data.subarray(cut + 1));
  } catch {
    return { entries: [] };
  }
  const file = parsed as { format?: unknown; entries?: unknown; ledger?: Partial<SavedLedger> & { tableHash?: unknown } };
  if (file?.format !== CACHE_FORMAT || !Array.isArray(file.entries)) return { entries: [] };
  const entries = (file.entries as unknown[]).filter((e): e is [string, ArticleRecord] =>
    Array.isArray(e) && typeof e[0] === 'string' && typeof e[1]?.meta?.id === 'string' && Array.isArray(e[1].mentions));
  const l = file.ledger;
  // A file cut short or damaged after its first line has lost its table: the rows are then not used either.
  if (!l || l.tableHash !== contentHash(table) || typeof l.key !== 'string' || typeof l.mentions !== 'number') return { entries };
  const { tableHash: _, ...ledger } = l;
  return { entries, ledger: { ...(ledger as SavedLedger), table } };
}
