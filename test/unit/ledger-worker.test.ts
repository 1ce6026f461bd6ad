/** The ledger worker's jobs without a thread: batches, progress, failures, cancel, and the ledger job. */
import { strict as assert } from 'node:assert';
import type { WorkerResponse } from '../../src/ledger/protocol';
import { LedgerJobs } from '../../src/ledger/worker-jobs';

const article = (i: number) => ({ id: `a${i}.txt`, text: `Valmora Courier | ${i} May 2031\n\nThe ministry said that ${i} drones were sent to Dorvania.\n` });

describe('ledger: worker jobs', () => {
  it('sends records in batches, then one analysed message', async () => {
    const got: WorkerResponse[] = [];
    await new LedgerJobs((r) => got.push(r)).handle({ type: 'analyse', job: 1, articles: Array.from({ length: 30 }, (_, i) => article(i + 1)) });
    const records = got.flatMap((r) => (r.type === 'records' ? r.records : []));
    assert.equal(records.length, 30);
    assert.ok(got.filter((r) => r.type === 'records').length >= 2);
    const done = got[got.length - 1];
    assert.equal(done.type, 'analysed');
    assert.equal(done.type === 'analysed' && done.count, 30);
  });

  it('stops a cancelled job between articles', async () => {
    const got: WorkerResponse[] = [];
    const jobs = new LedgerJobs((r) => got.push(r));
    const running = jobs.handle({ type: 'analyse', job: 2, articles: Array.from({ length: 200 }, (_, i) => article(i)) });
    await jobs.handle({ type: 'cancel', job: 2 });
    await running;
    assert.equal(got[got.length - 1].type, 'cancelled');
    assert.ok(!got.some((r) => r.type === 'analysed'));
  });

  it('builds a ledger from records', async () => {
    const got: WorkerResponse[] = [];
    const jobs = new LedgerJobs((r) => got.push(r));
    await jobs.handle({ type: 'analyse', job: 3, articles: [article(1), article(2)] });
    const records = got.flatMap((r) => (r.type === 'records' ? r.records : []));
    await jobs.handle({ type: 'ledger', job: 4, records });
    const last = got[got.length - 1];
    assert.equal(last.type, 'ledger');
    assert.equal(last.type === 'ledger' && last.ledger.articles.length, 2);
  });
});
