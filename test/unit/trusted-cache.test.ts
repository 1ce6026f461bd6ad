/** The ledger cache in Restricted Mode: kept in memory, no path for the worker, nothing written; the file once trusted. */
import { strict as assert } from 'node:assert';
import type { CacheStore } from '../../src/ledger-editor/ledgerIndex';
import { trustedCache } from '../../src/ledger-editor/trustedCache';

function diskDouble(): CacheStore & { writes: Uint8Array[] } {
  const writes: Uint8Array[] = [];
  return { path: '/storage/ledger-cache.json', writes, load: async () => writes.at(-1), save: async (data) => { writes.push(data); } };
}

describe('ledger cache and workspace trust', () => {
  it('writes nothing and gives the worker no path while the workspace is untrusted, and keeps the cache for the session', async () => {
    const disk = diskDouble();
    const store = trustedCache(disk, () => false);
    assert.equal(store.path, undefined);
    await store.save(new Uint8Array([1, 2, 3]));
    assert.deepEqual(disk.writes, []);
    assert.deepEqual(await store.load(), new Uint8Array([1, 2, 3]));
  });

  it('uses the cache file once the workspace is trusted', async () => {
    const disk = diskDouble();
    let trusted = false;
    const store = trustedCache(disk, () => trusted);
    trusted = true;
    assert.equal(store.path, '/storage/ledger-cache.json');
    await store.save(new Uint8Array([4]));
    assert.equal(disk.writes.length, 1);
    assert.deepEqual(await store.load(), new Uint8Array([4]));
  });
});
