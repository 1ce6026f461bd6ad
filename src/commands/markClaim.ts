/**
 * `claimlens.markClaim`: marks the selected text as a claim the analysis
 * missed, asking for its status and source (the API passes them instead).
 */
import * as vscode from 'vscode';
import type { SourceInput } from '../annotations';
import type { ManualAnnotations } from '../annotations-editor/manualAnnotations';
import { STATUSES, type Status } from '../core';
import { statusLabel } from '../editor/categories';
import { pickSource } from './pickSource';

/** Arguments from the API: the span, and optionally status and source. */
export interface MarkClaimArgs {
  uri: string;
  start: number;
  end: number;
  status?: Status;
  source?: SourceInput | null;
}

function fromSelection(): MarkClaimArgs | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.selection.isEmpty) {
    void vscode.window.showInformationMessage('ClaimLens: select the text of the claim first.');
    return undefined;
  }
  const { document, selection } = editor;
  let start = document.offsetAt(selection.start);
  let end = document.offsetAt(selection.end);
  // Selections often take a space or a line break along; a claim does not start or end with one.
  const text = document.getText();
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return start < end ? { uri: document.uri.toString(), start, end } : undefined;
}

export async function markClaim(annotations: ManualAnnotations, args?: MarkClaimArgs): Promise<void> {
  const request = args ?? fromSelection();
  if (!request) return;
  const uri = vscode.Uri.parse(request.uri);
  const view = annotations.view(uri);
  if (!view) {
    void vscode.window.showInformationMessage('ClaimLens: this file is not analysed; run ClaimLens: Analyse Current File first.');
    return;
  }
  let status = request.status;
  if (!status) {
    const picked = await vscode.window.showQuickPick(STATUSES.map((s) => ({ label: statusLabel(s), status: s })), { title: 'Mark as claim (1/2)', placeHolder: 'Status of this claim' });
    status = picked?.status;
  }
  if (!status) return;
  let source = request.source;
  if (source === undefined && !args) {
    source = await pickSource(view, request.start, 'Mark as claim (2/2)');
    if (source === undefined) return;
  }
  const edit = { type: 'add-claim' as const, start: request.start, end: request.end, status, ...(source ? { source } : {}) };
  if (await annotations.edit(uri, edit, 'mark as claim')) vscode.window.setStatusBarMessage(`ClaimLens: marked as a ${status} claim`, 4000);
}
