/** `claimlens.revealClaim`: the tree items' click; shows the claim's document and selects the claim. */
import * as vscode from 'vscode';
import { toRange } from '../editor/positions';
import type { RevealArgs } from '../views/claimItem';

export async function revealClaim(args?: RevealArgs): Promise<void> {
  if (!args) return;
  const uri = vscode.Uri.parse(args.uri);
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === args.uri) ?? (await vscode.workspace.openTextDocument(uri));
  const editor = await vscode.window.showTextDocument(document, { preserveFocus: false, preview: true });
  const range = toRange(document, args);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
