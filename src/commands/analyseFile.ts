/** `claimlens.analyseFile`: analyses the active file now, whatever its language. */
import * as vscode from 'vscode';
import type { DocumentWatcher } from '../editor/documentWatcher';
import { offStatus } from '../editor/scopeStatus';

export async function analyseFile(watcher: DocumentWatcher): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('ClaimLens: open an article first, then run “Analyse Current File”.');
    return;
  }
  const result = await watcher.analyseNow(editor.document);
  if (result?.kind === 'off') {
    const off = offStatus(result.reason);
    const choice = await vscode.window.showInformationMessage(`${off.label}.`, 'Enable');
    if (choice) await vscode.commands.executeCommand(typeof off.command === 'string' ? off.command : off.command.command, ...(typeof off.command === 'string' ? [] : off.command.arguments ?? []));
    return;
  }
  if (result?.kind === 'too-large') {
    void vscode.window.showWarningMessage(
      `ClaimLens: this file is ${result.sizeMB.toFixed(1)} MB, over the ${result.limitMB} MB limit (setting claimlens.maxFileSizeMB).`,
    );
  }
}
