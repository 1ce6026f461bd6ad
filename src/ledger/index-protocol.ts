/**
 * Messages between the editor's indexer (src/ledger-editor) and the index
 * worker, which owns the workspace's articles, their cache and the built
 * ledger. The extension host sends file bytes and small questions and gets
 * back small answers; the view's table (megabytes of prepared JSON) comes
 * only when asked for, when the Ledger view is on screen: the host never
 * holds or walks the whole ledger itself.
 */
import type { ArticleOptions } from './analyse-article';
import type { Elsewhere } from './ledger-table';

/** One file to index: its bytes (UTF-8, a BOM is dropped) and whether it is Markdown. */
export interface IndexFile {
  id: string;
  bytes: Uint8Array;
  markdown: boolean;
  /** The article's sidecar (`.claimlens/<path>.json`), whose decisions the ledger applies. */
  sidecar?: Uint8Array;
}

export type LedgerFormat = 'json' | 'md' | 'html';

export type IndexRequest =
  /** Analysis settings and the analyser's version; a change re-keys the cache. */
  | { type: 'configure'; job: number; options: ArticleOptions; salt: string }
  /**
   * A cache file as written by `save-cache`, given as its bytes or, for a
   * worker that can read files, its path; unreadable data is ignored.
   */
  | { type: 'load-cache'; job: number; data: Uint8Array }
  | { type: 'load-cache'; job: number; path: string }
  /**
   * Adds or replaces `files`, drops `removed`, and, when `keep` is given,
   * every article not in it; then analyses what the cache lacks and builds the ledger.
   */
  | { type: 'update'; job: number; files: IndexFile[]; removed: string[]; keep?: string[] }
  | { type: 'query'; job: number; id: string; start: number; text: string }
  | { type: 'render'; job: number; format: LedgerFormat }
  /** The view's table of the last ledger built. */
  | { type: 'table'; job: number }
  /**
   * With `path`, a worker that can write files writes the cache there itself
   * (temp file, then rename) and answers `cache-saved`; else it answers
   * `cache-data` with the bytes for the caller to write.
   */
  | { type: 'save-cache'; job: number; path?: string }
  | { type: 'cancel'; job: number };

/** Counts of one update, for the progress message, the bench and the tests. */
export interface UpdateStats {
  articles: number;
  /** Records taken from the cache, and records analysed now. */
  hits: number;
  analysed: number;
  failed: { id: string; message: string }[];
  rows: number;
  mentions: number;
  /** Where the ledger came from: clustered now, the rows in the cache file, or the last ledger (same articles). */
  ledger: 'built' | 'cache' | 'kept';
  /** Time in the worker: analysis, then building the ledger (with clustering). */
  analyseMs: number;
  buildMs: number;
}

export type IndexResponse =
  | { type: 'progress'; job: number; done: number; total: number }
  | { type: 'updated'; job: number; stats: UpdateStats }
  /** `table` is the JSON text of a `LedgerTable`, passed on to the view unparsed. */
  | { type: 'table'; job: number; table: string }
  | { type: 'answer'; job: number; answer: Elsewhere | undefined }
  | { type: 'rendered'; job: number; text: string }
  | { type: 'cache-data'; job: number; data: Uint8Array; entries: number }
  | { type: 'cache-saved'; job: number; bytes: number; entries: number }
  /** `entries` and `ledger` after `load-cache`: the records it held and whether it held a ledger. */
  | { type: 'done'; job: number; entries?: number; ledger?: boolean }
  | { type: 'cancelled'; job: number }
  | { type: 'error'; job: number; message: string };
