/** An index worker's jobs run in the test's own thread, with every response collected. */
import { IndexJobs, type CacheFiles } from '../../../src/ledger/index-jobs';
import type { IndexRequest, IndexResponse } from '../../../src/ledger/index-protocol';
import type { AnalysisHelper } from '../../../src/ledger/analysis-helper';

/** A request without its job number. */
export type Request = IndexRequest extends infer T ? (T extends unknown ? Omit<T, 'job'> : never) : never;

/** IndexJobs whose `send` numbers a request and returns its final response (not progress). */
export function indexJobs(helpers: AnalysisHelper[] = [], files?: CacheFiles) {
  const got: IndexResponse[] = [];
  const jobs = new IndexJobs((r) => got.push(r), helpers, files);
  let job = 0;
  const send = async (request: Request): Promise<IndexResponse> => {
    const id = ++job;
    await jobs.handle({ ...request, job: id } as IndexRequest);
    return got.filter((r) => r.job === id && r.type !== 'progress').at(-1) as IndexResponse;
  };
  return { got, send, jobs };
}
