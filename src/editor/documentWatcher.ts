/**
 * Keeps the findings of every visible article up to date: one Analyzer per
 * document (its block cache makes re-analysis incremental), re-analysis
 * debounced after edits, and block parsing done in short slices across event
 * loop ticks, so a large edit or paste never blocks the extension host for
 * long. The final assembly (document-level passes of the core) is one step.
 * Articles the Scope switches off get an `off` result with the reason, and
 * ignore comments in an article drop the findings they cover.
 */
import * as vscode from 'vscode';
import { Analyzer, type Analysis } from '../core';
import { applyIgnoreComments, maskIgnoreComments } from '../core/ignoreComments';
import { affects, analyzerOptions, type Settings } from './config';
import { isArticle, overSizeLimit } from './documentFilter';
import type { OffReason, Scope } from './scope';
import { analyseInSlices } from './slicing';
import type { ManualAnnotations } from '../annotations-editor/manualAnnotations';

/**
 * Assembling the findings is one synchronous step (the document-level passes
 * cannot be sliced); when it is slow, the pause after typing grows to twice
 * its duration, up to this, so that a fast typist is not interrupted by it.
 */
const MAX_DEBOUNCE_MS = 3000;

/** What ClaimLens knows about a document. */
export type DocumentResult =
  /** `analysis` has the manual decisions applied; `raw` is the analysis alone, of `text`. */
  | { kind: 'analysed'; version: number; analysis: Analysis; raw: Analysis; text: string }
  | { kind: 'too-large'; sizeMB: number; limitMB: number }
  /** An article ClaimLens is switched off for (setting, file switch or exclude glob): nothing is analysed. */
  | { kind: 'off'; reason: OffReason };

interface Tracked {
  analyzer: Analyzer;
  optionsKey: string;
  timer?: ReturnType<typeof setTimeout>;
  /** Bumped by every run; a run that sees a newer generation gives up. */
  generation: number;
  /** Duration of the last unsliceable assembly step, which stretches the debounce. */
  assemblyMs: number;
  result?: DocumentResult;
}

export class DocumentWatcher implements vscode.Disposable {
  private readonly tracked = new Map<string, Tracked>();
  /** Documents the user asked to analyse whatever their language. */
  private readonly forced = new Set<string>();
  /** Articles the Scope switches off, with the reason; never also tracked. */
  private readonly off = new Map<string, DocumentResult & { kind: 'off' }>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Fires when a document's result changes (new findings, size note, or cleared). */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly annotations: ManualAnnotations,
    private readonly scope: Scope,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && this.tracked.has(e.document.uri.toString())) this.schedule(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      // A language change closes and reopens the document: pick it up again.
      vscode.workspace.onDidOpenTextDocument(() => this.refreshVisible()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refreshVisible()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (affects(e, 'analysis') || affects(e, 'scope')) this.refreshVisible(true);
      }),
      annotations.onDidChange((uri) => this.republish(uri)),
      scope.onDidChange(() => this.refreshVisible(true)),
    );
    // Not before the workspace files are read: an article they exclude must not flash its findings.
    void scope.ready().then(() => this.refreshVisible());
  }

  /** The current result for a document, if it is tracked. */
  get(uri: vscode.Uri): DocumentResult | undefined {
    return this.tracked.get(uri.toString())?.result ?? this.off.get(uri.toString());
  }

  /** Whether a document is an article (its language, a glob, or the user's request), and if so whether the Scope switches it off. */
  private judge(document: vscode.TextDocument): 'none' | 'on' | OffReason {
    const forced = this.forced.has(document.uri.toString());
    if (!isArticle(document, this.settings(document.uri), forced)) return 'none';
    return this.scope.offReason(document.uri, forced) ?? 'on';
  }

  /** A document's settings, with the workspace file's lists added. */
  private settings(uri: vscode.Uri): Settings {
    return this.scope.settingsFor(uri);
  }

  /** Analyses a document now, whatever its language; resolves when its result is published. */
  async analyseNow(document: vscode.TextDocument): Promise<DocumentResult | undefined> {
    this.forced.add(document.uri.toString());
    await this.scope.ready();
    const verdict = this.judge(document);
    if (verdict !== 'on' && verdict !== 'none') {
      this.switchOff(document.uri.toString(), verdict);
      return this.get(document.uri);
    }
    const t = this.track(document, this.settings(document.uri));
    if (t.timer) clearTimeout(t.timer);
    t.timer = undefined;
    await this.run(document, t);
    return t.result;
  }

  /**
   * Re-checks the visible and tracked documents: starts the ones that now
   * qualify, forgets the ones that no longer do; `reset` re-runs all after a
   * settings change (the analyzer is rebuilt when its options changed).
   */
  private refreshVisible(reset = false): void {
    const candidates = new Map<string, vscode.TextDocument>();
    for (const editor of vscode.window.visibleTextEditors) candidates.set(editor.document.uri.toString(), editor.document);
    for (const document of vscode.workspace.textDocuments) {
      if (this.tracked.has(document.uri.toString())) candidates.set(document.uri.toString(), document);
    }
    for (const key of this.off.keys()) {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      if (document) candidates.set(key, document);
    }
    for (const [key, document] of candidates) {
      const verdict = this.judge(document);
      if (verdict === 'none') {
        this.drop(key);
        continue;
      }
      if (verdict !== 'on') {
        this.switchOff(key, verdict);
        continue;
      }
      const wasOff = this.off.delete(key);
      if (reset || wasOff || !this.tracked.get(key)?.result) this.schedule(document, 0);
    }
  }

  /** Forgets a document's findings and publishes why it is not analysed (once per change of reason). */
  private switchOff(key: string, reason: OffReason): void {
    const before = this.off.get(key);
    if (this.tracked.has(key)) this.drop(key);
    else if (before && JSON.stringify(before.reason) === JSON.stringify(reason)) return;
    this.off.set(key, { kind: 'off', reason });
    this.changed.fire(vscode.Uri.parse(key));
  }

  private track(document: vscode.TextDocument, settings: Settings): Tracked {
    const key = document.uri.toString();
    const options = analyzerOptions(settings, document.languageId);
    const optionsKey = JSON.stringify(options);
    let t = this.tracked.get(key);
    if (!t || t.optionsKey !== optionsKey) {
      if (t?.timer) clearTimeout(t.timer);
      t = { analyzer: new Analyzer(options), optionsKey, generation: (t?.generation ?? 0) + 1, assemblyMs: 0, result: t?.result };
      this.tracked.set(key, t);
    }
    return t;
  }

  private schedule(document: vscode.TextDocument, delay?: number): void {
    const settings = this.settings(document.uri);
    const t = this.track(document, settings);
    if (t.timer) clearTimeout(t.timer);
    t.generation++;
    t.timer = setTimeout(() => {
      t.timer = undefined;
      void this.run(document, t);
    }, delay ?? Math.max(settings.debounceMs, Math.min(MAX_DEBOUNCE_MS, 2 * t.assemblyMs)));
  }

  /** Checks the size, parses in slices, then assembles the findings and publishes them unless superseded. */
  private async run(document: vscode.TextDocument, t: Tracked): Promise<void> {
    const generation = ++t.generation;
    await this.scope.ready();
    if (generation !== t.generation) return;
    const verdict = this.judge(document);
    if (verdict !== 'on') {
      if (verdict === 'none') this.drop(document.uri.toString());
      else this.switchOff(document.uri.toString(), verdict);
      return;
    }
    const tooLarge = overSizeLimit(document, this.settings(document.uri));
    if (tooLarge) {
      t.result = { kind: 'too-large', ...tooLarge };
      this.changed.fire(document.uri);
      return;
    }
    const text = document.getText();
    const version = document.version;
    const stillWanted = () => generation === t.generation && !document.isClosed;
    // The analyzer reads the text with ignore-comment markers blanked; what they switch off is dropped after.
    const analysed = await analyseInSlices(t.analyzer, maskIgnoreComments(text), stillWanted, (kind, ms) => {
      if (kind === 'assemble') t.assemblyMs = ms;
    });
    if (!analysed) return;
    const raw = applyIgnoreComments(analysed, text);
    // The first result already carries the sidecar's decisions: no flash of the automatic statuses.
    await this.annotations.ready(document.uri);
    if (!stillWanted()) return;
    t.result = { kind: 'analysed', version, raw, text, analysis: this.annotations.apply(document.uri, raw, text) };
    this.changed.fire(document.uri);
  }

  private republish(uri: vscode.Uri): void {
    const t = this.tracked.get(uri.toString());
    if (t?.result?.kind !== 'analysed') return;
    t.result = { ...t.result, analysis: this.annotations.apply(uri, t.result.raw, t.result.text) };
    this.changed.fire(uri);
  }

  private forget(uri: vscode.Uri): void {
    this.forced.delete(uri.toString());
    this.drop(uri.toString());
  }

  private drop(key: string): void {
    if (this.off.delete(key)) this.changed.fire(vscode.Uri.parse(key));
    const t = this.tracked.get(key);
    if (!t) return;
    if (t.timer) clearTimeout(t.timer);
    t.generation++;
    this.tracked.delete(key);
    this.changed.fire(vscode.Uri.parse(key));
  }

  dispose(): void {
    for (const key of [...this.tracked.keys()]) this.drop(key);
    for (const d of this.disposables) d.dispose();
  }
}
