/**
 * Starts the index thread as browser Web Workers (VS Code for the web): an
 * index worker and `threads - 1` analysis helpers connected to it by
 * message channels, all from a Blob URL of dist/web/ledgerWorker.js's text.
 * Resolves once every worker has said it started; rejects, with every worker
 * stopped, if one fails to load or stays silent.
 */
import type { IndexRequest, IndexResponse } from '../ledger/index-protocol';
import type { IndexThread } from './threads';
import { STARTED, type WebWorkerInit } from './webWorkerScope';

/** What is used of a `Worker`; tests pass an in-process stand-in. */
export interface WebWorkerLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(type: 'message' | 'messageerror' | 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

/** How long a worker may take to load its script before the host gives up on it. */
const START_TIMEOUT_MS = 20_000;

const isStarted = (data: unknown) => (data as { type?: unknown } | null)?.type === STARTED.type;

function errorText(event: Event): string {
  const e = event as ErrorEvent;
  return e.message || (e.error as Error | undefined)?.message || `the ledger worker could not start (${event.type})`;
}

/** Waits for a worker's `started` message; its timer goes into `timers`, to be cleared if another worker fails first. */
function started(worker: WebWorkerLike, timeoutMs: number, timers: ReturnType<typeof setTimeout>[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the ledger worker did not start within ${timeoutMs / 1000} s`)), timeoutMs);
    timers.push(timer);
    worker.addEventListener('message', (event) => {
      if (!isStarted((event as MessageEvent).data)) return;
      clearTimeout(timer);
      resolve();
    });
    worker.addEventListener('error', (event) => {
      clearTimeout(timer);
      reject(new Error(errorText(event)));
    });
  });
}

export async function startWebWorkers(
  source: string,
  threads: number,
  create: (url: string) => WebWorkerLike = (url) => new Worker(url, { name: 'ClaimLens ledger' }),
  timeoutMs = START_TIMEOUT_MS,
): Promise<IndexThread> {
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  const workers: WebWorkerLike[] = [];
  const ports: MessagePort[] = [];
  const timers: ReturnType<typeof setTimeout>[] = [];
  try {
    for (let i = 1; i < threads; i++) {
      const channel = new MessageChannel();
      const helper = create(url);
      workers.push(helper);
      helper.postMessage({ role: 'analyse', port: channel.port2 } satisfies WebWorkerInit, [channel.port2]);
      ports.push(channel.port1);
    }
    const index = create(url);
    workers.push(index);
    // Listeners go on before the first message, so no early answer or error is missed.
    const ready = Promise.all(workers.map((w) => started(w, timeoutMs, timers)));
    index.postMessage({ role: 'index', helpers: ports } satisfies WebWorkerInit, ports);
    await ready;
    return indexThread(index, workers);
  } catch (e) {
    for (const w of workers) w.terminate();
    // Ports still here were never handed over (a handed-over port is detached, and closing it does nothing).
    for (const p of ports) p.close();
    throw e;
  } finally {
    timers.forEach(clearTimeout);
    // Every worker has loaded the script (or given up) by now.
    URL.revokeObjectURL(url);
  }
}

function indexThread(index: WebWorkerLike, workers: readonly WebWorkerLike[]): IndexThread {
  let exited = false;
  const exits: ((message: string) => void)[] = [];
  const exit = (message: string) => {
    if (exited) return;
    exited = true;
    exits.forEach((h) => h(message));
  };
  // An uncaught error leaves the worker in an unknown state: it is treated as dead, as a crashed worker thread is.
  index.addEventListener('error', (event) => exit(errorText(event)));
  index.addEventListener('messageerror', () => exit('a message from the ledger worker could not be read'));
  return {
    kind: 'webworker',
    post: (request: IndexRequest) => index.postMessage(request),
    listen: (handler: (response: IndexResponse) => void) => index.addEventListener('message', (event) => {
      const data = (event as MessageEvent).data as IndexResponse;
      if (!isStarted(data)) handler(data);
    }),
    onExit: (handler) => void exits.push(handler),
    async dispose() {
      exited = true;
      for (const w of workers) w.terminate();
    },
  };
}
