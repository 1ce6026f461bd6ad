/**
 * The status bar entry of the active article: counts per status, or a note
 * when the file is over the size limit or ClaimLens is switched off for it. A click focuses the ClaimLens panel.
 */
import * as vscode from 'vscode';
import { COMMANDS } from '../commands/ids';
import type { ActiveArticle } from '../views/activeArticle';
import { offStatus } from './scopeStatus';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('claimlens.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly active: ActiveArticle) {
    this.item.name = 'ClaimLens';
    this.disposables.push(active.onDidChange(() => this.update()));
    this.update();
  }

  /** The text shown, for tests. */
  get text(): string | undefined {
    return this.active.state ? this.item.text : undefined;
  }

  private update(): void {
    const state = this.active.state;
    if (!state) {
      this.item.hide();
      return;
    }
    if (state.result.kind === 'too-large') {
      const { sizeMB, limitMB } = state.result;
      this.item.text = `$(warning) ClaimLens: not analysed (${sizeMB.toFixed(1)} MB)`;
      this.item.tooltip = `This file is larger than claimlens.maxFileSizeMB (${limitMB} MB), so ClaimLens does not analyse it. Click to change the limit.`;
      this.item.command = { command: 'workbench.action.openSettings', title: 'Open Settings', arguments: ['claimlens.maxFileSizeMB'] };
      this.item.accessibilityInformation = { label: `ClaimLens: file too large to analyse, ${sizeMB.toFixed(1)} megabytes` };
    } else if (state.result.kind === 'off') {
      const off = offStatus(state.result.reason);
      [this.item.text, this.item.tooltip, this.item.command] = [off.text, off.tooltip, off.command];
      this.item.accessibilityInformation = { label: off.label };
    } else {
      const counts = { confirmed: 0, alleged: 0, denied: 0 };
      for (const c of state.result.analysis.claims) counts[c.status]++;
      this.item.text = `$(pass) ${counts.confirmed} $(question) ${counts.alleged} $(circle-slash) ${counts.denied}`;
      this.item.tooltip = `ClaimLens: ${counts.confirmed} confirmed, ${counts.alleged} alleged, ${counts.denied} denied. Click to open the Claims panel.`;
      this.item.command = COMMANDS.focusPanel;
      this.item.accessibilityInformation = { label: `ClaimLens: ${counts.confirmed} confirmed, ${counts.alleged} alleged, ${counts.denied} denied claims` };
    }
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
