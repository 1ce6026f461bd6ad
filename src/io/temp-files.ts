/**
 * The naming rules every atomic write of ClaimLens shares, in the CLI, the
 * editor and the ledger's index thread: a temporary file is a hidden sibling
 * of its target with a suffix of its own, so that a later start can tell a
 * temporary file left by a crash from anything else and remove it.
 */

/** Ends the name of every temporary file an atomic write makes. */
export const TEMP_SUFFIX = '.claimlens-tmp';

/** A temporary file older than this was left by a write that died: no write takes this long. */
export const STALE_AFTER_MS = 10 * 60 * 1000;

/** The temporary sibling's name for a target named `name`; `tag` makes it unique per writer and write. */
export function tempName(name: string, tag: string): string {
  return `.${name}.${tag}${TEMP_SUFFIX}`;
}

/** Whether a file name is one of our temporary files. */
export function isTempName(name: string): boolean {
  return name.startsWith('.') && name.endsWith(TEMP_SUFFIX);
}

/** A unique tag: time and a random part, so that two windows or processes never share a temporary file. */
export function uniqueTag(): string {
  const random = new Uint32Array(1);
  crypto.getRandomValues(random);
  return `${Date.now().toString(36)}-${random[0].toString(36)}`;
}

/** A write that was refused before anything was written, e.g. because the target is an input article. */
export class RefusedWriteError extends Error {
  readonly code = 'EREFUSED';
}

/** The message of a refusal to write over an input. */
export function inputRefusal(target: string): RefusedWriteError {
  return new RefusedWriteError(`${target} is an input article; refusing to write over it (choose another output path)`);
}
