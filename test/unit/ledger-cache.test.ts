/**
 * The ledger's cache file over the sample articles: records and the built
 * ledger round-trip; a truncated, garbled or malformed file is dropped, never
 * thrown; a changed article or analysis setting means the saved rows are not
 * used; the index worker restores the ledger without clustering, reads and
 * writes the file itself when it has a path, and the atomic writer leaves no
 * temporary file.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseArticle } from '../../src/ledger/analyse-article';
import { recordKey, settingsKey } from '../../src/ledger/content-hash';
import type { CacheFiles } from '../../src/ledger/index-jobs';
import type { IndexFile, IndexResponse } from '../../src/ledger/index-protocol';
import { buildLedger } from '../../src/ledger/ledger';
import { decodeCache, encodeCache, ledgerKey, restoreLedger, saveLedger, type CacheContents } from '../../src/ledger/ledger-cache';
import { toLedgerTable } from '../../src/ledger/ledger-table';
import type { ArticleRecord } from '../../src/ledger/types';
import { nodeCacheFiles } from '../../src/ledger-editor/cacheFiles';
import { indexJobs } from './helpers/index-jobs';

const SAMPLES = join(__dirname, '../../samples');
const samples = readdirSync(SAMPLES).filter((n) => /\.(txt|md|article)$/.test(n) && !/^readme/i.test(n)).sort()
  .map((name) => ({ id: name, text: readFileSync(join(SAMPLES, name), 'utf8'), markdown: name.endsWith('.md') }));
const SETTINGS = settingsKey({}, 'test');
const keyOf = (s: { id: string; text: string; markdown: boolean }, settings = SETTINGS) => recordKey(s.id, s.text, s.markdown, settings);
const records: ArticleRecord[] = samples.map((s) => analyseArticle(s.text, s.id, s.markdown));
const keys = samples.map((s) => keyOf(s));

/** A cache file's contents for the samples, with the ledger they build. */
function contents(): CacheContents {
  const ledger = buildLedger(records);
  return { entries: keys.map((k, i) => [k, records[i]]), ledger: saveLedger(ledger, ledgerKey(keys), JSON.stringify(toLedgerTable(ledger))) };
}

describe('ledger: cache file', () => {
  it('round-trips the records and a ledger that equals a fresh build', () => {
    const back = decodeCache(encodeCache(contents()));
    assert.equal(back.entries.length, samples.length);
    assert.deepEqual(back.entries.map(([k]) => k), keys);
    const restored = restoreLedger(back.entries.map(([, r]) => r), back.ledger, ledgerKey(keys));
    assert.ok(restored, 'the saved rows fit');
    const fresh = buildLedger(records);
    assert.deepEqual(restored, fresh);
    assert.equal(back.ledger?.table, JSON.stringify(toLedgerTable(fresh)));
  });

  it('restores the same ledger whatever order the records come in', () => {
    const back = decodeCache(encodeCache(contents()));
    const shuffled = [...records].reverse();
    assert.deepEqual(restoreLedger(shuffled, back.ledger, ledgerKey([...keys].reverse())), buildLedger(records));
  });

  const corrupt: [string, (bytes: Uint8Array) => Uint8Array, { entries: boolean }][] = [
    ['cut in the records', (b) => b.subarray(0, Math.floor(b.indexOf(0x0a) / 2)), { entries: false }],
    ['cut in the table', (b) => b.subarray(0, b.indexOf(0x0a) + 100), { entries: true }],
    ['cut right after the first line', (b) => b.subarray(0, b.indexOf(0x0a) + 1), { entries: true }],
    ['cut after a row of its table', (b) => b.subarray(0, b.lastIndexOf(0x7d, b.length - 2) + 1), { entries: true }],
    ['damaged in its table', (b) => b.map((x, i) => (i === b.length - 10 ? 0x20 : x)), { entries: true }],
    ['not JSON', () => new TextEncoder().encode('\u0000\u0001garbage'), { entries: false }],
    ['empty', () => new Uint8Array(0), { entries: false }],
    ['another format', () => new TextEncoder().encode('{"format": 99, "entries": []}\n{}'), { entries: false }],
  ];
  for (const [name, damage, expected] of corrupt) {
    it(`drops a file ${name} without throwing`, () => {
      const back = decodeCache(damage(encodeCache(contents())));
      assert.equal(back.entries.length > 0, expected.entries);
      assert.equal(back.ledger, undefined, 'no saved ledger from a damaged file');
    });
  }

  it('does not restore rows that are malformed or index mentions that are not there', () => {
    const c = contents();
    const saved = c.ledger;
    assert.ok(saved);
    const key = ledgerKey(keys);
    const bad = [
      { ...saved, rows: [{ ...saved.rows[0], cluster: { ...saved.rows[0].cluster, mentions: [saved.mentions + 5] } }, ...saved.rows.slice(1)] },
      { ...saved, rows: [saved.rows[0], saved.rows[0], ...saved.rows.slice(1)] },
      { ...saved, rows: 'rows' as never },
      { ...saved, sources: [{ name: 'x', kind: 'author', articles: [0], stances: [{ row: saved.rows.length, stance: 'alleged', mentions: [0] }] }] },
      { ...saved, mentions: saved.mentions - 1 },
    ];
    bad.forEach((b, i) => assert.equal(restoreLedger(records, b as typeof saved, key), undefined, `case ${i}`));
    assert.ok(restoreLedger(records, saved, key));
  });

  it('keys the ledger by every record key and the clustering settings', () => {
    const key = ledgerKey(keys);
    assert.equal(ledgerKey([...keys].reverse()), key, 'order does not matter');
    const changed = { ...samples[0], text: `${samples[0].text}\nThe ministry said the inquiry would report next month.\n` };
    assert.notEqual(ledgerKey([keyOf(changed), ...keys.slice(1)]), key, 'a changed article');
    assert.notEqual(ledgerKey(samples.map((s) => keyOf(s, settingsKey({ extraHedges: ['purportedly'] }, 'test')))), key, 'another analysis setting');
    assert.notEqual(ledgerKey(samples.map((s) => keyOf(s, settingsKey({}, 'next version')))), key, 'another analyser version');
    assert.notEqual(ledgerKey(keys.slice(1)), key, 'an article fewer');
    assert.notEqual(ledgerKey(keys, { threshold: 0.5 }), key, 'another clustering threshold');
    assert.equal(restoreLedger(records, contents().ledger, ledgerKey(keys.slice(1))), undefined);
  });
});

const file = (s: { id: string; text: string; markdown: boolean }): IndexFile => ({ id: s.id, bytes: new TextEncoder().encode(s.text), markdown: s.markdown });

/** An index worker whose responses are collected; `files` stands for the disk. */
function worker(disk?: Map<string, Uint8Array>) {
  const files: CacheFiles | undefined = disk && {
    read: async (path) => {
      const data = disk.get(path);
      if (!data) throw new Error('ENOENT');
      return data;
    },
    writeAtomic: async (path, data) => void disk.set(path, data),
  };
  return indexJobs([], files);
}

/** The view's table of a worker's current ledger. */
async function tableOf(send: ReturnType<typeof worker>['send']): Promise<string> {
  const r = await send({ type: 'table' });
  assert.equal(r.type, 'table');
  return r.type === 'table' ? r.table : '';
}

async function indexed(send: ReturnType<typeof worker>['send'], list = samples, salt = 'v1') {
  await send({ type: 'configure', options: {}, salt });
  const r = await send({ type: 'update', files: list.map(file), removed: [] });
  assert.equal(r.type, 'updated');
  return { ...(r as Extract<IndexResponse, { type: 'updated' }>), table: await tableOf(send) };
}

describe('ledger: the index worker and its cache file', () => {
  it('reopens from a file it wrote itself: nothing analysed, nothing clustered, the same table', async () => {
    const disk = new Map<string, Uint8Array>();
    const first = worker(disk);
    const built = await indexed(first.send);
    assert.equal(built.stats.ledger, 'built');
    const saved = await first.send({ type: 'save-cache', path: '/store/ledger-cache.json' });
    assert.deepEqual(saved.type === 'cache-saved' && saved.entries, samples.length);
    const second = worker(disk);
    await second.send({ type: 'configure', options: {}, salt: 'v1' });
    assert.deepEqual(await second.send({ type: 'load-cache', path: '/store/ledger-cache.json' }), { type: 'done', job: 2, entries: samples.length, ledger: true });
    const r = await second.send({ type: 'update', files: samples.map(file), removed: [] });
    assert.ok(r.type === 'updated');
    assert.equal(r.stats.analysed, 0);
    assert.equal(r.stats.ledger, 'cache');
    assert.equal(await tableOf(second.send), built.table);
    // An update that changes nothing keeps the ledger it has.
    const again = await second.send({ type: 'update', files: samples.slice(0, 1).map(file), removed: [] });
    assert.ok(again.type === 'updated' && again.stats.ledger === 'kept');
  });

  it('builds afresh after a changed article or analysis setting, and equals a fresh index', async () => {
    const disk = new Map<string, Uint8Array>();
    const first = worker(disk);
    await indexed(first.send);
    await first.send({ type: 'save-cache', path: 'cache' });
    const changed = samples.map((s, i) => (i === 2 ? { ...s, text: s.text.replace(/\n\n/, '\n\nThe ministry said on Friday that the inquiry would report next month.\n\n') } : s));
    const fresh = await indexed(worker().send, changed);
    const second = worker(disk);
    await second.send({ type: 'configure', options: {}, salt: 'v1' });
    await second.send({ type: 'load-cache', path: 'cache' });
    const r = await second.send({ type: 'update', files: changed.map(file), removed: [] });
    assert.ok(r.type === 'updated');
    assert.equal(r.stats.analysed, 1);
    assert.equal(r.stats.ledger, 'built');
    assert.equal(await tableOf(second.send), fresh.table);
    const third = worker(disk);
    await third.send({ type: 'configure', options: {}, salt: 'v2' });
    await third.send({ type: 'load-cache', path: 'cache' });
    const other = await third.send({ type: 'update', files: samples.map(file), removed: [] });
    assert.ok(other.type === 'updated' && other.stats.ledger === 'built' && other.stats.analysed === samples.length);
  });

  it('treats a missing or corrupt file as no cache', async () => {
    const disk = new Map<string, Uint8Array>([['bad', new TextEncoder().encode('{"format": 1, "entries": [["k", {')]]);
    const { send } = worker(disk);
    assert.deepEqual(await send({ type: 'load-cache', path: 'missing' }), { type: 'done', job: 1, entries: 0, ledger: false });
    assert.deepEqual(await send({ type: 'load-cache', path: 'bad' }), { type: 'done', job: 2, entries: 0, ledger: false });
    const r = await indexed(send);
    assert.equal(r.stats.ledger, 'built');
  });

  it('hands the bytes back when it cannot write files itself', async () => {
    const { send } = worker();
    await indexed(send);
    const r = await send({ type: 'save-cache', path: 'ignored' });
    assert.equal(r.type, 'cache-data');
    if (r.type === 'cache-data') assert.ok(decodeCache(r.data).ledger);
  });
});

describe('ledger: atomic cache writes', () => {
  it('replaces the file whole and leaves no temporary file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimlens-ledger-cache-'));
    try {
      const path = join(dir, 'store', 'ledger-cache.json');
      await nodeCacheFiles.writeAtomic(path, new TextEncoder().encode('first'));
      await nodeCacheFiles.writeAtomic(path, new TextEncoder().encode('second'));
      assert.equal(new TextDecoder().decode(await nodeCacheFiles.read(path)), 'second');
      assert.deepEqual(readdirSync(join(dir, 'store')), ['ledger-cache.json']);
      // A failed write (here: the target is a directory) leaves the old file and no temporary one.
      writeFileSync(join(dir, 'keep'), 'old');
      await assert.rejects(nodeCacheFiles.writeAtomic(join(dir, 'store'), new TextEncoder().encode('x')));
      assert.deepEqual(readdirSync(dir).sort(), ['keep', 'store']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
