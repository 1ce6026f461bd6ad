/**
 * Paints the findings into every visible editor of an analysed document, one
 * decoration type per highlight, and remembers what it painted so tests (and
 * the API) can observe it the way a user sees it.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../core';
import { categoryOf, HIGHLIGHTS, type Highlight } from './categories';
import { affects, readSettings } from './config';
import { decorationStyles } from './decorationStyles';
import type { DisplayModeStore } from './displayModeStore';
import { shownCategories } from './displayModes';
import type { DocumentWatcher } from './documentWatcher';
import { toRange } from './positions';

/** Ranges per highlight, as painted. */
export type PaintedRanges = Record<Highlight, vscode.Range[]>;

function emptyRanges(): PaintedRanges {
  return { confirmed: [], alleged: [], denied: [], hedge: [], source: [], cue: [] };
}

/** Ranges of every highlight in an analysis, before the settings hide any. */
export function rangesOf(document: vscode.TextDocument, analysis: Analysis): PaintedRanges {
  const ranges = emptyRanges();
  for (const claim of analysis.claims) ranges[claim.status].push(toRange(document, claim));
  for (const hedge of analysis.hedges) ranges.hedge.push(toRange(document, hedge));
  for (const a of analysis.attributions) {
    ranges.source.push(toRange(document, a.source));
    ranges.cue.push(toRange(document, a.cue));
  }
  return ranges;
}

export class Decorations implements vscode.Disposable {
  private readonly types: Record<Highlight, vscode.TextEditorDecorationType>;
  private readonly painted = new Map<string, PaintedRanges>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(extensionUri: vscode.Uri, private readonly watcher: DocumentWatcher, private readonly display: DisplayModeStore) {
    const styles = decorationStyles(extensionUri);
    this.types = Object.fromEntries(HIGHLIGHTS.map((h) => [h, vscode.window.createTextEditorDecorationType(styles[h])])) as Record<Highlight, vscode.TextEditorDecorationType>;
    this.disposables.push(
      ...Object.values(this.types),
      watcher.onDidChange((uri) => this.paintDocument(uri)),
      display.onDidChange(() => vscode.window.visibleTextEditors.forEach((e) => this.paint(e))),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.paint(e))),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (affects(e, 'show')) vscode.window.visibleTextEditors.forEach((ed) => this.paint(ed));
      }),
    );
    vscode.window.visibleTextEditors.forEach((e) => this.paint(e));
  }

  /** What is currently painted in a document, per highlight (empty arrays when hidden or not analysed). */
  paintedIn(uri: vscode.Uri): PaintedRanges {
    return this.painted.get(uri.toString()) ?? emptyRanges();
  }

  private paintDocument(uri: vscode.Uri): void {
    const key = uri.toString();
    const editors = vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === key);
    if (editors.length === 0) this.painted.delete(key);
    editors.forEach((e) => this.paint(e));
  }

  private paint(editor: vscode.TextEditor): void {
    const document = editor.document;
    const result = this.watcher.get(document.uri);
    const show = shownCategories(this.display.mode, readSettings(document.uri).show);
    const ranges = result?.kind === 'analysed' ? rangesOf(document, result.analysis) : emptyRanges();
    for (const h of HIGHLIGHTS) {
      if (!show[categoryOf(h)]) ranges[h] = [];
      editor.setDecorations(this.types[h], ranges[h]);
    }
    this.painted.set(document.uri.toString(), ranges);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
