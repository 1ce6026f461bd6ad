/**
 * Starts the ledger's index thread: a worker_threads worker (and analysis
 * helpers beside it) where Node is there, else, in VS Code for the web, the
 * same jobs in-process, which analyse one article per event-loop turn.
 * worker_threads is looked up at run time (process.getBuiltinModule), so the
 * browser bundle contains no Node import.
 */
import { IndexJobs } from '../ledger/index-jobs';
import type { IndexRequest, IndexResponse } from '../ledger/index-protocol';
import type { WorkerData } from './worker';

/** The extension host's end of the index thread. */
export interface IndexThread {
  post(request: IndexRequest): void;
  listen(handler: (response: IndexResponse) => void): void;
  /** Called once if the thread dies (a crash, not a job's error). */
  onExit(handler: (message: string) => void): void;
  /** `worker` for worker_threads, `inline` for the in-process fallback. */
  readonly kind: 'worker' | 'inline';
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
 * Starts the index thread; `script` is the path of dist/ledgerWorker.js and
 * `threads` the number of threads that analyse (the index worker counts as one).
 */
export function startIndexThread(script: string | undefined, threads: number): IndexThread {
  const wt = workerThreads();
  return wt && script ? startWorkers(wt, script, threads) : startInline();
}
