/**
 * `claimlens.importAnnotations`: loads an exported JSON or Web Annotation
 * file onto the active article, matching each entry by its anchors, as one
 * undoable change; reports how many attached and lists the others.
 */
import * as vscode from 'vscode';
import { importAnnotations as importFile } from '../annotations';
import { fsErrorText } from '../annotations-editor/atomicWrite';
import type { ManualAnnotations } from '../annotations-editor/manualAnnotations';

/** Arguments from the API or tests: the article and the file to import. */
export interface ImportArgs {
  uri?: string;
  file?: string;
}

/** What an import did, for the API and tests. */
export interface ImportSummary {
  attached: number;
  unattached: string[];
}

const decoder = new TextDecoder('utf-8');

export async function importAnnotations(annotations: ManualAnnotations, log: vscode.OutputChannel, args: ImportArgs = {}): Promise<ImportSummary | undefined> {
  const uri = args.uri ? vscode.Uri.parse(args.uri) : vscode.window.activeTextEditor?.document.uri;
  const text = uri && annotations.textOf(uri);
  if (!uri || text === undefined) {
    void vscode.window.showInformationMessage('ClaimLens: open the analysed article to import annotations onto it.');
    return undefined;
  }
  const file = args.file
    ? vscode.Uri.parse(args.file)
    : (await vscode.window.showOpenDialog({ title: 'Import annotations onto this article', canSelectMany: false, filters: { 'ClaimLens JSON or Web Annotation': ['json', 'jsonld'] }, openLabel: 'Import' }))?.[0];
  if (!file) return undefined;
  let content: string;
  try {
    content = decoder.decode(await vscode.workspace.fs.readFile(file));
  } catch (e) {
    void vscode.window.showErrorMessage(`ClaimLens: could not read ${file.fsPath} (${fsErrorText(e)}).`);
    return undefined;
  }
  const articleName = uri.path.split('/').pop();
  const result = importFile(content, text, { existingIds: annotations.annotations(uri).map((a) => a.id), articleName });
  if (!result.ok) {
    void vscode.window.showErrorMessage(`ClaimLens: ${result.message}`);
    return undefined;
  }
  if (result.annotations.length) await annotations.add(uri, result.annotations, 'import');
  const unattached = result.unattached.map((u) => `${u.kind}: “${u.text || '(no text)'}” — ${u.reason === 'text-not-found' ? 'its text is not in this article' : 'the entry could not be read'}`);
  const name = file.path.split('/').pop();
  const others = result.otherArticles ? `, ${result.otherArticles} entries of other articles left out` : '';
  log.appendLine(`Import of ${name} onto ${vscode.workspace.asRelativePath(uri)}: ${result.attached} attached, ${unattached.length} not attached, ${result.skipped} automatic findings skipped${others}.`);
  for (const line of unattached) log.appendLine(`  not attached: ${line}`);
  const message = `imported ${name}: ${result.attached} attached, ${unattached.length} not attached.`;
  if (unattached.length) {
    void vscode.window.showWarningMessage(`ClaimLens: ${message}`, 'Show Unattached').then((a) => { if (a) log.show(true); });
  } else {
    void vscode.window.showInformationMessage(`ClaimLens: ${message}`);
  }
  return { attached: result.attached, unattached };
}
