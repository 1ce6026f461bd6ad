/**
 * The atomic writer of the Node side (the CLI and the ledger's index
 * thread): each file is written to a temporary sibling, flushed to disk
 * (fsync) and renamed over its target, so that a reader never sees half a
 * file and a full disk leaves the previous file as it was. A batch is all or
 * nothing; temporary files are removed on failure, and those a crash left
 * behind are removed the next time a write goes to that folder.
 */
import * as nodeFs from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { inputRefusal, isTempName, STALE_AFTER_MS, tempName, uniqueTag } from './temp-files';

/** One output file. */
export interface OutputFile {
  path: string;
  content: string | Uint8Array;
}

/** The file-system calls the writer makes: Node's by default, a failing double in tests. */
export type WriterFs = Pick<typeof nodeFs, 'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'renameSync' | 'rmSync' | 'existsSync' | 'statSync' | 'readdirSync' | 'mkdirSync'>;

export interface WriteOptions {
  /** Paths that must never be written: the input articles. */
  inputs?: Iterable<string>;
  fs?: WriterFs;
  /** The clock for telling stale temporary files (tests). */
  now?: number;
}

function bytesOf(content: string | Uint8Array): Uint8Array {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
}

/** Writes `data` to a new file and flushes it to disk before returning. */
function writeDurably(fs: WriterFs, path: string, data: Uint8Array): void {
  const fd = fs.openSync(path, 'wx');
  try {
    for (let offset = 0; offset < data.byteLength;) offset += fs.writeSync(fd, data, offset, data.byteLength - offset);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Removes the temporary files in `dir` that a crashed write left (older than `STALE_AFTER_MS`); returns how many. */
export function removeStaleTemps(dir: string, options: Pick<WriteOptions, 'fs' | 'now'> = {}): number {
  const fs = options.fs ?? nodeFs;
  const now = options.now ?? Date.now();
  let removed = 0;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names.filter(isTempName)) {
    const path = join(dir, name);
    try {
      if (now - fs.statSync(path).mtimeMs < STALE_AFTER_MS) continue;
      fs.rmSync(path, { force: true });
      removed++;
    } catch {
      // Gone meanwhile, or not ours to remove: it does no harm where it is.
    }
  }
  return removed;
}

/**
 * Writes every file or throws the first error, leaving the targets as they
 * were (a target of the batch that did not exist before is removed again).
 * Throws `RefusedWriteError` before writing anything when a target is an input.
 */
export function writeFilesAtomic(files: readonly OutputFile[], options: WriteOptions = {}): void {
  const fs = options.fs ?? nodeFs;
  const inputs = new Set([...(options.inputs ?? [])].map((p) => resolve(p)));
  for (const f of files) {
    if (inputs.has(resolve(f.path))) throw inputRefusal(f.path);
    if (fs.existsSync(f.path) && fs.statSync(f.path).isDirectory()) throw Object.assign(new Error(`${f.path} is a directory`), { code: 'EISDIR' });
  }
  const temps: string[] = [];
  const placed: string[] = [];
  try {
    for (const dir of new Set(files.map((f) => dirname(f.path)))) {
      fs.mkdirSync(dir, { recursive: true });
      removeStaleTemps(dir, options);
    }
    const tag = `${process.pid}-${uniqueTag()}`;
    for (const f of files) {
      const temp = join(dirname(f.path), tempName(basename(f.path), tag));
      temps.push(temp);
      writeDurably(fs, temp, bytesOf(f.content));
    }
    files.forEach((f, i) => {
      const isNew = !fs.existsSync(f.path);
      fs.renameSync(temps[i], f.path);
      if (isNew) placed.push(f.path);
    });
  } catch (e) {
    for (const p of [...temps, ...placed]) {
      try {
        fs.rmSync(p, { force: true });
      } catch {
        // The first error is the one to report.
      }
    }
    throw e;
  }
}

/** Writes one file atomically. */
export function writeFileAtomic(path: string, content: string | Uint8Array, options: WriteOptions = {}): void {
  writeFilesAtomic([{ path, content }], options);
}
