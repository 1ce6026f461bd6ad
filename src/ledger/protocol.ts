/**
 * Messages between the indexer (the CLI bench, later the editor's background
 * indexer) and the ledger worker, as typed unions. Everything is plain data,
 * so the same protocol serves worker_threads and a browser Web Worker.
 */
import type { ManualAnnotation } from '../annotations';
import type { ArticleOptions } from './analyse-article';
import type { LedgerOptions } from './ledger';
import type { ArticleRecord, Ledger } from './types';

/** One article to analyse; `markdown` defaults from the id's extension. */
export interface ArticleInput {
  id: string;
  text: string;
  markdown?: boolean;
  /** The decisions of the article's sidecar, applied as the editor applies them. */
  annotations?: ManualAnnotation[];
}

export type WorkerRequest =
  | { type: 'analyse'; job: number; articles: ArticleInput[]; options?: ArticleOptions }
  | { type: 'ledger'; job: number; records: ArticleRecord[]; options?: LedgerOptions }
  | { type: 'cancel'; job: number };

export type WorkerResponse =
  | { type: 'progress'; job: number; done: number; total: number }
  /** A batch of finished records; small batches keep each message cheap to receive on the main thread. */
  | { type: 'records'; job: number; records: ArticleRecord[] }
  /** The job is done: every record has been sent in `records` batches. */
  | { type: 'analysed'; job: number; count: number; failed: { id: string; message: string }[]; ms: number }
  | { type: 'ledger'; job: number; ledger: Ledger; ms: number }
  | { type: 'cancelled'; job: number }
  | { type: 'error'; job: number; message: string };
