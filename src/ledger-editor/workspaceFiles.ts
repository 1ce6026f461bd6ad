/**
 * The workspace's articles for the ledger index: files with the extensions of
 * `claimlens.languages` plus the `claimlens.include` globs, never under
 * node_modules, .git, .claimlens or the export folder, and never a README. Ids are
 * workspace-relative paths, the names the ledger shows and the cache keys use.
 */
import * as vscode from 'vscode';
import { exportFolderGlob, isInExportFolder } from '../commands/exportFolder';
import { SIDECAR_DIR, sidecarUri } from '../annotations-editor/sidecarFiles';
import { readSettings } from '../editor/config';
import type { FileSource } from './ledgerIndex';

/** File extensions of the language ids ClaimLens knows; other ids reach the index through `claimlens.include`. */
const EXTENSIONS: Readonly<Record<string, string[]>> = {
  plaintext: ['txt'],
  markdown: ['md', 'markdown'],
  'claimlens-article': ['article'],
};

/** The folders never indexed: dependencies, history, sidecars and the exports (a report there is no article). */
export function excludeGlob(): string {
  const exports = exportFolderGlob();
  return `{**/node_modules/**,**/.git/**,**/.claimlens/**${exports ? `,${exports}` : ''}}`;
}
const README = /(^|\/)readme\.[^/]*$/i;
const MB = 1024 * 1024;

/** The glob of the articles to index, from the settings. */
export function articleGlob(): string {
  const settings = readSettings();
  const extensions = settings.languages.flatMap((l) => EXTENSIONS[l] ?? []);
  const patterns = [...(extensions.length ? [`**/*.{${extensions.join(',')}}`] : []), ...settings.include];
  return patterns.length === 1 ? patterns[0] : `{${patterns.join(',')}}`;
}

export class WorkspaceFiles implements FileSource {
  private readonly uris = new Map<string, vscode.Uri>();

  /** `inScope`: whether ClaimLens may analyse a file at all (its Scope). */
  constructor(private readonly inScope: (uri: vscode.Uri) => boolean = () => true) {}

  /** The id of a file: its workspace-relative path (with the folder name in a multi-root workspace). */
  idOf(uri: vscode.Uri): string {
    return vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
  }

  uriOf(id: string): vscode.Uri | undefined {
    return this.uris.get(id);
  }

  /** Whether a file the watcher (which watches `articleGlob()`) reports is one the index wants. */
  wants(uri: vscode.Uri): boolean {
    return !/(^|\/)(node_modules|\.git|\.claimlens)\//.test(uri.path) && !README.test(uri.path) && !isInExportFolder(uri) && this.inScope(uri);
  }

  /** Remembers a file the watcher reported, so that `read` finds it. */
  add(uri: vscode.Uri): string {
    const id = this.idOf(uri);
    this.uris.set(id, uri);
    return id;
  }

  async list(): Promise<{ id: string; markdown: boolean }[]> {
    const found = await vscode.workspace.findFiles(articleGlob(), excludeGlob());
    this.uris.clear();
    const out: { id: string; markdown: boolean }[] = [];
    for (const uri of found) {
      if (README.test(uri.path) || isInExportFolder(uri) || !this.inScope(uri)) continue;
      const id = this.add(uri);
      out.push({ id, markdown: /\.(md|markdown)$/i.test(uri.path) });
    }
    return out.sort((a, b) => a.id.localeCompare(b.id));
  }

  /** The article's sidecar (`.claimlens/<path>.json`), so that the ledger shows the user's decisions. */
  async sidecar(id: string): Promise<Uint8Array | undefined> {
    const uri = this.uris.get(id);
    const sidecar = uri && sidecarUri(uri);
    if (!sidecar) return undefined;
    try {
      return await vscode.workspace.fs.readFile(sidecar);
    } catch {
      return undefined;
    }
  }

  /** The article a sidecar belongs to, when it is one the index knows. */
  articleOfSidecar(sidecar: vscode.Uri): vscode.Uri | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(sidecar);
    const prefix = folder && `${folder.uri.path.replace(/\/$/, '')}/${SIDECAR_DIR}/`;
    if (!folder || !prefix || !sidecar.path.startsWith(prefix) || !sidecar.path.endsWith('.json')) return undefined;
    const article = vscode.Uri.joinPath(folder.uri, ...sidecar.path.slice(prefix.length, -'.json'.length).split('/'));
    return this.uris.get(this.idOf(article));
  }

  async read(id: string): Promise<Uint8Array | undefined> {
    const uri = this.uris.get(id);
    if (!uri) return undefined;
    const limit = readSettings(uri).maxFileSizeMB * MB;
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > limit) return undefined;
    return vscode.workspace.fs.readFile(uri);
  }
}
