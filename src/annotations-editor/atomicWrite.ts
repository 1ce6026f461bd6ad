/**
 * Writes files so that a reader never sees half of one: each goes to a
 * temporary file beside its target first and is renamed over it once
 * written. A failure removes the temporary files and leaves targets as they were.
 */
import * as vscode from 'vscode';

/** One file to write. */
export interface FileWrite {
  uri: vscode.Uri;
  content: string;
}

const encoder = new TextEncoder();

function tempBeside(uri: vscode.Uri): vscode.Uri {
  const name = uri.path.split('/').pop() ?? 'file';
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return vscode.Uri.joinPath(uri, '..', `.${name}.${tag}.tmp`);
}

async function removeQuietly(uri: vscode.Uri): Promise<void> {
  try {
    await vscode.workspace.fs.delete(uri);
  } catch {
    // Already gone, or never written: nothing to clean up.
  }
}

/**
 * Writes every file or, as far as the file system allows, none: all
 * temporary files are written before the first rename. Throws the first error.
 */
export async function writeFilesAtomic(files: readonly FileWrite[]): Promise<void> {
  const temps: vscode.Uri[] = [];
  try {
    for (const f of files) {
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(f.uri, '..'));
      const temp = tempBeside(f.uri);
      temps.push(temp);
      await vscode.workspace.fs.writeFile(temp, encoder.encode(f.content));
    }
    for (let i = 0; i < files.length; i++) await vscode.workspace.fs.rename(temps[i], files[i].uri, { overwrite: true });
  } catch (e) {
    await Promise.all(temps.map(removeQuietly));
    throw e;
  }
}

/** Writes one file atomically. */
export function writeFileAtomic(uri: vscode.Uri, content: string): Promise<void> {
  return writeFilesAtomic([{ uri, content }]);
}

/** A short reason for a file-system error, for messages. */
export function fsErrorText(e: unknown): string {
  if (e instanceof vscode.FileSystemError) return e.code ? `${e.code}: ${e.message}` : e.message;
  return e instanceof Error ? e.message : String(e);
}
