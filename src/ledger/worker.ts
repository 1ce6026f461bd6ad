/**
 * Entry point of the ledger worker (worker_threads). The protocol is in
 * protocol.ts, the jobs in worker-jobs.ts; this file only connects them.
 */
import { parentPort } from 'node:worker_threads';
import type { WorkerRequest } from './protocol';
import { LedgerJobs } from './worker-jobs';

const port = parentPort;
if (port) {
  const jobs = new LedgerJobs((response) => port.postMessage(response));
  port.on('message', (request: WorkerRequest) => void jobs.handle(request));
}
