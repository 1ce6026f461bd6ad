/**
 * The index worker's access to its cache file (worker_threads only): read,
 * and replaced atomically, written to a temporary file beside it and renamed
 * over it, so that a crash or a second window mid-write never leaves a
 * truncated cache, and the megabytes never pass through the extension host.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { CacheFiles } from '../ledger/index-jobs';

export const nodeCacheFiles: CacheFiles = {
  read: async (path) => new Uint8Array(await readFile(path)),
  async writeAtomic(path, data) {
    await mkdir(dirname(path), { recursive: true });
    // Unique per thread and write, so two windows on one workspace never share a temporary file.
    const temp = `${path}.${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}.tmp`;
    try {
      await writeFile(temp, data);
      await rename(temp, path);
    } catch (e) {
      await rm(temp, { force: true });
      throw e;
    }
  },
};
