/**
 * Starts the ledger's index thread: a worker_threads worker (and analysis
 * helpers beside it) where Node is there; in VS Code for the web, Web Workers
 * (webWorkerThread.ts); and where neither starts, the same jobs in-process,
 * which analyse one article per event-loop turn. worker_threads is looked up
 * at run time (process.getBuiltinModule), so the browser bundle contains no
 * Node import.
 */
import { IndexJobs } from '../ledger/index-jobs';
import type { IndexRequest, IndexResponse } from '../ledger/index-protocol';
import { startWebWorkers } from './webWorkerThread';
import type { WorkerData } from './worker';

/** `worker` for worker_threads, `webworker` for browser Web Workers, `inline` for the in-process fallback. */
export type ThreadKind = 'worker' | 'webworker' | 'inline';

/** The extension host's end of the index thread. */
export interface IndexThread {
  post(request: IndexRequest): void;
  listen(handler: (response: IndexResponse) => void): void;
  /** Called once if the thread dies (a crash, not a job's error). */
  onExit(handler: (message: string) => void): void;
  readonly kind: ThreadKind;
  dispose(): Promise<void>;
}

type WorkerThreads = typeof import('node:worker_threads');

function workerThreads(): WorkerThreads | undefined {
  try {
    const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    return proc?.getBuiltinModule?.('node:worker_threads') as WorkerThreads | undefined;
  } catch {
    return undefined;
  }
}

/** The index thread in worker_threads: one index worker and `threads - 1` helpers connected to it by ports. */
function startWorkers(wt: WorkerThreads, script: string, threads: number): IndexThread {
  const helpers = Array.from({ length: Math.max(0, threads - 1) }, () => {
    const channel = new wt.MessageChannel();
    const worker = new wt.Worker(script, { workerData: { role: 'analyse', port: channel.port2 } satisfies WorkerData, transferList: [channel.port2] });
    // A helper must not keep the extension host (or a bench) alive on its own.
    worker.unref();
    return { worker, port: channel.port1 };
  });
  const index = new wt.Worker(script, {
    workerData: { role: 'index', helpers: helpers.map((h) => h.port) } satisfies WorkerData,
    transferList: helpers.map((h) => h.port),
  });
  index.unref();
  let exited = false;
  return {
    kind: 'worker',
    post: (request) => index.postMessage(request),
    listen: (handler) => index.on('message', handler),
    onExit: (handler) => {
      index.on('error', (e) => { if (!exited) { exited = true; handler(e.message); } });
      index.on('exit', (code) => { if (!exited) { exited = true; handler(`the index thread exited (code ${code})`); } });
    },
    async dispose() {
      exited = true;
      await Promise.all([index.terminate(), ...helpers.map((h) => h.worker.terminate())]);
    },
  };
}

/** The same jobs in this thread: messages are delivered a turn later, as a worker would. */
function startInline(): IndexThread {
  const handlers: ((response: IndexResponse) => void)[] = [];
  const jobs = new IndexJobs((response) => setTimeout(() => handlers.forEach((h) => h(response)), 0));
  return {
    kind: 'inline',
    post: (request) => void setTimeout(() => void jobs.handle(request), 0),
    listen: (handler) => void handlers.push(handler),
    onExit: () => undefined,
    dispose: async () => undefined,
  };
}

/**
 * A thread that is still starting: requests wait for it, and if it fails to
 * start, the `fallback` thread takes them; `onFallback` hears why, once.
 */
export function startWithFallback(starting: Promise<IndexThread>, kind: ThreadKind, fallback: () => IndexThread, onFallback: (reason: string) => void): IndexThread {
  let thread: IndexThread | undefined;
  let disposed = false;
  const queued: IndexRequest[] = [];
  const handlers: ((response: IndexResponse) => void)[] = [];
  const exits: ((message: string) => void)[] = [];
  const adopt = (t: IndexThread) => {
    if (disposed) return void t.dispose();
    thread = t;
    t.listen((response) => handlers.forEach((h) => h(response)));
    t.onExit((message) => exits.forEach((h) => h(message)));
    for (const request of queued.splice(0)) t.post(request);
  };
  const settled = starting.then(adopt, (e: unknown) => {
    onFallback(e instanceof Error ? e.message : String(e));
    adopt(fallback());
  });
  return {
    get kind() {
      return thread?.kind ?? kind;
    },
    post: (request) => (thread ? thread.post(request) : void queued.push(request)),
    listen: (handler) => void handlers.push(handler),
    onExit: (handler) => void exits.push(handler),
    async dispose() {
      disposed = true;
      await settled;
      await thread?.dispose();
    },
  };
}

/** Where the index thread's script is: a file for worker_threads, and the text of the Web Worker build. */
export interface ThreadScripts {
  /** The path of dist/ledgerWorker.js. */
  node?: string;
  /** Reads dist/web/ledgerWorker.js. */
  web?: () => Promise<string>;
}

/**
 * Starts the index thread; `threads` is the number of threads that analyse
 * (the index worker counts as one). `onFallback` hears, once, why the jobs
 * run in-process in an extension host that has no Node: no Web Worker, or
 * one that failed to start.
 */
export function startIndexThread(scripts: ThreadScripts, threads: number, onFallback: (reason: string) => void = () => undefined): IndexThread {
  const wt = workerThreads();
  if (wt && scripts.node) return startWorkers(wt, scripts.node, threads);
  if (wt || !scripts.web) return startInline();
  if (typeof Worker !== 'function') {
    onFallback('this extension host has no Web Worker');
    return startInline();
  }
  return startWithFallback(scripts.web().then((source) => startWebWorkers(source, threads)), 'webworker', startInline, onFallback);
}
