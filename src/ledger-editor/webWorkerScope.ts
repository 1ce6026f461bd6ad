/**
 * The ledger's index thread as a browser Web Worker (VS Code for the web),
 * without Node: one script, two roles, as in worker.ts. The host's first
 * message gives the role and the ports; the worker answers `started`, so the
 * host knows the script loaded, then speaks the index protocol (the index
 * worker) or the analysis protocol on its port (a helper). The worker has no
 * file system: the cache travels as bytes and the host writes it.
 */
import { portHelper } from '../ledger/analysis-helper';
import { IndexJobs } from '../ledger/index-jobs';
import type { IndexRequest } from '../ledger/index-protocol';
import type { WorkerRequest, WorkerResponse } from '../ledger/protocol';
import { LedgerJobs } from '../ledger/worker-jobs';

/** The host's first message to each worker. */
export type WebWorkerInit = { role: 'index'; helpers: MessagePort[] } | { role: 'analyse'; port: MessagePort };

/** Each worker's first message to the host, sent once it has taken its role. */
export const STARTED = { type: 'claimlens-ledger-worker-started' } as const;

/** What the worker needs of its global scope (a `DedicatedWorkerGlobalScope`, or a port in tests). */
export interface WorkerScope {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

export function serveWebWorker(scope: WorkerScope): void {
  scope.onmessage = (event) => {
    const init = event.data as WebWorkerInit;
    if (init.role === 'analyse') {
      const port = init.port;
      const jobs = new LedgerJobs((response) => port.postMessage(response));
      port.onmessage = (e) => void jobs.handle(e.data as WorkerRequest);
      scope.onmessage = null;
    } else {
      const helpers = init.helpers.map((port) => portHelper({
        post: (request) => port.postMessage(request),
        listen: (handler) => { port.onmessage = (e) => handler(e.data as WorkerResponse); },
      }));
      const jobs = new IndexJobs((response, transfer) => scope.postMessage(response, transfer ?? []), helpers);
      scope.onmessage = (e) => void jobs.handle(e.data as IndexRequest);
    }
    scope.postMessage(STARTED);
  };
}
