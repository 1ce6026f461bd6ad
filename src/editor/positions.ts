/**
 * The one place where core offsets (UTF-16 code units) become editor
 * positions and ranges, always through `document.positionAt`.
 */
import * as vscode from 'vscode';
import type { Span } from '../core';

/** The editor range of a span of the document's text. */
export function toRange(document: vscode.TextDocument, span: Pick<Span, 'start' | 'end'>): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

/** The offset of a position in the document's text. */
export function toOffset(document: vscode.TextDocument, position: vscode.Position): number {
  return document.offsetAt(position);
}

/** 1-based line number of an offset, for labels. */
export function lineOf(document: vscode.TextDocument, offset: number): number {
  return document.positionAt(offset).line + 1;
}

/** Length of the document's text, without copying it. */
export function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}
