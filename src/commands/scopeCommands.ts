/**
 * Switching ClaimLens off and on: for the whole workspace (the
 * `claimlens.enable` setting in the workspace's settings) or for one file
 * (kept in the workspace's state, so it survives a restart).
 */
import * as vscode from 'vscode';
import { SECTION } from '../editor/config';
import type { Scope } from '../editor/scope';

/** The file a command acts on: the one it was invoked on (explorer, editor title) or the active editor's. */
function targetFile(uri: unknown): vscode.Uri | undefined {
  return uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
}

/** `claimlens.disableInWorkspace`. */
export async function disableInWorkspace(): Promise<void> {
  if (!vscode.workspace.workspaceFolders?.length) {
    const choice = await vscode.window.showInformationMessage(
      'ClaimLens: no folder is open, so there is no workspace setting to change. Switch ClaimLens off everywhere with the setting claimlens.enable.',
      'Open Setting',
    );
    if (choice) await vscode.commands.executeCommand('workbench.action.openSettings', `${SECTION}.enable`);
    return;
  }
  await vscode.workspace.getConfiguration(SECTION).update('enable', false, vscode.ConfigurationTarget.Workspace);
}

/** `claimlens.enableInWorkspace`: removes the workspace's (and its folders') "off", and overrides a user-wide one. */
export async function enableInWorkspace(): Promise<void> {
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const config = vscode.workspace.getConfiguration(SECTION, folder.uri);
    if (config.inspect<boolean>('enable')?.workspaceFolderValue === false) await config.update('enable', undefined, vscode.ConfigurationTarget.WorkspaceFolder);
  }
  const config = vscode.workspace.getConfiguration(SECTION);
  if (!vscode.workspace.workspaceFolders?.length) {
    await config.update('enable', true, vscode.ConfigurationTarget.Global);
    return;
  }
  await config.update('enable', undefined, vscode.ConfigurationTarget.Workspace);
  if (!vscode.workspace.getConfiguration(SECTION).get<boolean>('enable', true)) await config.update('enable', true, vscode.ConfigurationTarget.Workspace);
}

/** `claimlens.disableForFile`. */
export async function disableForFile(scope: Scope, uri?: unknown): Promise<void> {
  const file = targetFile(uri);
  if (!file) {
    void vscode.window.showInformationMessage('ClaimLens: open the file first, then run “Disable for this File”.');
    return;
  }
  await scope.setFileEnabled(file, false);
}

/** `claimlens.enableForFile`: also analyses a file an exclude glob leaves out. */
export async function enableForFile(scope: Scope, uri?: unknown): Promise<void> {
  const file = targetFile(uri);
  if (!file) {
    void vscode.window.showInformationMessage('ClaimLens: open the file first, then run “Enable for this File”.');
    return;
  }
  await scope.setFileEnabled(file, true);
  if (scope.offReason(file)?.kind === 'disabled') {
    const choice = await vscode.window.showInformationMessage('ClaimLens is disabled in this workspace (claimlens.enable). Enable it?', 'Enable in Workspace');
    if (choice) await enableInWorkspace();
  }
}
