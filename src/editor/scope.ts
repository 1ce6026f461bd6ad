/**
 * Where ClaimLens analyses: the master switch `claimlens.enable`, the files
 * the user switched off (or on) one by one, kept per workspace across
 * restarts, and the exclude globs of the settings, of `.claimlens.json` and
 * of the export folder. Also the settings of a document with the workspace
 * file's lists added, which is what the analysis runs with.
 */
import * as vscode from 'vscode';
import { exportFolderSetting } from '../commands/exportFolder';
import { firstMatch, folderGlob } from '../config/glob';
import { combineScopeLists, WORKSPACE_CONFIG_FILE } from '../config/workspaceConfig';
import { readSettings, SECTION, type Settings } from './config';
import { WorkspaceConfigFiles } from './workspaceConfigFiles';

/** Why ClaimLens leaves an article alone. */
export type OffReason =
  /** `claimlens.enable` is false, set in the workspace (or folder) or in the user's settings. */
  | { kind: 'disabled'; where: 'workspace' | 'user' }
  /** The user ran "Disable for this File". */
  | { kind: 'file-disabled' }
  /** A glob excludes the file: from `claimlens.exclude`, `.claimlens.json` or the export folder. */
  | { kind: 'excluded'; pattern: string; from: 'settings' | typeof WORKSPACE_CONFIG_FILE | 'claimlens.export.folder' };

/** The workspace-state key of the per-file switches: document URI → enabled. */
const FILE_SWITCHES = 'claimlens.fileSwitches';

export class Scope implements vscode.Disposable {
  private readonly files = new WorkspaceConfigFiles();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.files, this.changed];
  /** Fires when a file was switched or a workspace file changed: whether and how a file is analysed may differ. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {
    this.disposables.push(this.files.onDidChange(() => this.changed.fire()));
  }

  /** Resolves once the workspace files have been read. */
  ready(): Promise<void> {
    return this.files.ready();
  }

  /** The warnings about malformed workspace files shown so far. */
  get warnings(): readonly string[] {
    return this.files.warnings;
  }

  /** A document's settings with its workspace file's lists added. */
  settingsFor(uri: vscode.Uri): Settings {
    const settings = readSettings(uri);
    return { ...settings, ...combineScopeLists(settings, this.files.configFor(uri)) };
  }

  /** Why a document is not analysed, or undefined when it may be (`forced`: the user asked for this file now). */
  offReason(uri: vscode.Uri, forced = false): OffReason | undefined {
    const settings = readSettings(uri);
    if (!settings.enable) return { kind: 'disabled', where: this.enableSetIn(uri) };
    const switched = this.switches()[uri.toString()];
    if (switched === false) return { kind: 'file-disabled' };
    if (switched === true || forced) return undefined;
    return this.exclusion(uri, settings);
  }

  /** The glob that excludes a document, ignoring the per-file switches. */
  exclusion(uri: vscode.Uri, settings = readSettings(uri)): OffReason | undefined {
    const path = relativePath(uri);
    const fromSettings = firstMatch(settings.exclude, path);
    if (fromSettings) return { kind: 'excluded', pattern: fromSettings, from: 'settings' };
    const fromFile = firstMatch(this.files.configFor(uri)?.exclude ?? [], path);
    if (fromFile) return { kind: 'excluded', pattern: fromFile, from: WORKSPACE_CONFIG_FILE };
    const exports = folderGlob(exportFolderSetting(uri));
    if (exports && firstMatch([exports], path)) return { kind: 'excluded', pattern: exports, from: 'claimlens.export.folder' };
    return undefined;
  }

  /**
   * Switches one file off or on in this workspace, remembered across restarts.
   * On stores an explicit "on" only when a glob would exclude the file.
   */
  async setFileEnabled(uri: vscode.Uri, enabled: boolean): Promise<void> {
    const switches = { ...this.switches() };
    if (!enabled) switches[uri.toString()] = false;
    else if (this.exclusion(uri)) switches[uri.toString()] = true;
    else delete switches[uri.toString()];
    await this.state.update(FILE_SWITCHES, switches);
    this.changed.fire();
  }

  /** The user's switch for a file: false off, true on despite an exclude glob, undefined none. */
  fileSwitch(uri: vscode.Uri): boolean | undefined {
    return this.switches()[uri.toString()];
  }

  private switches(): Record<string, boolean> {
    return this.state.get<Record<string, boolean>>(FILE_SWITCHES, {});
  }

  private enableSetIn(uri: vscode.Uri): 'workspace' | 'user' {
    const inspected = vscode.workspace.getConfiguration(SECTION, uri).inspect<boolean>('enable');
    return inspected?.workspaceFolderValue === false || inspected?.workspaceValue === false ? 'workspace' : 'user';
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}

/** A document's path relative to its workspace folder, or its whole path outside any folder. */
export function relativePath(uri: vscode.Uri): string {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (folder && uri.path.startsWith(`${folder.uri.path.replace(/\/$/, '')}/`)) return uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
  return uri.path.replace(/^\//, '');
}
