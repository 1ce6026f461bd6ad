/**
 * Following edits gives the ledger a fresh index would: after each step of
 * several edit sequences over the sample articles and variants of them
 * (changed, reverted, deleted, added back, new copies, a reopen from the cache
 * file between steps), the index worker's table and rendered ledger equal
 * those of a new worker given the same files at once.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IndexFile, IndexResponse } from '../../src/ledger/index-protocol';
import { indexJobs } from './helpers/index-jobs';

const SAMPLES = join(__dirname, '../../samples');
const samples = new Map(readdirSync(SAMPLES).filter((n) => /\.(txt|md|article)$/.test(n) && !/^readme/i.test(n)).sort()
  .map((name) => [name, readFileSync(join(SAMPLES, name), 'utf8')]));
const names = [...samples.keys()];

/** A request without its job number. */

function worker() {
  return indexJobs();
}

const file = (id: string, text: string): IndexFile => ({ id, bytes: new TextEncoder().encode(text), markdown: id.endsWith('.md') });

/** The table and JSON rendering of a worker's current ledger. */
async function snapshot(send: ReturnType<typeof worker>['send']) {
  const rendered = await send({ type: 'render', format: 'json' });
  assert.equal(rendered.type, 'rendered');
  const table = await send({ type: 'table' });
  assert.equal(table.type, 'table');
  return { table: table.type === 'table' ? table.table : '', json: rendered.type === 'rendered' ? rendered.text : '' };
}

/** What a new worker makes of `files` in one update. */
async function fresh(files: ReadonlyMap<string, string>) {
  const { send } = worker();
  const r = await send({ type: 'update', files: [...files].map(([id, text]) => file(id, text)), removed: [] });
  assert.equal(r.type, 'updated');
  return snapshot(send);
}

/** One step: files written (text) or deleted (undefined), or the worker reopened from its cache file. */
type Step = { write: Record<string, string | undefined> } | 'reopen';

const added = (id: string, sentence: string) => (samples.get(id) ?? '').replace(/\n\n/, `\n\n${sentence}\n\n`);
/** A copy of a sample under other names, as the bench generates its articles. */
const renamed = (id: string) => (samples.get(id) ?? '').replaceAll('Kestria', 'Volmaria').replaceAll('Dorvania', 'Seskeland');

const SEQUENCES: Record<string, Step[]> = {
  'a sentence added, then reverted': [
    { write: { [names[1]]: added(names[1], 'Kestria denied supplying drones to Dorvania, the ministry said on Friday.') } },
    { write: { [names[1]]: samples.get(names[1]) } },
  ],
  'an article deleted, then added back': [
    { write: { [names[3]]: undefined } },
    { write: { [names[0]]: undefined } },
    { write: { [names[3]]: samples.get(names[3]), [names[0]]: samples.get(names[0]) } },
  ],
  'new copies that join existing rows, and a rewrite that leaves them': [
    { write: { 'copy-a.txt': samples.get(names[2]) } },
    { write: { 'copy-b.txt': renamed(names[4]) } },
    { write: { 'copy-a.txt': 'Valder Post | Kell | 6 May 2030\n\nThe mayor opened a new playground on the harbour front.\n' } },
  ],
  'edits around a reopen from the cache file': [
    { write: { [names[5]]: added(names[5], 'The inquiry will report next month, officials said.') } },
    'reopen',
    { write: { [names[2]]: undefined } },
    'reopen',
    { write: { [names[2]]: samples.get(names[2]) } },
  ],
};

describe('ledger: following edits equals a fresh index', () => {
  for (const [name, steps] of Object.entries(SEQUENCES)) {
    it(name, async () => {
      const files = new Map(samples);
      let { send } = worker();
      const first = await send({ type: 'update', files: [...files].map(([id, text]) => file(id, text)), removed: [] });
      assert.equal(first.type, 'updated');
      for (const [i, step] of steps.entries()) {
        let r: IndexResponse;
        if (step === 'reopen') {
          const saved = await send({ type: 'save-cache' });
          assert.ok(saved.type === 'cache-data');
          ({ send } = worker());
          await send({ type: 'load-cache', data: saved.data });
          r = await send({ type: 'update', files: [...files].map(([id, text]) => file(id, text)), removed: [] });
          assert.ok(r.type === 'updated' && r.stats.ledger === 'cache', `step ${i}: reopened from the cache`);
        } else {
          const written = Object.entries(step.write);
          for (const [id, text] of written) {
            if (text === undefined) files.delete(id);
            else files.set(id, text);
          }
          r = await send({
            type: 'update',
            files: written.flatMap(([id, text]) => (text === undefined ? [] : [file(id, text)])),
            removed: written.flatMap(([id, text]) => (text === undefined ? [id] : [])),
          });
        }
        assert.ok(r.type === 'updated', `step ${i}`);
        assert.deepEqual(await snapshot(send), await fresh(files), `step ${i} of "${name}"`);
      }
    });
  }
});
