/**
 * Entry point of dist/ledgerWorker.js (worker_threads). One script, two
 * roles, set by `workerData.role`: the index worker answers the extension
 * host on `parentPort`; an analysis helper answers the index worker on the
 * port it was given, so analysed records never pass through the extension host.
 */
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { portHelper } from '../ledger/analysis-helper';
import { IndexJobs } from '../ledger/index-jobs';
import { nodeCacheFiles } from './cacheFiles';
import type { IndexRequest } from '../ledger/index-protocol';
import type { WorkerRequest, WorkerResponse } from '../ledger/protocol';
import { LedgerJobs } from '../ledger/worker-jobs';

/** What the extension host passes to each thread. */
export type WorkerData = { role: 'index'; helpers: MessagePort[] } | { role: 'analyse'; port: MessagePort };

const data = workerData as WorkerData;
if (data?.role === 'analyse') {
  const port = data.port;
  const jobs = new LedgerJobs((response) => port.postMessage(response));
  port.on('message', (request: WorkerRequest) => void jobs.handle(request));
} else if (data?.role === 'index' && parentPort) {
  const host = parentPort;
  const helpers = data.helpers.map((port) => portHelper({
    post: (request) => port.postMessage(request),
    listen: (handler) => port.on('message', (response: WorkerResponse) => handler(response)),
  }));
  const jobs = new IndexJobs((response, transfer) => host.postMessage(response, transfer ?? []), helpers, nodeCacheFiles);
  host.on('message', (request: IndexRequest) => void jobs.handle(request));
}
