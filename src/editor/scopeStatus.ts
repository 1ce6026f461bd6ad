/**
 * What the status bar says for an article ClaimLens is switched off for: why,
 * and a click that switches it back on.
 */
import type * as vscode from 'vscode';
import { COMMANDS } from '../commands/ids';
import type { OffReason } from './scope';

export interface OffStatus {
  text: string;
  tooltip: string;
  command: vscode.Command | string;
  /** Read by screen readers instead of the icon codes. */
  label: string;
}

/** The status bar entry for an article that is not analysed, by reason. */
export function offStatus(reason: OffReason): OffStatus {
  switch (reason.kind) {
    case 'disabled':
      return reason.where === 'workspace'
        ? {
            text: '$(circle-slash) ClaimLens: off in this workspace',
            tooltip: 'ClaimLens is disabled in this workspace (setting claimlens.enable). Click to enable it.',
            command: COMMANDS.enableInWorkspace,
            label: 'ClaimLens is disabled in this workspace',
          }
        : {
            text: '$(circle-slash) ClaimLens: off',
            tooltip: 'ClaimLens is disabled in your user settings (claimlens.enable). Click to open the setting.',
            command: { command: 'workbench.action.openSettings', title: 'Open Settings', arguments: ['claimlens.enable'] },
            label: 'ClaimLens is disabled in your settings',
          };
    case 'file-disabled':
      return {
        text: '$(circle-slash) ClaimLens: off for this file',
        tooltip: 'You disabled ClaimLens for this file in this workspace. Click to enable it again.',
        command: COMMANDS.enableForFile,
        label: 'ClaimLens is disabled for this file',
      };
    case 'excluded':
      return {
        text: '$(circle-slash) ClaimLens: file excluded',
        tooltip: `This file matches “${reason.pattern}” of ${reason.from}, so ClaimLens does not analyse it. Click to analyse it anyway (Enable for this File).`,
        command: COMMANDS.enableForFile,
        label: `ClaimLens does not analyse this file: it matches ${reason.pattern} of ${reason.from}`,
      };
  }
}
