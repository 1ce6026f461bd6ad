/**
 * The editor's atomic writer, through `vscode.workspace.fs` so that it also
 * works in VS Code for the web and on remote file systems. It follows the
 * rules of the CLI's writer (src/io): each file goes to a temporary sibling
 * first and is renamed over its target once written; a failure removes the
 * temporary files and leaves targets as they were; temporary files a crashed
 * window left are removed the first time this session writes to their folder;
 * and no input article is ever a target. Each temporary file is flushed to
 * the disk before the rename where the desktop host can (flushToDisk.ts); the
 * rename means a reader sees the old file or the new one, never half.
 */
import * as vscode from 'vscode';
import { inputRefusal, isTempName, STALE_AFTER_MS, tempName, uniqueTag } from '../io/temp-files';
import { flushToDisk } from './flushToDisk';

/** One file to write. */
export interface FileWrite {
  uri: vscode.Uri;
  content: string | Uint8Array;
}

/** What a write must never replace. */
export interface WriteGuard {
  /** The input articles (and any other file that is not ours to replace). */
  inputs?: readonly vscode.Uri[];
}

const encoder = new TextEncoder();
/** Folders already cleaned of stale temporary files this session. */
const cleaned = new Set<string>();

async function removeQuietly(uri: vscode.Uri): Promise<void> {
  try {
    await vscode.workspace.fs.delete(uri);
  } catch {
    // Already gone, or never written: nothing to clean up.
  }
}

/** Removes the temporary files a crashed write left in `folder`, once per session. */
export async function removeStaleTemps(folder: vscode.Uri, now = Date.now()): Promise<void> {
  if (cleaned.has(folder.toString())) return;
  cleaned.add(folder.toString());
  let entries: [string, vscode.FileType][];
  try {
    entries = await vscode.workspace.fs.readDirectory(folder);
  } catch {
    return;
  }
  for (const [name, type] of entries) {
    if (type !== vscode.FileType.File || !isTempName(name)) continue;
    const uri = vscode.Uri.joinPath(folder, name);
    try {
      if (now - (await vscode.workspace.fs.stat(uri)).mtime >= STALE_AFTER_MS) await removeQuietly(uri);
    } catch {
      // Gone meanwhile.
    }
  }
}

/**
 * Writes every file or, as far as the file system allows, none: all
 * temporary files are written before the first rename. Throws the first
 * error, and `RefusedWriteError` before writing anything when a target is an input.
 */
export async function writeFilesAtomic(files: readonly FileWrite[], guard: WriteGuard = {}): Promise<void> {
  const inputs = new Set((guard.inputs ?? []).map((u) => u.toString()));
  for (const f of files) if (inputs.has(f.uri.toString())) throw inputRefusal(vscode.workspace.asRelativePath(f.uri));
  const temps: vscode.Uri[] = [];
  const tag = uniqueTag();
  try {
    for (const f of files) {
      const folder = vscode.Uri.joinPath(f.uri, '..');
      await vscode.workspace.fs.createDirectory(folder);
      await removeStaleTemps(folder);
      const temp = vscode.Uri.joinPath(folder, tempName(f.uri.path.split('/').pop() ?? 'file', tag));
      temps.push(temp);
      await vscode.workspace.fs.writeFile(temp, typeof f.content === 'string' ? encoder.encode(f.content) : f.content);
      await flushToDisk(temp);
    }
    for (let i = 0; i < files.length; i++) await vscode.workspace.fs.rename(temps[i], files[i].uri, { overwrite: true });
  } catch (e) {
    await Promise.all(temps.map(removeQuietly));
    throw e;
  }
}

/** Writes one file atomically. */
export function writeFileAtomic(uri: vscode.Uri, content: string | Uint8Array, guard: WriteGuard = {}): Promise<void> {
  return writeFilesAtomic([{ uri, content }], guard);
}

/** A short reason for a file-system error, for messages. */
export function fsErrorText(e: unknown): string {
  if (e instanceof vscode.FileSystemError) return e.code ? `${e.code}: ${e.message}` : e.message;
  return e instanceof Error ? e.message : String(e);
}
