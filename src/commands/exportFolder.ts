/**
 * The export folder (`claimlens.export.folder`, default `claimlens-exports`
 * in each workspace folder): where every export goes by default, and a folder
 * the ledger and the workspace export never read articles from, so that a
 * report saved there is never taken for an article. Also what an export must
 * never replace: the input articles. The export settings are read here
 * (config.ts holds those of the analysis and the display).
 */
import * as vscode from 'vscode';
import { readSettings } from '../editor/config';

export const DEFAULT_EXPORT_FOLDER = 'claimlens-exports';

/** `claimlens.export.baseUrl`: where the articles are published; empty when not set. */
export function exportBaseUrl(scope?: vscode.Uri): string {
  return vscode.workspace.getConfiguration('claimlens', scope).get<string>('export.baseUrl', '').trim();
}

/** The setting as written: a path relative to the workspace folder (or absolute). */
export function exportFolderSetting(scope?: vscode.Uri): string {
  const value = vscode.workspace.getConfiguration('claimlens', scope).get<string>('export.folder', DEFAULT_EXPORT_FOLDER).trim();
  return value.replace(/[\\/]+$/, '') || DEFAULT_EXPORT_FOLDER;
}

function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path);
}

/** The export folder of a workspace folder (the first one by default); undefined without a workspace. */
export function exportFolder(scope?: vscode.Uri): vscode.Uri | undefined {
  const folder = (scope && vscode.workspace.getWorkspaceFolder(scope)) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) return undefined;
  const setting = exportFolderSetting(folder.uri);
  return isAbsolute(setting) ? folder.uri.with({ path: vscode.Uri.file(setting).path }) : vscode.Uri.joinPath(folder.uri, ...setting.split(/[\\/]/));
}

/** Whether `uri` lies in an export folder. */
export function isInExportFolder(uri: vscode.Uri): boolean {
  const folder = exportFolder(uri);
  return folder !== undefined && uri.scheme === folder.scheme && uri.authority === folder.authority && uri.path.startsWith(`${folder.path}/`);
}

/** The glob that keeps the export folder out of `findFiles` (workspace-relative settings only; an absolute folder lies outside anyway). */
export function exportFolderGlob(): string {
  const setting = exportFolderSetting();
  return isAbsolute(setting) ? '' : `${setting.replace(/\\/g, '/')}/**`;
}

/**
 * Where a save dialog opens for `name`: in the export folder, created first
 * so that the dialog can show it (an export is something the user started).
 */
export async function exportTarget(name: string, scope?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const folder = exportFolder(scope);
  if (!folder) return undefined;
  // If it cannot be made, the dialog still opens and says so.
  await Promise.resolve(vscode.workspace.fs.createDirectory(folder)).catch(() => undefined);
  return vscode.Uri.joinPath(folder, name);
}

/** What an export must never replace: the given articles and every open document outside the export folder. */
export function inputsToGuard(articles: readonly vscode.Uri[]): vscode.Uri[] {
  const open = vscode.workspace.textDocuments.filter((d) => !d.isUntitled && !isInExportFolder(d.uri)).map((d) => d.uri);
  return [...articles, ...open];
}

/** The workspace's articles: .txt, .md and .article files and the `claimlens.include` globs, sorted; READMEs, sidecars and the export folder left out. */
export async function workspaceArticles(): Promise<vscode.Uri[]> {
  const patterns = ['**/*.{txt,md,article}', ...readSettings().include];
  const exclude = `{**/node_modules/**,**/.git/**,**/.claimlens/**${exportFolderGlob() ? `,${exportFolderGlob()}` : ''}}`;
  const found = new Map<string, vscode.Uri>();
  for (const pattern of patterns) {
    for (const uri of await vscode.workspace.findFiles(pattern, exclude)) {
      if (!/^readme\./i.test(uri.path.split('/').pop() ?? '') && !isInExportFolder(uri)) found.set(uri.toString(), uri);
    }
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
