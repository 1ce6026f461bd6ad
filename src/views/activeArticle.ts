/**
 * The article in the active editor and its findings: what the trees and the
 * status bar show. Follows editor switches and new findings.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../core';
import { CONTEXT } from '../commands/ids';
import type { DocumentResult, DocumentWatcher } from '../editor/documentWatcher';

export interface ActiveState {
  document: vscode.TextDocument;
  result: DocumentResult;
}

export class ActiveArticle implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Fires when the active article or its findings change. */
  readonly onDidChange = this.changed.event;
  private current?: ActiveState;

  constructor(private readonly watcher: DocumentWatcher) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      watcher.onDidChange((uri) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active === uri.toString() || this.current?.document.uri.toString() === uri.toString()) this.update();
      }),
    );
    this.update();
  }

  /** The active article and its result, if ClaimLens tracks it. */
  get state(): ActiveState | undefined {
    return this.current;
  }

  /** The active article's findings, if it is analysed. */
  get analysis(): Analysis | undefined {
    return this.current?.result.kind === 'analysed' ? this.current.result.analysis : undefined;
  }

  private update(): void {
    const editor = vscode.window.activeTextEditor;
    const result = editor && this.watcher.get(editor.document.uri);
    this.current = editor && result ? { document: editor.document, result } : undefined;
    void vscode.commands.executeCommand('setContext', CONTEXT.active, this.current?.result.kind === 'analysed');
    this.changed.fire();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
