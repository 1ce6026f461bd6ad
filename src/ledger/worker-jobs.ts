/**
 * The ledger worker's jobs, independent of the thread API: requests in,
 * responses out through `post`. Analysis yields to the event loop between
 * articles so that a `cancel` is seen and progress goes out while it runs.
 */
import { analyseArticle, type ArticleOptions } from './analyse-article';
import { buildLedger } from './ledger';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { tick } from './tick';
import type { ArticleRecord } from './types';

/** How often, at most, progress is reported. */
const PROGRESS_MS = 100;
/** Records per `records` message. */
const BATCH = 25;


export class LedgerJobs {
  private readonly cancelled = new Set<number>();

  constructor(private readonly post: (response: WorkerResponse) => void) {}

  /** Handles one request; returns when its job has finished (for tests). */
  async handle(request: WorkerRequest): Promise<void> {
    try {
      if (request.type === 'cancel') this.cancelled.add(request.job);
      else if (request.type === 'analyse') await this.analyse(request.job, request.articles, request.options);
      else {
        const t0 = performance.now();
        const ledger = buildLedger(request.records, request.options);
        this.post({ type: 'ledger', job: request.job, ledger, ms: performance.now() - t0 });
      }
    } catch (e) {
      this.post({ type: 'error', job: request.job, message: (e as Error).message });
    }
  }

  private async analyse(job: number, articles: Extract<WorkerRequest, { type: 'analyse' }>['articles'], options: ArticleOptions = {}): Promise<void> {
    const t0 = performance.now();
    let reported = t0;
    let records: ArticleRecord[] = [];
    let count = 0;
    const failed: { id: string; message: string }[] = [];
    for (let i = 0; i < articles.length; i++) {
      // Cancels arrive as messages, which only run between articles.
      await tick();
      if (this.cancelled.delete(job)) {
        this.post({ type: 'cancelled', job });
        return;
      }
      const a = articles[i];
      try {
        records.push(analyseArticle(a.text, a.id, a.markdown, options, a.annotations));
        count++;
      } catch (e) {
        // One article that trips a rule must not cost the index the others.
        failed.push({ id: a.id, message: (e as Error).message });
      }
      if (records.length >= BATCH || i === articles.length - 1) {
        this.post({ type: 'records', job, records });
        records = [];
      }
      if (performance.now() - reported >= PROGRESS_MS) {
        reported = performance.now();
        this.post({ type: 'progress', job, done: i + 1, total: articles.length });
      }
    }
    if (records.length > 0) this.post({ type: 'records', job, records });
    this.post({ type: 'analysed', job, count, failed, ms: performance.now() - t0 });
  }
}
