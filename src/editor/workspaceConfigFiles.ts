/**
 * Reads `.claimlens.json` at the root of each workspace folder, keeps it
 * current as it is created, changed or deleted on disk, and warns (once per
 * version of the file) when it is malformed: a file that cannot be used is
 * ignored and the settings apply alone.
 */
import * as vscode from 'vscode';
import { parseWorkspaceConfig, WORKSPACE_CONFIG_FILE, type ScopeLists } from '../config/workspaceConfig';

export class WorkspaceConfigFiles implements vscode.Disposable {
  /** The usable lists per workspace folder URI; absent when the folder has no usable file. */
  private readonly configs = new Map<string, ScopeLists>();
  /** The last warning per folder, so an unchanged problem is not repeated. */
  private readonly warned = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private loading: Promise<void>;
  /** Every warning shown, oldest first, for tests. */
  readonly warnings: string[] = [];
  /** Fires after a workspace file was read again. */
  readonly onDidChange = this.changed.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${WORKSPACE_CONFIG_FILE}`);
    const reload = (uri: vscode.Uri) => {
      const folder = vscode.workspace.getWorkspaceFolder(uri);
      if (folder && uri.path === vscode.Uri.joinPath(folder.uri, WORKSPACE_CONFIG_FILE).path) void this.track(this.load(folder));
    };
    this.disposables.push(
      watcher,
      watcher.onDidCreate(reload),
      watcher.onDidChange(reload),
      watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.track(this.loadAll())),
    );
    this.loading = this.loadAll();
  }

  /** Resolves once every folder's file has been read (and any reload in progress has finished). */
  ready(): Promise<void> {
    return this.loading;
  }

  /** The lists of the file that governs a document, if there is a usable one. */
  configFor(uri: vscode.Uri): ScopeLists | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder && this.configs.get(folder.uri.toString());
  }

  private async track(work: Promise<void>): Promise<void> {
    const previous = this.loading;
    this.loading = previous.then(() => work);
    await this.loading;
    this.changed.fire();
  }

  private async loadAll(): Promise<void> {
    this.configs.clear();
    await Promise.all((vscode.workspace.workspaceFolders ?? []).map((folder) => this.load(folder)));
  }

  private async load(folder: vscode.WorkspaceFolder): Promise<void> {
    const key = folder.uri.toString();
    const file = vscode.Uri.joinPath(folder.uri, WORKSPACE_CONFIG_FILE);
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(file);
    } catch {
      // No file (or no longer one): the settings apply alone.
      this.configs.delete(key);
      this.warned.delete(key);
      return;
    }
    const { config, problems } = parseWorkspaceConfig(new TextDecoder().decode(bytes));
    if (config) this.configs.set(key, config);
    else this.configs.delete(key);
    this.warn(key, file, config !== undefined, problems);
  }

  private warn(key: string, file: vscode.Uri, usable: boolean, problems: string[]): void {
    const message = problems.length === 0
      ? ''
      : usable
        ? `ClaimLens: parts of ${vscode.workspace.asRelativePath(file)} are ignored: ${problems.join('; ')}.`
        : `ClaimLens: ${vscode.workspace.asRelativePath(file)} is ignored, and the settings apply alone: ${problems.join('; ')}.`;
    if (this.warned.get(key) === message) return;
    this.warned.set(key, message);
    if (!message) return;
    this.warnings.push(message);
    void vscode.window.showWarningMessage(message, 'Open File').then((choice) => {
      if (choice) void vscode.window.showTextDocument(file);
    });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
