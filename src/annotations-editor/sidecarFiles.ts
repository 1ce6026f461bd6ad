/**
 * Where an article's sidecar lives and the file operations on it:
 * `.claimlens/<workspace-relative path>.json` in the article's workspace
 * folder, read, written atomically, backed up when damaged, moved with the article.
 */
import * as vscode from 'vscode';
import { writeFileAtomic } from './atomicWrite';

/** The folder, in each workspace folder, that holds the sidecars. */
export const SIDECAR_DIR = '.claimlens';

const decoder = new TextDecoder('utf-8');

function isNotFound(e: unknown): boolean {
  return e instanceof vscode.FileSystemError && (e.code === 'FileNotFound' || e.code === 'EntryNotFound');
}

/** The article's path inside its workspace folder, or undefined outside any folder. */
export function relativeArticlePath(article: vscode.Uri): string | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(article);
  if (!folder) return undefined;
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  return article.path.startsWith(base) ? article.path.slice(base.length) : undefined;
}

/** The sidecar of an article (a file or a folder of articles), or undefined outside any workspace folder. */
export function sidecarUri(article: vscode.Uri, folderLike = false): vscode.Uri | undefined {
  const folder = vscode.workspace.getWorkspaceFolder(article);
  const rel = relativeArticlePath(article);
  if (!folder || !rel || rel.split('/')[0] === SIDECAR_DIR) return undefined;
  return vscode.Uri.joinPath(folder.uri, SIDECAR_DIR, folderLike ? rel : `${rel}.json`);
}

/** The sidecar's text, or undefined when there is none. Other errors are thrown. */
export async function readSidecar(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch (e) {
    if (isNotFound(e)) return undefined;
    throw e;
  }
}

/** Writes a sidecar atomically. */
export function writeSidecar(uri: vscode.Uri, content: string): Promise<void> {
  return writeFileAtomic(uri, content);
}

/** Copies a damaged sidecar to `<name>.corrupt-<timestamp>.json` beside it and returns the copy. */
export async function backupSidecar(uri: vscode.Uri, now = new Date()): Promise<vscode.Uri> {
  const name = (uri.path.split('/').pop() ?? 'sidecar.json').replace(/\.json$/i, '');
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const backup = vscode.Uri.joinPath(uri, '..', `${name}.corrupt-${stamp}.json`);
  await vscode.workspace.fs.copy(uri, backup, { overwrite: false });
  return backup;
}

/** Whether something exists at `uri`. */
export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * Moves the sidecar (or, for a renamed folder, the folder of sidecars) of
 * `from` to that of `to`. Returns whether anything moved; never overwrites.
 */
export async function moveSidecar(from: vscode.Uri, to: vscode.Uri): Promise<boolean> {
  for (const folderLike of [false, true]) {
    const source = sidecarUri(from, folderLike);
    const target = sidecarUri(to, folderLike);
    if (!source || !target || !(await exists(source))) continue;
    await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(target, '..'));
    await vscode.workspace.fs.rename(source, target, { overwrite: false });
    return true;
  }
  return false;
}
