/**
 * Which documents ClaimLens analyses: by language, by glob pattern or on
 * request, and only under the size limit.
 */
import * as vscode from 'vscode';
import { firstMatch } from '../config/glob';
import type { Settings } from './config';
import { documentLength } from './positions';
import { relativePath } from './scope';

const MB = 1024 * 1024;
/** Schemes of editor-internal documents that are never articles. */
const IGNORED_SCHEMES = new Set(['output', 'git', 'vscode-scm', 'comment', 'debug']);

/**
 * Data files that VS Code opens as plain text when no extension claims them
 * (an exported CSV, a brat `.ann`): tables, not articles. A glob in
 * `claimlens.include` or the Analyse command still analyses them.
 */
const DATA_FILE = /\.(csv|tsv|ann|conf|ndjson|jsonl)$/i;

/**
 * Whether a document is an article to analyse: its language, a glob, or the
 * user asked (`forced`). Include globs match as VS Code's document selectors
 * do, or against the workspace-relative path (as in `.claimlens.json`).
 * Whether ClaimLens is switched off for it is the Scope's question.
 */
export function isArticle(document: vscode.TextDocument, settings: Settings, forced: boolean): boolean {
  if (IGNORED_SCHEMES.has(document.uri.scheme)) return false;
  if (forced) return true;
  if (settings.include.some((pattern) => vscode.languages.match({ pattern }, document) > 0)) return true;
  if (firstMatch(settings.include, relativePath(document.uri))) return true;
  return settings.languages.includes(document.languageId) && !DATA_FILE.test(document.uri.path);
}

/** The size note for a document over `claimlens.maxFileSizeMB`, or undefined when it may be analysed. */
export function overSizeLimit(document: vscode.TextDocument, settings: Settings): { sizeMB: number; limitMB: number } | undefined {
  const sizeMB = documentLength(document) / MB;
  return sizeMB > settings.maxFileSizeMB ? { sizeMB, limitMB: settings.maxFileSizeMB } : undefined;
}
