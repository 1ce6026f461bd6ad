/**
 * The typed view of the `claimlens.*` settings, read in this one module.
 * Consumers ask `affects(event)` whether a configuration change concerns them.
 */
import * as vscode from 'vscode';
import type { AnalyzeOptions } from '../core';
import type { Category } from './categories';

export const SECTION = 'claimlens';

/** Everything ClaimLens reads from the settings, with defaults applied. */
export interface Settings {
  show: Record<Category, boolean>;
  extraHedges: string[];
  addedReportingVerbs: string[];
  removedReportingVerbs: string[];
  /** Largest file analysed, in MB (UTF-16 code units / 2^20, close to bytes for English). */
  maxFileSizeMB: number;
  debounceMs: number;
  languages: string[];
  include: string[];
  diagnostics: boolean;
  /** Named as the author of exported ClaimReviews and manual Web Annotations. */
  reviewerName: string;
  /** Master switch (`claimlens.enable`); false: no file is analysed. */
  enable: boolean;
  /** Globs of files never analysed, matched against the workspace-relative path. */
  exclude: string[];
}

/** `claimlens.exclude` when the user has not set it: project files that are not articles, and ClaimLens's own. */
export const DEFAULT_EXCLUDE = ['README*', 'CHANGELOG*', 'LICENSE*', '**/.claimlens/**'];

/** Reads the settings for a document (resource-scoped ones may differ by folder). */
export function readSettings(scope?: vscode.Uri): Settings {
  const c = vscode.workspace.getConfiguration(SECTION, scope);
  return {
    show: {
      claims: c.get<boolean>('show.claims', true),
      hedges: c.get<boolean>('show.hedges', true),
      sources: c.get<boolean>('show.sources', true),
      cues: c.get<boolean>('show.cues', true),
    },
    extraHedges: c.get<string[]>('hedges.extra', []),
    addedReportingVerbs: c.get<string[]>('reportingVerbs.added', []),
    removedReportingVerbs: c.get<string[]>('reportingVerbs.removed', []),
    maxFileSizeMB: c.get<number>('maxFileSizeMB', 2),
    debounceMs: c.get<number>('debounceMs', 250),
    languages: c.get<string[]>('languages', ['plaintext', 'markdown', 'claimlens-article']),
    include: c.get<string[]>('include', []),
    diagnostics: c.get<boolean>('diagnostics.enabled', false),
    reviewerName: c.get<string>('reviewer.name', ''),
    enable: c.get<boolean>('enable', true),
    exclude: c.get<string[]>('exclude', DEFAULT_EXCLUDE),
  };
}

/** Analyzer options for a document, from its settings and language. */
export function analyzerOptions(settings: Settings, languageId: string): AnalyzeOptions {
  return {
    markdown: languageId === 'markdown',
    extraHedges: settings.extraHedges,
    extraReportingVerbs: settings.addedReportingVerbs,
    removedReportingVerbs: settings.removedReportingVerbs,
  };
}

/** Setting groups, for `affects`. */
export type SettingGroup = 'show' | 'analysis' | 'scope' | 'diagnostics' | 'timing';

const GROUP_KEYS: Record<SettingGroup, string[]> = {
  show: ['show'],
  analysis: ['hedges', 'reportingVerbs'],
  scope: ['languages', 'include', 'maxFileSizeMB', 'enable', 'exclude', 'export.folder'],
  diagnostics: ['diagnostics'],
  timing: ['debounceMs'],
};

/** Whether a configuration change touches a group of ClaimLens settings. */
export function affects(e: vscode.ConfigurationChangeEvent, group: SettingGroup): boolean {
  return GROUP_KEYS[group].some((k) => e.affectsConfiguration(`${SECTION}.${k}`));
}

/** Switches a highlight category on or off in the user's settings. */
export async function setCategoryShown(category: Category, shown: boolean): Promise<void> {
  await vscode.workspace.getConfiguration(SECTION).update(`show.${category}`, shown, vscode.ConfigurationTarget.Global);
}
