/**
 * The ledger cache as Restricted Mode allows it: while the workspace is not
 * trusted ClaimLens writes no files, so the cache is kept in memory for the
 * session and the index worker gets no path to write to; once trusted, the
 * cache file is used as before.
 */
import type { CacheStore } from './ledgerIndex';

/** `disk` while `isTrusted()`, else an in-memory store of the same session. */
export function trustedCache(disk: CacheStore, isTrusted: () => boolean): CacheStore {
  let inMemory: Uint8Array | undefined;
  return {
    get path() {
      return isTrusted() ? disk.path : undefined;
    },
    load: async () => (isTrusted() ? disk.load() : inMemory),
    save: async (data) => {
      if (isTrusted()) await disk.save(data);
      else inMemory = data;
    },
  };
}
