/** Scratch folders for tests that write files: one temporary root per suite, removed after it. */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Call inside a `describe`: returns a function that gives a fresh, empty folder per call. */
export function scratchFolders(prefix: string): () => string {
  let root = '';
  let n = 0;
  before(() => { root = mkdtempSync(join(tmpdir(), prefix)); });
  after(() => { rmSync(root, { recursive: true, force: true }); });
  return () => {
    const d = join(root, `t${n++}`);
    mkdirSync(d);
    return d;
  };
}
