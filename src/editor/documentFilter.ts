/**
 * Which documents ClaimLens analyses: by language, by glob pattern or on
 * request, and only under the size limit.
 */
import * as vscode from 'vscode';
import type { Settings } from './config';
import { documentLength } from './positions';

const MB = 1024 * 1024;
/** Schemes of editor-internal documents that are never articles. */
const IGNORED_SCHEMES = new Set(['output', 'git', 'vscode-scm', 'comment', 'debug']);

/** Whether a document is an article to analyse: its language, a glob, or the user asked (`forced`). */
export function isArticle(document: vscode.TextDocument, settings: Settings, forced: boolean): boolean {
  if (IGNORED_SCHEMES.has(document.uri.scheme)) return false;
  if (forced || settings.languages.includes(document.languageId)) return true;
  return settings.include.some((pattern) => vscode.languages.match({ pattern }, document) > 0);
}

/** The size note for a document over `claimlens.maxFileSizeMB`, or undefined when it may be analysed. */
export function overSizeLimit(document: vscode.TextDocument, settings: Settings): { sizeMB: number; limitMB: number } | undefined {
  const sizeMB = documentLength(document) / MB;
  return sizeMB > settings.maxFileSizeMB ? { sizeMB, limitMB: settings.maxFileSizeMB } : undefined;
}
