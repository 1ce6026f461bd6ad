/**
 * The workspace ledger service: starts on first need (the Ledger view, a
 * ledger command), indexes every article in a worker with a cancellable
 * progress notification, follows file changes (debounced), and keeps the
 * cache by content hash in the extension's storage, so that reopening a
 * workspace analyses nothing that has not changed.
 */
import * as vscode from 'vscode';
import { affects, readSettings } from '../editor/config';
import type { LedgerFormat, UpdateStats } from '../ledger/index-protocol';
import type { Elsewhere } from '../ledger/ledger-table';
import { writeFileAtomic } from '../annotations-editor/atomicWrite';
import { IndexClient } from './indexClient';
import { LedgerIndex, type CacheStore, type IndexResult } from './ledgerIndex';
import { trustedCache } from './trustedCache';
import { startIndexThread, type ThreadKind, type ThreadScripts } from './threads';
import { articleGlob, WorkspaceFiles } from './workspaceFiles';
import type { Scope } from '../editor/scope';

/** Threads that analyse: the index worker and one helper; the machine's other core stays with the editor. */
const THREADS = 2;
/** Quiet time after the last file change before the index follows it. */
const CHANGE_DEBOUNCE_MS = 400;
/** Quiet time after an update before the cache is written. */
const SAVE_DEBOUNCE_MS = 1500;
const CACHE_FILE = 'ledger-cache.json';
/** How the log names where the index ran. */
const THREAD_NAMES: Record<ThreadKind, string> = { worker: 'worker threads', webworker: 'Web Workers', inline: 'the extension host' };

export type IndexerState =
  | { kind: 'idle' }
  | { kind: 'indexing'; done: number; total: number }
  /** `version` counts the ledgers built, so a view knows whether the table it shows is the latest. */
  | { kind: 'ready'; stats: UpdateStats; version: number }
  | { kind: 'cancelled' }
  | { kind: 'error'; message: string };

/** The cache file in the workspace's storage (the global one without a workspace), in memory in Restricted Mode. */
function cacheStore(context: vscode.ExtensionContext): CacheStore {
  const folder = context.storageUri ?? context.globalStorageUri;
  const file = vscode.Uri.joinPath(folder, CACHE_FILE);
  const disk: CacheStore = {
    ...(file.scheme === 'file' ? { path: file.fsPath } : {}),
    load: async () => {
      try {
        return await vscode.workspace.fs.readFile(file);
      } catch {
        return undefined;
      }
    },
    save: (data) => writeFileAtomic(file, data),
  };
  return trustedCache(disk, () => vscode.workspace.isTrusted);
}

export class LedgerIndexer implements vscode.Disposable {
  private index: LedgerIndex | undefined;
  private readonly files: WorkspaceFiles;
  private watcher: vscode.FileSystemWatcher | undefined;
  /** Watches the sidecars: a decision saved in the editor re-indexes its article. */
  private sidecarWatcher: vscode.FileSystemWatcher | undefined;
  private state: IndexerState = { kind: 'idle' };
  private readonly emitter = new vscode.EventEmitter<IndexerState>();
  /** Fires whenever the state changes: progress, a new ledger, an error. */
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  /** Index runs one after another. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly changed = new Set<string>();
  private readonly deleted = new Set<string>();
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private channel: vscode.LogOutputChannel | undefined;
  private version = 0;
  /** The last run's counts and timings, for tests and the bench. */
  lastResult: IndexResult | undefined;

  constructor(private readonly context: vscode.ExtensionContext, scope?: Scope) {
    // Files ClaimLens is switched off for (setting, file switch, exclude glob) are not indexed either.
    this.files = new WorkspaceFiles((uri) => !scope?.offReason(uri));
    this.disposables.push(vscode.workspace.onDidChangeConfiguration((e) => {
      const scope = affects(e, 'scope') || affects(e, 'analysis') || e.affectsConfiguration('claimlens.export.folder');
      if (this.state.kind !== 'idle' && scope) void this.restart();
    }));
    if (scope) {
      this.disposables.push(scope.onDidChange(() => {
        if (this.state.kind !== 'idle') void this.restart();
      }));
    }
  }

  get current(): IndexerState {
    return this.state;
  }

  private setState(state: IndexerState): void {
    this.state = state;
    this.emitter.fire(state);
  }

  /** Starts the first index if none has run: the lazy entry point of the views and commands. */
  ensureStarted(): Promise<unknown> {
    if (this.state.kind === 'idle') return this.reindex();
    return this.queue;
  }

  /** The current ledger, indexing first if needed; undefined when indexing was cancelled or failed. */
  async ready(): Promise<Extract<IndexerState, { kind: 'ready' }> | undefined> {
    await this.ensureStarted();
    await this.queue;
    return this.state.kind === 'ready' ? this.state : undefined;
  }

  private open(): LedgerIndex {
    if (this.index) return this.index;
    const settings = readSettings();
    const client = new IndexClient(startIndexThread(this.scripts(), THREADS, (reason) => this.log().warn(`No Web Worker for the ledger index (${reason}); indexing in the extension host instead.`)));
    const salt = String((this.context.extension.packageJSON as { version?: string }).version ?? '');
    const options = { extraHedges: settings.extraHedges, extraReportingVerbs: settings.addedReportingVerbs, removedReportingVerbs: settings.removedReportingVerbs };
    this.index = new LedgerIndex(client, this.files, cacheStore(this.context), { options, salt });
    this.watch();
    return this.index;
  }

  /** dist/ledgerWorker.js for worker_threads; dist/web/ledgerWorker.js, read as text, for a Web Worker. */
  private scripts(): ThreadScripts {
    const root = this.context.extensionUri;
    return {
      ...(root.scheme === 'file' ? { node: vscode.Uri.joinPath(root, 'dist', 'ledgerWorker.js').fsPath } : {}),
      web: async () => new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, 'dist', 'web', 'ledgerWorker.js'))),
    };
  }

  /** The "ClaimLens Ledger" log, made on first use. */
  private log(): vscode.LogOutputChannel {
    if (!this.channel) {
      this.channel = vscode.window.createOutputChannel('ClaimLens Ledger', { log: true });
      this.disposables.push(this.channel);
    }
    return this.channel;
  }

  private watch(): void {
    this.watcher?.dispose();
    const watcher = vscode.workspace.createFileSystemWatcher(articleGlob());
    const changed = (uri: vscode.Uri) => {
      if (!this.files.wants(uri)) return;
      const id = this.files.add(uri);
      this.deleted.delete(id);
      this.changed.add(id);
      this.scheduleUpdate();
    };
    watcher.onDidCreate(changed);
    watcher.onDidChange(changed);
    watcher.onDidDelete((uri) => {
      const id = this.files.idOf(uri);
      this.changed.delete(id);
      this.deleted.add(id);
      this.scheduleUpdate();
    });
    this.watcher = watcher;
    this.sidecarWatcher?.dispose();
    const sidecars = vscode.workspace.createFileSystemWatcher('**/.claimlens/**/*.json');
    const decided = (uri: vscode.Uri) => {
      const article = this.files.articleOfSidecar(uri);
      if (article) changed(article);
    };
    sidecars.onDidCreate(decided);
    sidecars.onDidChange(decided);
    sidecars.onDidDelete(decided);
    this.sidecarWatcher = sidecars;
  }

  private scheduleUpdate(): void {
    if (this.changeTimer) clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => {
      this.changeTimer = undefined;
      const changed = [...this.changed];
      const deleted = [...this.deleted];
      this.changed.clear();
      this.deleted.clear();
      void this.run(() => this.open().update(changed, deleted));
    }, CHANGE_DEBOUNCE_MS);
  }

  /** Indexes the whole workspace, with a progress notification that can cancel it. */
  reindex(): Promise<IndexResult | undefined> {
    return this.run(() => vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'ClaimLens: indexing articles for the ledger', cancellable: true },
      (progress, token) => {
        const abort = new AbortController();
        token.onCancellationRequested(() => abort.abort());
        let reported = 0;
        this.setState({ kind: 'indexing', done: 0, total: 0 });
        return this.open().indexAll((done, total) => {
          progress.report({ increment: ((done - reported) / Math.max(1, total)) * 100, message: `${done} of ${total} articles` });
          reported = done;
          this.setState({ kind: 'indexing', done, total });
        }, abort.signal);
      },
    ));
  }

  /** Runs one index job after the others; a result becomes the new state, an error a message. */
  private run(job: () => Thenable<IndexResult | undefined>): Promise<IndexResult | undefined> {
    const next = this.queue.then(async () => {
      const previous = this.state;
      try {
        const result = await job();
        if (!result) {
          this.setState(previous.kind === 'ready' ? previous : { kind: 'cancelled' });
          return undefined;
        }
        this.lastResult = result;
        const { stats } = result;
        this.log().info(`Indexed ${stats.articles} articles in ${THREAD_NAMES[this.threadKind ?? 'inline']}: ${stats.analysed} analysed, ${stats.hits} from the cache, ledger ${stats.ledger} (${stats.rows} rows).`);
        this.setState({ kind: 'ready', stats: result.stats, version: ++this.version });
        this.scheduleSave();
        return result;
      } catch (e) {
        const message = (e as Error).message;
        // A dead thread is replaced on the next run.
        if (this.index && /thread|closed/.test(message)) await this.close();
        this.setState({ kind: 'error', message });
        void vscode.window.showErrorMessage(`ClaimLens could not index the workspace for the ledger: ${message}`);
        return undefined;
      }
    });
    this.queue = next;
    return next;
  }

  private scheduleSave(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.saveCache(), SAVE_DEBOUNCE_MS);
  }

  /** Writes the cache now (also done shortly after every update); returns the number of records. */
  async saveCache(): Promise<number> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    try {
      return (await this.index?.saveCache()) ?? 0;
    } catch {
      // A cache that cannot be written only costs time at the next start.
      return 0;
    }
  }

  /** Settings that change what is indexed or how: a fresh thread, the cache reloaded under new keys. */
  private async restart(): Promise<void> {
    await this.queue;
    await this.close();
    await this.reindex();
  }

  private async close(): Promise<void> {
    this.watcher?.dispose();
    this.watcher = undefined;
    this.sidecarWatcher?.dispose();
    this.sidecarWatcher = undefined;
    const index = this.index;
    this.index = undefined;
    await index?.dispose().catch(() => undefined);
  }

  /** Where the index runs (`worker` threads, `webworker`s in VS Code for the web, else `inline`); undefined before it starts. */
  get threadKind(): ThreadKind | undefined {
    return this.index?.threadKind;
  }

  /** The ledger id of a file, and the file of an id. */
  idOf(uri: vscode.Uri): string {
    return this.files.idOf(uri);
  }

  uriOf(id: string): vscode.Uri | undefined {
    return this.files.uriOf(id);
  }

  /** How the claim at `start` of `uri` is treated elsewhere; undefined before the first index or for an article outside it. */
  async elsewhere(uri: vscode.Uri, start: number, text: string): Promise<Elsewhere | undefined> {
    if (this.state.kind !== 'ready' || !this.index) return undefined;
    const id = this.idOf(uri);
    if (!this.index.has(id)) return undefined;
    return this.index.elsewhere(id, start, text);
  }

  /** The view's table of the current ledger (JSON text), fetched from the index worker; undefined before the first index. */
  async table(): Promise<string | undefined> {
    if (this.state.kind !== 'ready' || !this.index) return undefined;
    return this.index.table();
  }

  /** The ledger as text, indexing first if needed. */
  async render(format: LedgerFormat): Promise<string | undefined> {
    if (!(await this.ready()) || !this.index) return undefined;
    return this.index.render(format);
  }

  dispose(): void {
    if (this.changeTimer) clearTimeout(this.changeTimer);
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.watcher?.dispose();
    this.sidecarWatcher?.dispose();
    void this.index?.dispose().catch(() => undefined);
    this.index = undefined;
    for (const d of this.disposables) d.dispose();
  }
}
