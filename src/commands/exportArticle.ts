/**
 * `claimlens.exportArticle`: exports the active article (its findings with
 * your decisions) in a format picked from a list, to a file chosen in a save
 * dialog, then offers to open it. Tests and the API pass `format` and
 * `target` to skip the prompts.
 */
import * as vscode from 'vscode';
import { shownArticle } from '../annotations-editor/articleExport';
import { fsErrorText, writeFilesAtomic, type FileWrite } from '../annotations-editor/atomicWrite';
import type { ManualAnnotations } from '../annotations-editor/manualAnnotations';
import { readSettings } from '../editor/config';
import { EXPORT_FORMATS, FORMAT_INFO, renderArticle, type ExportFormat, type ExportOptions } from '../export/formats';
import { RefusedWriteError } from '../io/temp-files';
import { exportTarget, inputsToGuard, workspaceArticles } from './exportFolder';

/** Arguments from the API or tests. */
export interface ExportArgs {
  /** The article (default: the active editor's). */
  uri?: string;
  format?: ExportFormat;
  /** Where to write (default: ask with a save dialog). */
  target?: string;
  /** Cancels a workspace export as the notification's Cancel button does (for the API and tests). */
  cancel?: vscode.CancellationToken;
}

/** Asks for an export format. */
export async function pickFormat(title: string, formats: readonly ExportFormat[] = EXPORT_FORMATS): Promise<ExportFormat | undefined> {
  const picked = await vscode.window.showQuickPick(formats.map((f) => ({ label: FORMAT_INFO[f].label, detail: FORMAT_INFO[f].detail, format: f })), { title, placeHolder: 'Export format' });
  return picked?.format;
}

/** The reviewer and today's date for the JSON-LD formats. */
export function exportOptions(scope?: vscode.Uri): ExportOptions {
  const reviewer = readSettings(scope).reviewerName.trim();
  return { reviewer: reviewer || undefined, date: new Date().toISOString().slice(0, 10) };
}

/** The brat text copy's name: `<name>.txt` beside `<name>.ann`. */
export function textCopyUri(ann: vscode.Uri): vscode.Uri {
  return ann.with({ path: ann.path.replace(/\.ann$/i, '') + '.txt' });
}

/** Writes the files, never over one of `articles` or an open document, or reports why nothing was written; returns whether they were. */
export async function writeExport(files: FileWrite[], what: string, articles: readonly vscode.Uri[]): Promise<boolean> {
  try {
    await writeFilesAtomic(files, { inputs: inputsToGuard(articles) });
    return true;
  } catch (e) {
    const reason = e instanceof RefusedWriteError ? e.message : fsErrorText(e);
    void vscode.window.showErrorMessage(`ClaimLens: could not export ${what} to ${files[0].uri.fsPath} (${reason}). Nothing was written.`);
    return false;
  }
}

/** Tells where the export went, with an action that opens it. */
export function offerToOpen(target: vscode.Uri, message: string): void {
  void vscode.window.showInformationMessage(`ClaimLens: ${message}`, 'Open').then(async (action) => {
    if (action === 'Open') await vscode.window.showTextDocument(target, { preview: false });
  });
}

export async function exportArticle(annotations: ManualAnnotations, args: ExportArgs = {}): Promise<vscode.Uri | undefined> {
  const uri = args.uri ? vscode.Uri.parse(args.uri) : vscode.window.activeTextEditor?.document.uri;
  const article = uri && shownArticle(annotations, uri);
  if (!uri || !article) {
    void vscode.window.showInformationMessage('ClaimLens: open an analysed article to export it.');
    return undefined;
  }
  const format = args.format ?? (await pickFormat(`Export ${article.file}`));
  if (!format || !EXPORT_FORMATS.includes(format)) return undefined;
  const base = uri.path.split('/').pop()?.replace(/\.[^.]+$/, '') ?? 'article';
  const target = args.target
    ? vscode.Uri.parse(args.target)
    : await vscode.window.showSaveDialog({
      title: `Export ${article.file} as ${FORMAT_INFO[format].label}`,
      defaultUri: (await exportTarget(base + FORMAT_INFO[format].suffix, uri)) ?? vscode.Uri.joinPath(uri, '..', base + FORMAT_INFO[format].suffix),
      saveLabel: 'Export',
    });
  if (!target) return undefined;
  const rendered = renderArticle(format, article, exportOptions(uri));
  const files: FileWrite[] = [{ uri: target, content: rendered.content }];
  if (rendered.textCopy !== undefined) files.push({ uri: textCopyUri(target), content: rendered.textCopy });
  if (!(await writeExport(files, article.file, [uri, ...(await workspaceArticles())]))) return undefined;
  offerToOpen(target, `exported ${article.view.claims.length} claims of ${article.file} as ${FORMAT_INFO[format].label} to ${vscode.workspace.asRelativePath(target)}.`);
  return target;
}
