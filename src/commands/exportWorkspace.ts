/**
 * `claimlens.exportWorkspace`: exports every article of the workspace
 * folders (with your decisions) into one file, or for brat one `.ann` and
 * text copy per article in a folder, with progress and cancel. Cancelling
 * writes nothing.
 */
import * as vscode from 'vscode';
import { exportName, loadArticle } from '../annotations-editor/articleExport';
import type { FileWrite } from '../annotations-editor/atomicWrite';
import type { ManualAnnotations } from '../annotations-editor/manualAnnotations';
import { readSettings } from '../editor/config';
import { BRAT_CONFIG } from '../export/brat';
import { EXPORT_FORMATS, FORMAT_INFO, renderArticle, renderCombined, type ExportArticle } from '../export/formats';
import { exportOptions, offerToOpen, pickFormat, textCopyUri, writeExport, type ExportArgs } from './exportArticle';
import { exportTarget, workspaceArticles } from './exportFolder';

/** Reads and merges every article, or undefined when cancelled. Unreadable ones are skipped and listed. */
async function gather(annotations: ManualAnnotations, uris: readonly vscode.Uri[], token: vscode.CancellationToken, progress: vscode.Progress<{ message?: string; increment?: number }>): Promise<{ articles: ExportArticle[]; failed: string[] } | undefined> {
  const articles: ExportArticle[] = [];
  const failed: string[] = [];
  const limit = readSettings().maxFileSizeMB * 1024 * 1024;
  for (const uri of uris) {
    if (token.isCancellationRequested) return undefined;
    progress.report({ message: exportName(uri), increment: 100 / uris.length });
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > limit) failed.push(`${exportName(uri)} (over claimlens.maxFileSizeMB)`);
      else articles.push(await loadArticle(annotations, uri));
    } catch (e) {
      failed.push(`${exportName(uri)} (${e instanceof Error ? e.message : String(e)})`);
    }
    // Let the extension host breathe between articles.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { articles, failed };
}

/** A token cancelled when either is. */
function either(a: vscode.CancellationToken, b: vscode.CancellationToken): vscode.CancellationToken {
  return {
    get isCancellationRequested() { return a.isCancellationRequested || b.isCancellationRequested; },
    onCancellationRequested: (listener, thisArgs, disposables) => {
      const subs = [a.onCancellationRequested(listener, thisArgs), b.onCancellationRequested(listener, thisArgs)];
      const both = vscode.Disposable.from(...subs);
      disposables?.push(both);
      return both;
    },
  };
}

/** brat wants one file pair per text: the relative path flattened into the name, made unique (`a.md` and `a.txt` both flatten to `a`). */
export function bratNames(files: readonly string[]): string[] {
  const taken = new Set<string>();
  return files.map((file) => {
    const base = file.replace(/\.[^./]+$/, '').replace(/[/\\]/g, '__');
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}`;
    taken.add(name.toLowerCase());
    return name;
  });
}

function bratFiles(folder: vscode.Uri, articles: readonly ExportArticle[]): FileWrite[] {
  const files: FileWrite[] = [{ uri: vscode.Uri.joinPath(folder, 'annotation.conf'), content: BRAT_CONFIG }];
  const names = bratNames(articles.map((a) => a.file));
  for (const [i, a] of articles.entries()) {
    const ann = vscode.Uri.joinPath(folder, `${names[i]}.ann`);
    const rendered = renderArticle('brat', a);
    files.push({ uri: ann, content: rendered.content }, { uri: textCopyUri(ann), content: rendered.textCopy ?? a.text });
  }
  return files;
}

export async function exportWorkspace(annotations: ManualAnnotations, args: ExportArgs = {}): Promise<vscode.Uri | undefined> {
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!root) {
    void vscode.window.showInformationMessage('ClaimLens: open a folder to export its articles.');
    return undefined;
  }
  const format = args.format ?? (await pickFormat('Export all articles of the workspace'));
  if (!format || !EXPORT_FORMATS.includes(format)) return undefined;
  const target = args.target
    ? vscode.Uri.parse(args.target)
    : await vscode.window.showSaveDialog({
      title: `Export the workspace as ${FORMAT_INFO[format].label}${format === 'brat' ? ' (a folder of .ann and .txt files)' : ''}`,
      defaultUri: await exportTarget(format === 'brat' ? 'claimlens-brat' : `claimlens-workspace${FORMAT_INFO[format].suffix}`, root),
      saveLabel: 'Export',
    });
  if (!target) return undefined;
  const uris = await workspaceArticles();
  const gathered = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'ClaimLens: exporting the workspace', cancellable: true },
    (progress, token) => gather(annotations, uris, args.cancel ? either(token, args.cancel) : token, progress),
  );
  if (!gathered) {
    void vscode.window.showInformationMessage('ClaimLens: export cancelled; nothing was written.');
    return undefined;
  }
  const { articles, failed } = gathered;
  const options = exportOptions(root);
  const files = format === 'brat' ? bratFiles(target, articles) : [{ uri: target, content: renderCombined(format, articles, options, root.path.split('/').pop()) }];
  if (!(await writeExport(files, `${articles.length} articles`, uris))) return undefined;
  const skipped = failed.length ? ` Skipped ${failed.length}: ${failed.join('; ')}.` : '';
  const claims = articles.reduce((n, a) => n + a.view.claims.length, 0);
  const opened = format === 'brat' ? files[1]?.uri ?? files[0].uri : target;
  offerToOpen(opened, `exported ${claims} claims from ${articles.length} articles as ${FORMAT_INFO[format].label} to ${vscode.workspace.asRelativePath(target)}.${skipped}`);
  return target;
}
