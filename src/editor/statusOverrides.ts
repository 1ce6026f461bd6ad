/**
 * Statuses a user set by hand through the hover links or the command. Kept in
 * memory for the session only: persisting them belongs to the next issue.
 * Keyed by the claim's text, so an override survives edits elsewhere.
 */
import * as vscode from 'vscode';
import type { Analysis, Status } from '../core';

export class StatusOverrides implements vscode.Disposable {
  private readonly byDocument = new Map<string, Map<string, Status>>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with the document whose overrides changed. */
  readonly onDidChange = this.changed.event;

  /** Sets the status of the claim with this text in a document. */
  set(uri: vscode.Uri, claimText: string, status: Status): void {
    const key = uri.toString();
    const map = this.byDocument.get(key) ?? new Map<string, Status>();
    map.set(claimText, status);
    this.byDocument.set(key, map);
    this.changed.fire(uri);
  }

  /** The analysis with the user's statuses in place of the computed ones. */
  apply(uri: vscode.Uri, analysis: Analysis): Analysis {
    const map = this.byDocument.get(uri.toString());
    if (!map || map.size === 0) return analysis;
    const claims = analysis.claims.map((c) => {
      const status = map.get(c.text);
      if (!status || status === c.status) return c;
      return { ...c, status, explanation: `Set to ${status} by you (this session only; the analysis said ${c.status}: ${c.explanation})` };
    });
    return { ...analysis, claims };
  }

  dispose(): void {
    this.changed.dispose();
  }
}
