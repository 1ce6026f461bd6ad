/**
 * Writes an article's output files all or nothing: each to a temporary file
 * beside its target, then renamed into place. A failure removes the
 * temporary files and any target of the batch that did not exist before,
 * so that it never leaves half a file or one file of a pair.
 */
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** One output file. */
export interface OutputFile {
  path: string;
  content: string;
}

function refuseDirectory(path: string): void {
  if (existsSync(path) && statSync(path).isDirectory()) throw Object.assign(new Error(`${path} is a directory`), { code: 'EISDIR' });
}

/** Writes every file or throws the first error, leaving things as they were. */
export function writeAllOrNothing(files: readonly OutputFile[]): void {
  const temps: string[] = [];
  const placed: string[] = [];
  try {
    for (const f of files) refuseDirectory(f.path);
    for (const f of files) {
      const temp = join(dirname(f.path), `.${basename(f.path)}.${process.pid}.tmp`);
      temps.push(temp);
      writeFileSync(temp, f.content);
    }
    files.forEach((f, i) => {
      const isNew = !existsSync(f.path);
      renameSync(temps[i], f.path);
      if (isNew) placed.push(f.path);
    });
  } catch (e) {
    for (const p of [...temps, ...placed]) rmSync(p, { force: true });
    throw e;
  }
}
