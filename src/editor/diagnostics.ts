/**
 * Optional Problems-panel entries (setting `claimlens.diagnostics.enabled`,
 * off by default): findings are annotations, not errors, so they appear as
 * Information, and only when the user asks.
 */
import * as vscode from 'vscode';
import { affects, readSettings } from './config';
import type { DocumentWatcher } from './documentWatcher';
import { toRange } from './positions';

export class Diagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('claimlens');
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(private readonly watcher: DocumentWatcher) {
    this.disposables.push(
      watcher.onDidChange((uri) => this.update(uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!affects(e, 'diagnostics')) return;
        this.collection.clear();
        for (const d of vscode.workspace.textDocuments) this.update(d.uri);
      }),
    );
  }

  private update(uri: vscode.Uri): void {
    const result = this.watcher.get(uri);
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!document || result?.kind !== 'analysed' || !readSettings(uri).diagnostics) {
      this.collection.delete(uri);
      return;
    }
    this.collection.set(uri, result.analysis.claims.map((claim) => {
      const d = new vscode.Diagnostic(toRange(document, claim), `${claim.status} claim: ${claim.explanation}`, vscode.DiagnosticSeverity.Information);
      d.source = 'ClaimLens';
      d.code = claim.status;
      return d;
    }));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
