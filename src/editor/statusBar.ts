/**
 * The status bar entry of the active article: counts per status and, unless
 * everything is shown, the display mode; or a note when the file is over the
 * size limit or ClaimLens is switched off for it. A click on the counts opens
 * the display quick pick (claims only, everything, off, or the Claims panel).
 */
import * as vscode from 'vscode';
import { COMMANDS } from '../commands/ids';
import type { ActiveArticle } from '../views/activeArticle';
import type { DisplayModeStore } from './displayModeStore';
import { DISPLAY_MODE_LABELS } from './displayModes';
import { offStatus } from './scopeStatus';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('claimlens.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];

  constructor(private readonly active: ActiveArticle, private readonly display: DisplayModeStore) {
    this.item.name = 'ClaimLens';
    this.disposables.push(active.onDidChange(() => this.update()), display.onDidChange(() => this.update()));
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
      const mode = this.display.mode;
      const shown = DISPLAY_MODE_LABELS[mode];
      const badge = mode === 'everything' ? '' : ` $(${shown.icon})`;
      this.item.text = `$(pass) ${counts.confirmed} $(question) ${counts.alleged} $(circle-slash) ${counts.denied}${badge}`;
      this.item.tooltip = `ClaimLens: ${counts.confirmed} confirmed, ${counts.alleged} alleged, ${counts.denied} denied. Display: ${shown.label.toLowerCase()}. Click to choose what to display.`;
      this.item.command = COMMANDS.chooseDisplay;
      this.item.accessibilityInformation = { label: `ClaimLens: ${counts.confirmed} confirmed, ${counts.alleged} alleged, ${counts.denied} denied claims; display ${shown.label.toLowerCase()}` };
    }
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
