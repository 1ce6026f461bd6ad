/**
 * Another thread that analyses articles for the index worker, reached
 * through a message port and the worker protocol of protocol.ts. The index
 * worker hands it small chunks, so the two threads share the work evenly.
 */
import type { ArticleOptions } from './analyse-article';
import type { ArticleInput, WorkerRequest, WorkerResponse } from './protocol';
import type { ArticleRecord } from './types';

export interface AnalysisResult {
  records: ArticleRecord[];
  failed: { id: string; message: string }[];
}

/** A thread that analyses a chunk of articles. */
export interface AnalysisHelper {
  analyse(articles: ArticleInput[], options: ArticleOptions): Promise<AnalysisResult>;
}

/** The two ends of a port, whatever the thread API (worker_threads MessagePort, a Web Worker, a test double). */
export interface HelperPort {
  post(request: WorkerRequest): void;
  listen(handler: (response: WorkerResponse) => void): void;
}

/** An `AnalysisHelper` that talks to a `LedgerJobs` on the other end of `port`. */
export function portHelper(port: HelperPort): AnalysisHelper {
  let nextJob = 1;
  const pending = new Map<number, { records: ArticleRecord[]; resolve: (r: AnalysisResult) => void; reject: (e: Error) => void }>();
  port.listen((response) => {
    const p = pending.get(response.job);
    if (!p) return;
    if (response.type === 'records') p.records.push(...response.records);
    else if (response.type === 'analysed') {
      pending.delete(response.job);
      p.resolve({ records: p.records, failed: response.failed });
    } else if (response.type === 'error' || response.type === 'cancelled') {
      pending.delete(response.job);
      p.reject(new Error(response.type === 'error' ? response.message : 'cancelled'));
    }
  });
  return {
    analyse(articles, options) {
      const job = nextJob++;
      return new Promise((resolve, reject) => {
        pending.set(job, { records: [], resolve, reject });
        port.post({ type: 'analyse', job, articles, options });
      });
    },
  };
}
