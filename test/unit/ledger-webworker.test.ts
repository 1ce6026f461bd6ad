/**
 * The ledger's index thread for VS Code for the web, without a browser: Web
 * Workers stood in for by message channels served in-process by the worker's
 * own code (webWorkerScope.ts), the start handshake, its failures, the
 * fallback to in-process jobs, and the worker bundle's freedom from Node.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { IndexJobs } from '../../src/ledger/index-jobs';
import type { IndexFile, IndexRequest, IndexResponse } from '../../src/ledger/index-protocol';
import { IndexClient } from '../../src/ledger-editor/indexClient';
import { startWithFallback, type IndexThread } from '../../src/ledger-editor/threads';
import { startWebWorkers, type WebWorkerLike } from '../../src/ledger-editor/webWorkerThread';
import { serveWebWorker, type WebWorkerInit, type WorkerScope } from '../../src/ledger-editor/webWorkerScope';

const root = fileURLToPath(new URL('../..', import.meta.url));
const samples: IndexFile[] = readdirSync(join(root, 'samples'))
  .filter((n) => /\.(txt|md|article)$/i.test(n) && !/^readme\./i.test(n))
  .sort()
  .map((name) => ({ id: name, bytes: readFileSync(join(root, 'samples', name)), markdown: /\.md$/i.test(name) }));
const copy = (files: IndexFile[]) => files.map((f) => ({ ...f, bytes: new Uint8Array(f.bytes) }));

/** A Web Worker stood in for by a message channel whose far end the worker's own code serves. */
function channelWorker(): WebWorkerLike & { terminated: boolean } {
  const { port1, port2 } = new MessageChannel();
  // The ports the worker receives in its first message, closed with it so that none keeps the test process alive.
  const received: MessagePort[] = [];
  port2.addEventListener('message', (e) => {
    const init = e.data as WebWorkerInit;
    if (init.role === 'index') received.push(...init.helpers);
    else if (init.role === 'analyse') received.push(init.port);
  });
  serveWebWorker(port2 as unknown as WorkerScope);
  port1.start();
  return {
    terminated: false,
    postMessage: (message, transfer) => port1.postMessage(message, transfer ?? []),
    addEventListener: (type, listener) => port1.addEventListener(type, listener as (e: Event) => void),
    terminate() {
      this.terminated = true;
      for (const p of [port1, port2, ...received]) p.close();
    },
  };
}

/** A worker that never loads: it reports an error, or (with `message` undefined) says nothing at all. */
function brokenWorker(message: string | undefined): WebWorkerLike & { terminated: boolean } {
  const events = new EventTarget();
  if (message !== undefined) setTimeout(() => events.dispatchEvent(Object.assign(new Event('error'), { message })), 5);
  return {
    terminated: false,
    postMessage: () => undefined,
    addEventListener: (type, listener) => events.addEventListener(type, listener),
    terminate() {
      this.terminated = true;
    },
  };
}

/** The stats and the view's table of indexing `files` through a client. */
async function indexThrough(client: IndexClient, files: IndexFile[]) {
  await client.request({ type: 'configure', options: {}, salt: 'test' });
  const r = await client.request({ type: 'update', files, removed: [], keep: files.map((f) => f.id) });
  assert.equal(r.type, 'updated');
  const t = await client.request({ type: 'table' });
  return { stats: r.type === 'updated' ? r.stats : undefined, table: t.type === 'table' ? t.table : '' };
}

/** The same, in-process, as the reference. */
async function indexInline(files: IndexFile[]) {
  const got: IndexResponse[] = [];
  const jobs = new IndexJobs((r) => got.push(r));
  await jobs.handle({ type: 'configure', job: 1, options: {}, salt: 'test' });
  await jobs.handle({ type: 'update', job: 2, files, removed: [], keep: files.map((f) => f.id) });
  await jobs.handle({ type: 'table', job: 3 });
  return got.find((r) => r.type === 'table') as Extract<IndexResponse, { type: 'table' }>;
}

describe('ledger: the index thread in Web Workers', () => {
  it('indexes through an index worker and a helper, with the ledger the in-process jobs build', async () => {
    const workers: ReturnType<typeof channelWorker>[] = [];
    const thread = await startWebWorkers('/* the script */', 2, () => {
      const w = channelWorker();
      workers.push(w);
      return w;
    });
    const client = new IndexClient(thread);
    try {
      assert.equal(client.kind, 'webworker');
      assert.equal(workers.length, 2, 'an index worker and one helper');
      const there = await indexThrough(client, copy(samples));
      const here = await indexInline(copy(samples));
      assert.equal(there.stats?.articles, samples.length);
      assert.equal(there.stats?.analysed, samples.length);
      assert.ok((there.stats?.rows ?? 0) > 10);
      assert.equal(there.table, here.table);
      // No file system in a Web Worker: the cache comes back as bytes for the host to write.
      const saved = await client.request({ type: 'save-cache' });
      assert.equal(saved.type, 'cache-data');
      assert.equal(saved.type === 'cache-data' && saved.entries, samples.length);
      const answer = await client.request({ type: 'render', format: 'md' });
      assert.equal(answer.type, 'rendered');
    } finally {
      await client.dispose();
    }
    assert.ok(workers.every((w) => w.terminated));
  });

  it('rejects, with every worker stopped, when one fails to load', async () => {
    const workers: ReturnType<typeof brokenWorker>[] = [];
    await assert.rejects(startWebWorkers('syntax error', 2, () => {
      const w = workers.length === 0 ? channelWorker() : brokenWorker('Unexpected identifier');
      workers.push(w);
      return w;
    }), /Unexpected identifier/);
    assert.ok(workers.every((w) => w.terminated));
  });

  it('rejects when a worker stays silent', async () => {
    const workers: ReturnType<typeof brokenWorker>[] = [];
    await assert.rejects(startWebWorkers('', 1, () => {
      const w = brokenWorker(undefined);
      workers.push(w);
      return w;
    }, 50), /did not start within/);
    assert.ok(workers[0].terminated);
  });

  it('reports a worker that dies after starting, so the client fails its requests', async () => {
    let index: ReturnType<typeof channelWorker> | undefined;
    const events = new EventTarget();
    const thread = await startWebWorkers('', 1, () => {
      const w = channelWorker();
      index = w;
      // Errors are forwarded from a second target, as a real worker's uncaught exception would arrive.
      return { ...w, addEventListener: (type, l) => (type === 'error' ? events.addEventListener(type, l) : w.addEventListener(type, l)), terminate: () => w.terminate() };
    });
    const client = new IndexClient(thread);
    const pending = client.request({ type: 'render', format: 'json' });
    events.dispatchEvent(Object.assign(new Event('error'), { message: 'out of memory' }));
    await assert.rejects(pending, /out of memory/);
    assert.equal(client.failed, 'out of memory');
    await client.dispose();
    assert.ok(index?.terminated);
  });
});

/** A thread that records what it is sent and answers every request with `done`, a turn later. */
function echoThread(kind: IndexThread['kind']): IndexThread & { sent: IndexRequest[]; disposed: boolean } {
  const handlers: ((r: IndexResponse) => void)[] = [];
  return {
    kind,
    sent: [],
    disposed: false,
    post(request) {
      this.sent.push(request);
      setTimeout(() => handlers.forEach((h) => h({ type: 'done', job: request.job })), 0);
    },
    listen: (h) => void handlers.push(h),
    onExit: () => undefined,
    async dispose() {
      this.disposed = true;
    },
  };
}

describe('ledger: a starting thread with a fallback', () => {
  it('holds requests until the thread has started, then sends them in order', async () => {
    const worker = echoThread('webworker');
    let start: (t: IndexThread) => void = () => undefined;
    const reasons: string[] = [];
    const thread = startWithFallback(new Promise((resolve) => { start = resolve; }), 'webworker', () => echoThread('inline'), (r) => reasons.push(r));
    const client = new IndexClient(thread);
    const answers = Promise.all([client.request({ type: 'render', format: 'md' }), client.request({ type: 'render', format: 'json' })]);
    assert.equal(worker.sent.length, 0);
    start(worker);
    assert.deepEqual((await answers).map((a) => a.type), ['done', 'done']);
    assert.deepEqual(worker.sent.map((r) => r.job), [1, 2]);
    assert.equal(client.kind, 'webworker');
    assert.deepEqual(reasons, []);
    await client.dispose();
    assert.ok(worker.disposed);
  });

  it('hands the requests to the fallback when the thread fails to start, and says why once', async () => {
    const fallback = echoThread('inline');
    const reasons: string[] = [];
    const thread = startWithFallback(Promise.reject(new Error('Creating workers from remote extensions is currently not supported')), 'webworker', () => fallback, (r) => reasons.push(r));
    const client = new IndexClient(thread);
    const answer = await client.request({ type: 'render', format: 'md' });
    assert.equal(answer.type, 'done');
    await client.request({ type: 'render', format: 'json' });
    assert.equal(client.kind, 'inline');
    assert.equal(fallback.sent.length, 2);
    assert.deepEqual(reasons, ['Creating workers from remote extensions is currently not supported']);
    await client.dispose();
  });

  it('stops a thread that starts after it was disposed', async () => {
    const late = echoThread('webworker');
    let start: (t: IndexThread) => void = () => undefined;
    const thread = startWithFallback(new Promise((resolve) => { start = resolve; }), 'webworker', () => echoThread('inline'), () => undefined);
    const disposed = thread.dispose();
    start(late);
    await disposed;
    assert.ok(late.disposed);
  });
});

describe('ledger: the Web Worker bundle', () => {
  it('builds as a plain script that loads nothing', async function () {
    this.timeout(60_000);
    const result = await esbuild.build({
      entryPoints: [join(root, 'src/ledger-editor/webWorker.ts')], bundle: true, platform: 'browser', format: 'iife', write: false, logLevel: 'silent',
    });
    assert.deepEqual(result.errors, []);
    const code = result.outputFiles[0].text;
    assert.deepEqual([...code.matchAll(/\b(?:require|importScripts)\(\s*["']([^"']+)["']\s*\)|^\s*import\s/gm)].map((m) => m[0]), []);
    assert.doesNotMatch(code, /node:/);
  });
});
