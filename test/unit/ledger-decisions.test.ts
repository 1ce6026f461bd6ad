/**
 * The editor's ledger index applies the decisions of each article's sidecar,
 * on the index thread and on helper threads, and a changed decision re-keys
 * the article so that the cache never serves the old status.
 */
import { strict as assert } from 'node:assert';
import { applyEdit, serializeSidecar } from '../../src/annotations';
import { analyze } from '../../src/core';
import { portHelper } from '../../src/ledger/analysis-helper';
import type { IndexFile, IndexResponse } from '../../src/ledger/index-protocol';
import type { WorkerResponse } from '../../src/ledger/protocol';
import { LedgerJobs } from '../../src/ledger/worker-jobs';
import { indexJobs } from './helpers/index-jobs';

const TEXT = 'Kell Wire | Kell | 5 May 2030\n\nThe harbour office said that the pier will close in June.\n';
const encode = (text: string) => new TextEncoder().encode(text);

/** A sidecar that sets the status of the article's first claim. */
function sidecarSetting(status: 'confirmed' | 'denied'): Uint8Array {
  const claim = analyze(TEXT).claims.find((c) => c.text.includes('pier'));
  assert.ok(claim, 'the article has the pier claim');
  const set = applyEdit([], { type: 'set-status', target: { kind: 'claim', start: claim.start, end: claim.end }, status }, TEXT, '2026-01-02T03:04:05.000Z');
  return encode(serializeSidecar({ document: 'pier.txt', annotations: set }));
}

function helper() {
  let toIndex: (r: WorkerResponse) => void = () => undefined;
  const jobs = new LedgerJobs((r) => setTimeout(() => toIndex(r), 0));
  return portHelper({ post: (request) => setTimeout(() => void jobs.handle(request), 0), listen: (h) => { toIndex = h; } });
}

async function pierStatus(send: ReturnType<typeof indexJobs>['send']): Promise<string | undefined> {
  const r = await send({ type: 'render', format: 'json' });
  assert.equal(r.type, 'rendered');
  const doc = JSON.parse(r.type === 'rendered' ? r.text : '') as { claims: { cells: { mentions: { text: string; status: string }[] }[] }[] };
  return doc.claims.flatMap((c) => c.cells.flatMap((cell) => cell.mentions)).find((m) => m.text.includes('pier'))?.status;
}

const stats = (r: IndexResponse) => {
  assert.equal(r.type, 'updated');
  return r.type === 'updated' ? r.stats : undefined;
};

describe('ledger index: sidecar decisions', () => {
  for (const helpers of [0, 1]) {
    it(`shows the status set in the editor, and follows a changed decision (${helpers} helper threads)`, async () => {
      const { send } = indexJobs(Array.from({ length: helpers }, helper));
      const auto = analyze(TEXT).claims.find((c) => c.text.includes('pier'))?.status;
      const plain: IndexFile = { id: 'pier.txt', bytes: encode(TEXT), markdown: false };
      await send({ type: 'update', files: [{ ...plain, sidecar: sidecarSetting('denied') }], removed: [] });
      assert.equal(await pierStatus(send), 'denied');
      const changed = stats(await send({ type: 'update', files: [{ ...plain, sidecar: sidecarSetting('confirmed') }], removed: [] }));
      assert.equal(changed?.analysed, 1, 'a new decision is not served from the cache');
      assert.equal(await pierStatus(send), 'confirmed');
      await send({ type: 'update', files: [plain], removed: [] });
      assert.equal(await pierStatus(send), auto);
    });
  }
});
