/**
 * The index worker's jobs without a thread: records cached by content hash,
 * articles kept, replaced and removed, the cache file round trip, a helper
 * thread through an in-memory port, queries and rendering.
 */
import { strict as assert } from 'node:assert';
import { portHelper } from '../../src/ledger/analysis-helper';
import { contentHash, recordKey, settingsKey } from '../../src/ledger/content-hash';
import type { IndexFile, IndexResponse } from '../../src/ledger/index-protocol';
import type { LedgerTable } from '../../src/ledger/ledger-table';
import type { WorkerResponse } from '../../src/ledger/protocol';
import type { Stance } from '../../src/ledger/types';
import { LedgerJobs } from '../../src/ledger/worker-jobs';
import { indexJobs } from './helpers/index-jobs';

/** A request without its job number (each member of the union keeps its fields). */

const encode = (text: string) => new TextEncoder().encode(text);
const file = (id: string, text: string): IndexFile => ({ id, bytes: encode(text), markdown: false });

const HERALD = file('herald.txt', 'Orsa Herald | Kell | 3 May 2030\n\nThe ferry operator secretly dumped fuel oil in Kell harbour, according to two dock workers.\n');
const TIMES = file('times.txt', 'Coast Times | Kell | 4 May 2030\n\nThe ferry operator denied that it had dumped fuel oil in Kell harbour.\n');
const WIRE = file('wire.txt', 'Kell Wire | Kell | 5 May 2030\n\nThe harbour authority said it had found no evidence that the ferry operator dumped fuel oil in Kell harbour.\n');

/** An IndexJobs whose responses are collected; `send` returns the final response of a request. */
function harness(helpers = 0) {
  const helperList = Array.from({ length: helpers }, () => {
    // Two ends of an in-memory port, delivering a turn later as a real one does.
    let toIndex: (r: WorkerResponse) => void = () => undefined;
    const jobs = new LedgerJobs((r) => setTimeout(() => toIndex(r), 0));
    return portHelper({ post: (request) => setTimeout(() => void jobs.handle(request), 0), listen: (h) => { toIndex = h; } });
  });
  return indexJobs(helperList);
}

/** The view's table of the worker's current ledger. */
async function tableOf(send: ReturnType<typeof harness>['send']): Promise<LedgerTable> {
  const r = await send({ type: 'table' });
  assert.equal(r.type, 'table');
  return JSON.parse(r.type === 'table' ? r.table : '') as LedgerTable;
}

function updated(r: IndexResponse) {
  assert.equal(r.type, 'updated', JSON.stringify(r).slice(0, 300));
  return r as Extract<IndexResponse, { type: 'updated' }>;
}

describe('ledger: content hash and cache keys', () => {
  it('gives the same text the same hash and a one-character change another', () => {
    assert.equal(contentHash('The ferry sailed.'), contentHash('The ferry sailed.'));
    assert.notEqual(contentHash('The ferry sailed.'), contentHash('The ferry sailed!'));
    assert.match(contentHash(''), /^[0-9a-f]{16}$/);
  });

  it('keys a record by text, id, format and settings', () => {
    const s = settingsKey({}, '0.1.0');
    const key = recordKey('a.txt', 'text', false, s);
    assert.equal(recordKey('a.txt', 'text', false, s), key);
    assert.notEqual(recordKey('b.txt', 'text', false, s), key);
    assert.notEqual(recordKey('a.txt', 'text', true, s), key);
    assert.notEqual(recordKey('a.txt', 'text', false, settingsKey({ extraHedges: ['purportedly'] }, '0.1.0')), key);
    assert.notEqual(recordKey('a.txt', 'text', false, settingsKey({}, '0.2.0')), key);
    assert.equal(settingsKey({ extraHedges: ['x'], removedReportingVerbs: ['add'] }, 's'), settingsKey({ removedReportingVerbs: ['add'], extraHedges: ['x'] }, 's'));
  });
});

describe('ledger: index jobs', () => {
  it('indexes articles into a table with the story as one disputed row across them', async () => {
    const { send } = harness();
    const r = updated(await send({ type: 'update', files: [HERALD, TIMES, WIRE], removed: [] }));
    assert.equal(r.stats.articles, 3);
    assert.equal(r.stats.analysed, 3);
    assert.equal(r.stats.hits, 0);
    assert.ok(!('table' in r), 'the table stays in the worker until asked for');
    const table = await tableOf(send);
    assert.deepEqual(table.articles.map((a) => a.title), ['Orsa Herald, 3 May 2030', 'Coast Times, 4 May 2030', 'Kell Wire, 5 May 2030']);
    const row = table.rows.find((x) => x.cells.length === 3);
    assert.ok(row, 'a row across the three articles');
    assert.equal(row.status, 'disputed');
    const expected: Stance[] = ['alleged', 'denied', 'no-evidence'];
    row.cells.forEach((c, i) => assert.ok(c.entries.some((e) => e.stance === expected[i]), `${table.articles[c.article].title}: ${expected[i]}`));
  });

  it('takes unchanged articles from the cache and analyses only what changed', async () => {
    const { send } = harness();
    await send({ type: 'update', files: [HERALD, TIMES], removed: [] });
    const again = updated(await send({ type: 'update', files: [HERALD, file('times.txt', 'Coast Times | 4 May 2030\n\nThe mayor opened a playground.\n')], removed: [] }));
    assert.equal(again.stats.hits, 1);
    assert.equal(again.stats.analysed, 1);
    assert.equal(again.stats.articles, 2);
  });

  it('drops removed articles, and with `keep` every article not listed', async () => {
    const { send } = harness();
    await send({ type: 'update', files: [HERALD, TIMES, WIRE], removed: [] });
    assert.equal(updated(await send({ type: 'update', files: [], removed: ['wire.txt'] })).stats.articles, 2);
    const kept = updated(await send({ type: 'update', files: [HERALD], removed: [], keep: ['herald.txt'] }));
    assert.equal(kept.stats.articles, 1);
    assert.deepEqual((await tableOf(send)).articles.map((a) => a.id), ['herald.txt']);
  });

  it('writes a cache file that a new index loads instead of analysing', async () => {
    const first = harness();
    await first.send({ type: 'configure', options: {}, salt: 'v1' });
    await first.send({ type: 'update', files: [HERALD, TIMES, WIRE], removed: [] });
    const saved = await first.send({ type: 'save-cache' });
    assert.equal(saved.type, 'cache-data');
    if (saved.type !== 'cache-data') return;
    assert.equal(saved.entries, 3);
    const second = harness();
    await second.send({ type: 'configure', options: {}, salt: 'v1' });
    const loaded = await second.send({ type: 'load-cache', data: saved.data });
    assert.deepEqual(loaded, { type: 'done', job: 2, entries: 3, ledger: true });
    const r = updated(await second.send({ type: 'update', files: [HERALD, TIMES, WIRE], removed: [] }));
    assert.equal(r.stats.hits, 3);
    assert.equal(r.stats.analysed, 0);
    assert.equal(r.stats.ledger, 'cache', 'the saved rows, not clustered again');
    // Another analyser version (salt) keys the records differently: analysed again.
    const third = harness();
    await third.send({ type: 'configure', options: {}, salt: 'v2' });
    await third.send({ type: 'load-cache', data: saved.data });
    assert.equal(updated(await third.send({ type: 'update', files: [HERALD], removed: [] })).stats.analysed, 1);
  });

  it('ignores a cache file it cannot read', async () => {
    const { send } = harness();
    assert.deepEqual(await send({ type: 'load-cache', data: encode('{"format": 1, "entries": [') }), { type: 'done', job: 1, entries: 0, ledger: false });
    assert.deepEqual(await send({ type: 'load-cache', data: encode('{"format": 99, "entries": []}') }), { type: 'done', job: 2, entries: 0, ledger: false });
  });

  it('shares the analysis with a helper thread and reports progress', async () => {
    const { send, got } = harness(1);
    const files = Array.from({ length: 12 }, (_, i) => file(`a${i}.txt`, `Post ${i} | ${i + 1} May 2030\n\nThe ministry said that ${i + 2} ferries were sent to Kell.\n`));
    const r = updated(await send({ type: 'update', files, removed: [] }));
    assert.equal(r.stats.analysed, 12);
    assert.equal(r.stats.articles, 12);
    const progress = got.filter((x) => x.type === 'progress');
    assert.ok(progress.length >= 1);
    assert.deepEqual(progress.at(-1), { type: 'progress', job: 1, done: 12, total: 12 });
  });

  it('stops a cancelled update between articles and keeps the last ledger', async () => {
    const { jobs, got } = harness();
    const files = Array.from({ length: 60 }, (_, i) => file(`c${i}.txt`, `The ministry said that ${i} ferries were sent to Kell.\n`));
    const running = jobs.handle({ type: 'update', job: 1, files, removed: [] });
    await jobs.handle({ type: 'cancel', job: 1 });
    await running;
    assert.equal(got.at(-1)?.type, 'cancelled');
  });

  it('answers how a claim is treated elsewhere, and renders the ledger', async () => {
    const { send } = harness();
    updated(await send({ type: 'update', files: [HERALD, TIMES, WIRE], removed: [] }));
    const table = await tableOf(send);
    const herald = table.rows.find((x) => x.cells.length === 3)?.cells[0].entries[0];
    assert.ok(herald);
    const answer = await send({ type: 'query', id: 'herald.txt', start: herald.start, text: herald.text });
    assert.equal(answer.type, 'answer');
    if (answer.type !== 'answer') return;
    assert.equal(answer.answer?.status, 'disputed');
    const others = answer.answer?.others.map((o) => `${o.title}: ${o.stance}`) ?? [];
    assert.ok(others.includes('Coast Times, 4 May 2030: denied'), others.join('; '));
    assert.ok(others.includes('Kell Wire, 5 May 2030: no-evidence'), others.join('; '));
    assert.ok(!others.some((o) => o.startsWith('Orsa Herald')), 'not the article itself');
    // An edited article: the offset moved, the text did not.
    const moved = await send({ type: 'query', id: 'herald.txt', start: herald.start + 7, text: herald.text });
    assert.equal(moved.type === 'answer' && moved.answer?.others.length, others.length);
    const none = await send({ type: 'query', id: 'elsewhere.txt', start: 0, text: 'x' });
    assert.deepEqual(none, { type: 'answer', job: 5, answer: undefined });
    const md = await send({ type: 'render', format: 'md' });
    assert.equal(md.type, 'rendered');
    assert.match(md.type === 'rendered' ? md.text : '', /^# Claim ledger\n/);
  });
});
