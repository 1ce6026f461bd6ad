/**
 * Gathers what the exports need for an article: its text, the merged view
 * of its analysis and manual annotations, its workspace-relative name and IRI.
 * An open, analysed article is taken as shown; any other is read and analysed.
 */
import * as vscode from 'vscode';
import { mergeFindings } from '../annotations';
import { analyze } from '../core';
import { exportBaseUrl } from '../commands/exportFolder';
import { analyzerOptions, readSettings } from '../editor/config';
import { articleIri } from '../export/article-iri';
import type { ExportArticle } from '../export/formats';
import type { ManualAnnotations } from './manualAnnotations';
import { relativeArticlePath } from './sidecarFiles';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** The article's name in exports: its workspace-relative path, else its file name. */
export function exportName(uri: vscode.Uri): string {
  return relativeArticlePath(uri) ?? uri.path.split('/').pop() ?? uri.toString();
}

/** The article's IRI in exports: its workspace-relative path, under `claimlens.export.baseUrl` when set; never a local absolute path. */
export function exportIri(uri: vscode.Uri): string {
  return articleIri(exportName(uri), exportBaseUrl(uri));
}

/** The article as exported now, from what the editor shows; undefined when it is not analysed. */
export function shownArticle(annotations: ManualAnnotations, uri: vscode.Uri): ExportArticle | undefined {
  const view = annotations.view(uri);
  const text = annotations.textOf(uri);
  if (!view || text === undefined) return undefined;
  return { file: exportName(uri), iri: exportIri(uri), text, view };
}

/** The article read from disk (or its open editor), analysed with its settings and merged with its sidecar. */
export async function loadArticle(annotations: ManualAnnotations, uri: vscode.Uri): Promise<ExportArticle> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  const shown = shownArticle(annotations, uri);
  if (shown && (!open || open.getText() === shown.text)) return shown;
  const text = open?.getText() ?? decoder.decode(await vscode.workspace.fs.readFile(uri));
  const settings = readSettings(uri);
  const language = open?.languageId ?? (/\.(md|markdown)$/i.test(uri.path) ? 'markdown' : 'plaintext');
  const raw = analyze(text, analyzerOptions(settings, language));
  await annotations.ready(uri);
  return { file: exportName(uri), iri: exportIri(uri), text, view: mergeFindings(raw, annotations.annotations(uri), text) };
}
