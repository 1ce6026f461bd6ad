/**
 * `claimlens.setStatus`: the hover links call it with a claim and a status;
 * from the palette it asks for the status of the claim under the cursor.
 * The status is kept in memory for this session only (persisting it is the
 * next issue's work).
 */
import * as vscode from 'vscode';
import { STATUSES, type Status } from '../core';
import { statusLabel } from '../editor/categories';
import type { DocumentWatcher } from '../editor/documentWatcher';
import type { SetStatusArgs } from '../editor/hover';
import { toOffset } from '../editor/positions';
import type { StatusOverrides } from '../editor/statusOverrides';

async function askForClaim(watcher: DocumentWatcher): Promise<SetStatusArgs | undefined> {
  const editor = vscode.window.activeTextEditor;
  const result = editor && watcher.get(editor.document.uri);
  if (!editor || result?.kind !== 'analysed') return undefined;
  const offset = toOffset(editor.document, editor.selection.active);
  const claim = result.analysis.claims.find((c) => c.start <= offset && offset <= c.end);
  if (!claim) {
    void vscode.window.showInformationMessage('ClaimLens: put the cursor on a claim to set its status.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    STATUSES.map((s) => ({ label: statusLabel(s), status: s, description: s === claim.status ? 'current' : undefined })),
    { placeHolder: 'Status of this claim (kept for this session)' },
  );
  return picked && { uri: editor.document.uri.toString(), start: claim.start, status: picked.status };
}

export async function setStatus(watcher: DocumentWatcher, overrides: StatusOverrides, args?: SetStatusArgs): Promise<void> {
  const request = args ?? (await askForClaim(watcher));
  if (!request || !STATUSES.includes(request.status as Status)) return;
  const uri = vscode.Uri.parse(request.uri);
  const result = watcher.get(uri);
  const claim = result?.kind === 'analysed' ? result.raw.claims.find((c) => c.start === request.start) : undefined;
  if (!claim) return;
  overrides.set(uri, claim.text, request.status);
  vscode.window.setStatusBarMessage(`ClaimLens: marked ${request.status} (kept for this session only)`, 4000);
}
