/**
 * The index worker's jobs, independent of the thread API: the workspace's
 * articles by id, their records cached by content hash, and the ledger built
 * from them, or laid back from the cache file's rows when the articles are
 * those it was saved with (ledger-cache.ts). Misses are analysed here and on
 * helper threads in small chunks; between articles the worker yields, so
 * cancels and queries get through. The view's table is kept here, prepared,
 * and sent only when asked for.
 */
import { parseSidecar, type ManualAnnotation } from '../annotations';
import { analyseArticle, type ArticleOptions } from './analyse-article';
import type { AnalysisHelper } from './analysis-helper';
import { recordKey, settingsKey } from './content-hash';
import { FeatureMemo } from './feature-memo';
import type { IndexFile, IndexRequest, IndexResponse, UpdateStats } from './index-protocol';
import { buildLedger } from './ledger';
import { decodeCache, encodeCache, ledgerKey, restoreLedger, saveLedger, type SavedLedger } from './ledger-cache';
import { elsewhere, rowIndex, toLedgerTable } from './ledger-table';
import { toLedgerJson } from './render-json';
import { toLedgerMarkdown } from './render-md';
import { toLedgerHtml } from './render-html';
import { tick } from './tick';
import type { ArticleRecord, Ledger } from './types';

const PROGRESS_MS = 100;
/** Articles per helper chunk: small enough to balance the threads, large enough to keep messages few. */
const CHUNK = 4;
/** Files hashed per event-loop turn. */
const HASH_BATCH = 100;
/** Claims whose features are extracted per event-loop turn when warming up after a reopen (a few ms). */
const WARM_SLICE = 200;

const decoder = new TextDecoder('utf-8');

/** Text of a file: UTF-8 with any byte-order mark dropped, as the CLI reads it. */
function decode(bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

interface Miss {
  id: string;
  text: string;
  markdown: boolean;
  key: string;
  annotations: ManualAnnotation[];
}

/** A sidecar's decisions: what a damaged one still holds (the editor reports the damage), none from a newer version. */
function decisionsOf(sidecar: string): ManualAnnotation[] {
  if (sidecar === '') return [];
  const parsed = parseSidecar(sidecar);
  if (parsed.ok) return parsed.sidecar.annotations;
  return parsed.error === 'newer-version' ? [] : parsed.salvaged;
}

/** Sends a response; `transfer` lists buffers to move rather than copy. */
export type IndexPost = (response: IndexResponse, transfer?: ArrayBuffer[]) => void;

/** File access where the worker has it (worker_threads): the cache file is then read and written off the extension host. */
export interface CacheFiles {
  read(path: string): Promise<Uint8Array>;
  /** Replaces the file whole: written beside it, then renamed over it. */
  writeAtomic(path: string, data: Uint8Array): Promise<void>;
}

export class IndexJobs {
  private options: ArticleOptions = {};
  private settings = settingsKey({}, '');
  private readonly entries = new Map<string, { key: string; record: ArticleRecord }>();
  private readonly cache = new Map<string, ArticleRecord>();
  private ledger: Ledger | undefined;
  /** The key of `ledger` (ledger-cache.ts) and the view's table of it (JSON text). */
  private ledgerKey = '';
  private table = '';
  /** The ledger a cache file held, until the first update after loading it. */
  private saved: SavedLedger | undefined;
  private rowOf: Int32Array = new Int32Array(0);
  /** Claim features of the last build: a rebuild after a change extracts only the changed articles' claims. */
  private readonly features = new FeatureMemo();
  private readonly cancelled = new Set<number>();
  /** Changing jobs queued and not yet started: background work gives way to them. */
  private waiting = 0;
  /** Jobs that change the index run one after another; queries answer at once from the last ledger. */
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly post: IndexPost, private readonly helpers: readonly AnalysisHelper[] = [], private readonly files?: CacheFiles) {}

  /** Handles one request; resolves when its job has finished (for tests). */
  handle(request: IndexRequest): Promise<void> {
    if (request.type === 'cancel') {
      this.cancelled.add(request.job);
      return Promise.resolve();
    }
    if (request.type === 'query' || request.type === 'render' || request.type === 'table') return this.guard(request.job, async () => this.answer(request));
    this.waiting++;
    const run = this.queue.then(() => {
      this.waiting--;
      return this.guard(request.job, () => this.change(request));
    });
    this.queue = run;
    return run;
  }

  private async guard(job: number, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (e) {
      this.post({ type: 'error', job, message: (e as Error).message });
    }
  }

  private answer(request: Extract<IndexRequest, { type: 'query' | 'render' | 'table' }>): void {
    if (request.type === 'table') {
      this.post({ type: 'table', job: request.job, table: this.table || JSON.stringify(toLedgerTable(buildLedger([]))) });
      return;
    }
    if (request.type === 'query') {
      const answer = this.ledger ? elsewhere(this.ledger, this.rowOf, request.id, request.start, request.text) : undefined;
      this.post({ type: 'answer', job: request.job, answer });
      return;
    }
    const ledger = this.ledger ?? buildLedger([]);
    const text = request.format === 'json' ? toLedgerJson(ledger) : request.format === 'md' ? toLedgerMarkdown(ledger) : toLedgerHtml(ledger);
    this.post({ type: 'rendered', job: request.job, text });
  }

  private async change(request: Exclude<IndexRequest, { type: 'query' | 'render' | 'table' | 'cancel' }>): Promise<void> {
    if (request.type === 'configure') {
      this.options = request.options;
      this.settings = settingsKey(request.options, request.salt);
      this.post({ type: 'done', job: request.job });
    } else if (request.type === 'load-cache') {
      const data = 'data' in request ? request.data : await this.files?.read(request.path).catch(() => undefined);
      const contents = data ? decodeCache(data) : { entries: [] };
      for (const [key, record] of contents.entries) this.cache.set(key, record);
      this.saved = contents.ledger;
      this.post({ type: 'done', job: request.job, entries: contents.entries.length, ledger: contents.ledger !== undefined });
    } else if (request.type === 'save-cache') {
      const entries = [...this.entries.values()].map((e): [string, ArticleRecord] => [e.key, e.record]);
      const data = encodeCache({ entries, ...(this.ledger ? { ledger: saveLedger(this.ledger, this.ledgerKey, this.table) } : {}) });
      if (request.path !== undefined && this.files) {
        await this.files.writeAtomic(request.path, data);
        this.post({ type: 'cache-saved', job: request.job, bytes: data.byteLength, entries: entries.length });
      } else this.post({ type: 'cache-data', job: request.job, data, entries: entries.length }, [data.buffer as ArrayBuffer]);
    } else await this.update(request.job, request.files, request.removed, request.keep);
  }

  /** Sets the ledger of the current articles: the last one if they are unchanged, else the saved rows if they fit, else built afresh. */
  private settle(): { ledger: Ledger; from: UpdateStats['ledger'] } {
    const records = [...this.entries.values()];
    const key = ledgerKey(records.map((e) => e.key));
    if (this.ledger && key === this.ledgerKey) return { ledger: this.ledger, from: 'kept' };
    const restored = restoreLedger(records.map((e) => e.record), this.saved, key);
    const ledger = restored ?? buildLedger(records.map((e) => e.record), { features: this.features.features });
    if (!restored) this.features.turn();
    this.ledger = ledger;
    this.ledgerKey = key;
    this.rowOf = rowIndex(ledger);
    this.table = restored && this.saved ? this.saved.table : JSON.stringify(toLedgerTable(ledger));
    // The saved rows serve the first ledger after a reopen only; after that the workspace has moved on.
    this.saved = undefined;
    return { ledger, from: restored ? 'cache' : 'built' };
  }

  private async update(job: number, files: readonly IndexFile[], removed: readonly string[], keep?: readonly string[]): Promise<void> {
    const t0 = performance.now();
    for (const id of removed) this.entries.delete(id);
    if (keep) {
      const wanted = new Set(keep);
      for (const id of [...this.entries.keys()]) if (!wanted.has(id)) this.entries.delete(id);
    }
    const misses: Miss[] = [];
    let hits = 0;
    for (let i = 0; i < files.length; i++) {
      // Hashing is cheap but not free: the in-process fallback must not hash a whole workspace in one turn.
      if (i > 0 && i % HASH_BATCH === 0) await tick();
      const f = files[i];
      const text = decode(f.bytes);
      const sidecar = f.sidecar ? decode(f.sidecar) : '';
      // A changed decision changes the record as a changed text does.
      const key = recordKey(f.id, sidecar ? `${text}\u0000${sidecar}` : text, f.markdown, this.settings);
      const cached = this.cache.get(key);
      if (cached) {
        this.entries.set(f.id, { key, record: cached });
        hits++;
      } else misses.push({ id: f.id, text, markdown: f.markdown, key, annotations: decisionsOf(sidecar) });
    }
    const failed = await this.analyse(job, misses, hits, files.length);
    if (this.cancelled.delete(job)) {
      this.post({ type: 'cancelled', job });
      return;
    }
    const t1 = performance.now();
    const { ledger, from } = this.settle();
    const stats: UpdateStats = {
      articles: this.entries.size, hits, analysed: misses.length - failed.length, failed, ledger: from,
      rows: ledger.rows.length, mentions: ledger.mentions.length, analyseMs: t1 - t0, buildMs: performance.now() - t1,
    };
    this.post({ type: 'updated', job, stats });
    if (from === 'cache') void this.warm(ledger);
  }

  /**
   * After a reopen from the cache, extracts the claims' features in the
   * background, a slice per turn, so that the first change rebuilds as fast
   * as later ones; stops as soon as a change is queued or the ledger replaced.
   */
  private async warm(ledger: Ledger): Promise<void> {
    const { mentions } = ledger;
    for (let i = 0; i < mentions.length; i++) {
      if (i % WARM_SLICE === 0) {
        await tick();
        if (this.waiting > 0 || this.ledger !== ledger) return;
      }
      this.features.features(mentions[i].text);
    }
  }

  /** Analyses the misses here and on the helpers; returns the articles that failed. */
  private async analyse(job: number, misses: readonly Miss[], hits: number, total: number): Promise<{ id: string; message: string }[]> {
    const failed: { id: string; message: string }[] = [];
    const byId = new Map(misses.map((m) => [m.id, m]));
    let next = 0;
    let done = hits;
    let reported = performance.now();
    const take = (n: number) => misses.slice(next, (next = Math.min(misses.length, next + n)));
    const stop = () => this.cancelled.has(job);
    const store = (record: ArticleRecord) => {
      const miss = byId.get(record.meta.id);
      if (!miss) return;
      this.cache.set(miss.key, record);
      this.entries.set(miss.id, { key: miss.key, record });
    };
    const fail = (list: { id: string; message: string }[]) => {
      for (const f of list) {
        // A file that no longer analyses must not keep its old record.
        this.entries.delete(f.id);
        failed.push(f);
      }
    };
    const progress = (n: number) => {
      done += n;
      if (performance.now() - reported < PROGRESS_MS && done < total) return;
      reported = performance.now();
      this.post({ type: 'progress', job, done, total });
    };
    const here = async () => {
      for (let [m] = take(1); m !== undefined && !stop(); [m] = take(1)) {
        try {
          store(analyseArticle(m.text, m.id, m.markdown, this.options, m.annotations));
        } catch (e) {
          fail([{ id: m.id, message: (e as Error).message }]);
        }
        progress(1);
        // Lets helper results, cancels and queries in between articles.
        await tick();
      }
    };
    const there = async (helper: AnalysisHelper) => {
      for (let chunk = take(CHUNK); chunk.length > 0 && !stop(); chunk = take(CHUNK)) {
        try {
          const result = await helper.analyse(chunk.map(({ id, text, markdown, annotations }) => ({ id, text, markdown, annotations })), this.options);
          result.records.forEach(store);
          fail(result.failed);
        } catch (e) {
          fail(chunk.map((m) => ({ id: m.id, message: (e as Error).message })));
        }
        progress(chunk.length);
      }
    };
    await Promise.all([here(), ...this.helpers.map(there)]);
    return failed;
  }
}
