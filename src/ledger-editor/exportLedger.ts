/**
 * ClaimLens: Export Claim Ledger: the workspace ledger as JSON, Markdown or
 * one standalone HTML page, chosen by the file name in a save dialog (or by
 * `target`, for tests and other extensions).
 */
import * as vscode from 'vscode';
import { fsErrorText, writeFileAtomic } from '../annotations-editor/atomicWrite';
import { exportTarget, inputsToGuard, workspaceArticles } from '../commands/exportFolder';
import type { LedgerFormat } from '../ledger/index-protocol';
import type { LedgerIndexer } from './indexer';

/** Arguments of `claimlens.exportLedger`: where to write (a URI or its string), and the format when the name does not say. */
export interface ExportLedgerArgs {
  target?: vscode.Uri | string;
  format?: LedgerFormat;
}

/** The format a file name asks for. */
export function formatOf(path: string): LedgerFormat | undefined {
  const ext = /\.([^./]+)$/.exec(path)?.[1]?.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'html' || ext === 'htm') return 'html';
  return undefined;
}

/** Writes the ledger; resolves with the file written, or undefined when nothing was (cancelled, no ledger). */
export async function exportLedger(indexer: LedgerIndexer, args: ExportLedgerArgs = {}): Promise<vscode.Uri | undefined> {
  let target = typeof args.target === 'string' ? vscode.Uri.parse(args.target) : args.target;
  if (!target) {
    target = await vscode.window.showSaveDialog({
      title: 'Export the claim ledger',
      saveLabel: 'Export',
      defaultUri: await exportTarget('claim-ledger.html'),
      filters: { 'HTML page': ['html'], Markdown: ['md'], JSON: ['json'] },
    });
    if (!target) return undefined;
  }
  const format = args.format ?? formatOf(target.path);
  if (!format) {
    void vscode.window.showErrorMessage('ClaimLens exports the ledger as .json, .md or .html: choose a file name with one of these endings.');
    return undefined;
  }
  try {
    const text = await indexer.render(format);
    if (text === undefined) {
      void vscode.window.showWarningMessage('ClaimLens: the ledger was not exported, as indexing did not finish.');
      return undefined;
    }
    await writeFileAtomic(target, text, { inputs: inputsToGuard(await workspaceArticles()) });
  } catch (e) {
    void vscode.window.showErrorMessage(`ClaimLens could not export the ledger: ${fsErrorText(e)}. Nothing was written.`);
    return undefined;
  }
  void vscode.window.showInformationMessage(`ClaimLens: ledger exported to ${vscode.workspace.asRelativePath(target)}.`);
  return target;
}
