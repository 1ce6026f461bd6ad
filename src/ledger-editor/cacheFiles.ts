/**
 * The index worker's access to its cache file (worker_threads only): read,
 * and replaced through the shared atomic writer (temporary sibling, fsync,
 * rename), so that a crash or a second window mid-write never leaves a
 * truncated cache, and the megabytes never pass through the extension host.
 */
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../io/atomic-node';
import type { CacheFiles } from '../ledger/index-jobs';

export const nodeCacheFiles: CacheFiles = {
  read: async (path) => new Uint8Array(await readFile(path)),
  // In the index thread, so a synchronous write blocks no editor.
  writeAtomic: async (path, data) => writeFileAtomic(path, data),
};
