/**
 * The workspace ledger's indexing pipeline, without `vscode`: lists and reads
 * the articles through a `FileSource`, hands their bytes to the index thread
 * in one message, loads and saves the cache through a `CacheStore`. The main
 * thread does no analysis, hashing, clustering or JSON work: each of its
 * turns is one file read or one message.
 */
import type { ArticleOptions } from '../ledger/analyse-article';
import type { IndexFile, LedgerFormat, UpdateStats } from '../ledger/index-protocol';
import type { Elsewhere } from '../ledger/ledger-table';
import type { IndexClient } from './indexClient';
import type { ThreadKind } from './threads';

/** Where the articles come from: the workspace, or a folder (the bench). */
export interface FileSource {
  /** Article ids (relative paths) and whether each is Markdown. */
  list(): Promise<{ id: string; markdown: boolean }[]>;
  /** A file's bytes; undefined to leave it out (gone, unreadable or over the size limit). */
  read(id: string): Promise<Uint8Array | undefined>;
  /** The bytes of the article's sidecar of decisions, if it has one. */
  sidecar?(id: string): Promise<Uint8Array | undefined>;
}

/** Where the cache file lives. */
export interface CacheStore {
  /** Its file system path when it has one: a worker thread then reads and writes it itself. */
  path?: string;
  load(): Promise<Uint8Array | undefined>;
  save(data: Uint8Array): Promise<void>;
}

/** The outcome of an index run: the counts (the view's table stays in the worker until `table()` asks for it). */
export interface IndexResult {
  stats: UpdateStats;
  /** Milliseconds spent listing and reading files, and loading the cache, in the extension host. */
  readMs: number;
}

/** Reads at most this many files at once. */
const READ_CONCURRENCY = 16;

export class LedgerIndex {
  private ready: Promise<void> | undefined;
  private known = new Set<string>();

  constructor(
    private readonly client: IndexClient,
    private readonly source: FileSource,
    private readonly cache: CacheStore | undefined,
    private readonly settings: { options: ArticleOptions; salt: string },
  ) {}

  /** Configures the thread and loads the cache, once. */
  private start(): Promise<void> {
    this.ready ??= (async () => {
      await this.client.request({ type: 'configure', options: this.settings.options, salt: this.settings.salt });
      const path = this.workerPath();
      if (path !== undefined) {
        await this.client.request({ type: 'load-cache', path });
        return;
      }
      const data = await this.cache?.load().catch(() => undefined);
      if (data) await this.client.request({ type: 'load-cache', data });
    })();
    return this.ready;
  }

  /** The cache file's path when the index runs in a worker thread, which can then read and write it without this thread. */
  private workerPath(): string | undefined {
    return this.client.kind === 'worker' ? this.cache?.path : undefined;
  }

  /** Reads the given ids, `READ_CONCURRENCY` at a time; the unreadable are returned apart. */
  private async read(ids: readonly { id: string; markdown: boolean }[]): Promise<{ files: IndexFile[]; missing: string[] }> {
    const files: IndexFile[] = [];
    const missing: string[] = [];
    let next = 0;
    const reader = async () => {
      for (let i = next++; i < ids.length; i = next++) {
        const bytes = await this.source.read(ids[i].id).catch(() => undefined);
        const sidecar = bytes && (await this.source.sidecar?.(ids[i].id).catch(() => undefined));
        if (bytes) files.push({ id: ids[i].id, bytes, markdown: ids[i].markdown, ...(sidecar ? { sidecar } : {}) });
        else missing.push(ids[i].id);
      }
    };
    await Promise.all(Array.from({ length: READ_CONCURRENCY }, reader));
    return { files, missing };
  }

  /** Indexes every article the source lists; articles no longer listed leave the ledger. */
  async indexAll(progress?: (done: number, total: number) => void, signal?: AbortSignal): Promise<IndexResult | undefined> {
    const t0 = performance.now();
    // The worker loads the cache file while this thread reads the articles; the update is sent only after both.
    const started = this.start();
    // Handled here so that a failure while reading is not reported as unhandled; `await started` still throws it.
    started.catch(() => undefined);
    const listed = await this.source.list();
    const { files } = await this.read(listed);
    await started;
    const readMs = performance.now() - t0;
    const keep = files.map((f) => f.id);
    const response = await this.client.request({ type: 'update', files, removed: [], keep }, progress, signal);
    if (response.type !== 'updated') return undefined;
    this.known = new Set(keep);
    return { stats: response.stats, readMs };
  }

  /** Re-reads changed articles and drops deleted ones. */
  async update(changed: readonly string[], deleted: readonly string[]): Promise<IndexResult | undefined> {
    const t0 = performance.now();
    await this.start();
    const markdown = (id: string) => /\.(md|markdown)$/i.test(id);
    const { files, missing } = await this.read(changed.map((id) => ({ id, markdown: markdown(id) })));
    const removed = [...deleted, ...missing];
    const response = await this.client.request({ type: 'update', files, removed });
    if (response.type !== 'updated') return undefined;
    for (const f of files) this.known.add(f.id);
    for (const id of removed) this.known.delete(id);
    return { stats: response.stats, readMs: performance.now() - t0 };
  }

  /** Where the analysis runs: `worker` threads, `webworker`s or `inline` slices. */
  get threadKind(): ThreadKind {
    return this.client.kind;
  }

  /** Whether an article id is in the ledger. */
  has(id: string): boolean {
    return this.known.has(id);
  }

  /** How the claim at `start` of article `id` is treated in the other articles. */
  async elsewhere(id: string, start: number, text: string): Promise<Elsewhere | undefined> {
    const response = await this.client.request({ type: 'query', id, start, text });
    return response.type === 'answer' ? response.answer : undefined;
  }

  /** The view's table of the last ledger (JSON text of a `LedgerTable`): megabytes for a large workspace, so only for a view on screen. */
  async table(): Promise<string> {
    const response = await this.client.request({ type: 'table' });
    if (response.type !== 'table') throw new Error(`unexpected answer ${response.type}`);
    return response.table;
  }

  /** The ledger as JSON, Markdown or HTML text. */
  async render(format: LedgerFormat): Promise<string> {
    const response = await this.client.request({ type: 'render', format });
    if (response.type !== 'rendered') throw new Error(`unexpected answer ${response.type}`);
    return response.text;
  }

  /** Writes the cache (the records of the articles now indexed, and the ledger's rows); returns how many records. */
  async saveCache(): Promise<number> {
    if (!this.cache) return 0;
    const path = this.workerPath();
    const response = await this.client.request({ type: 'save-cache', ...(path !== undefined ? { path } : {}) });
    if (response.type === 'cache-saved') return response.entries;
    if (response.type !== 'cache-data') return 0;
    await this.cache.save(response.data);
    return response.entries;
  }

  dispose(): Promise<void> {
    return this.client.dispose();
  }
}
