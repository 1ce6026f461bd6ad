/**
 * The manual annotations of every article: loaded from its sidecar on first
 * need, merged with the analysis (the manual decision wins), changed by the
 * edit commands with undo, and saved back atomically. Replaces the in-memory
 * status overrides: the document watcher asks it to `apply` them.
 */
import * as vscode from 'vscode';
import {
  applyEdit, createHistory, mergeFindings, parseSidecar, reanchor, record, serializeSidecar, undo, undoLabel,
  type AnnotationSet, type History, type ManualAnnotation, type ManualEdit, type MergedView,
} from '../annotations';
import { viewAsAnalysis } from '../annotations/as-analysis';
import { mergeRemovals, rebaseHistory, removalsBetween, sameDecisions, type Removals } from '../annotations/disk-merge';
import type { Analysis } from '../core';
import { fsErrorText } from './atomicWrite';
import type { Notices } from './notices';
import { backupSidecar, moveSidecar, readSidecar, relativeArticlePath, SIDECAR_DIR, sidecarUri, writeSidecar } from './sidecarFiles';

interface ArticleState {
  uri: vscode.Uri;
  history: History;
  loaded: Promise<void>;
  /** Undefined for a file outside every workspace folder: kept in memory only. */
  sidecar?: vscode.Uri;
  /** Why the sidecar must not be written (a newer format, an unreadable file). */
  blocked?: string;
  raw?: Analysis;
  text?: string;
  view?: MergedView;
  /** The sidecar's text as this window last read or wrote it: anything else on disk came from another writer. */
  lastWritten?: string;
  /** The annotations of `lastWritten`: the base when merging another writer's changes. */
  synced: AnnotationSet;
  /** Annotations removed lately, by this window or another: written to the sidecar for the other windows. */
  removed: Removals;
  /** Set while the file on disk, changed by another writer, does not parse (caught half-written, or a merge conflict): it is not written over. */
  unreadable?: boolean;
  saving: Promise<void>;
}

/** Whether files may be written: the workspace's trust, replaceable in tests. */
export type TrustCheck = () => boolean;

export class ManualAnnotations implements vscode.Disposable {
  private readonly states = new Map<string, ArticleState>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** Fires with an article whose annotations changed. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly notices: Notices, private readonly trusted: TrustCheck = () => vscode.workspace.isTrusted) {
    this.disposables.push(
      vscode.workspace.onDidRenameFiles((e) => { void this.followRenames(e.files); }),
      // Saving the article refreshes the anchors' positions and context in the sidecar.
      vscode.workspace.onDidSaveTextDocument((d) => {
        const state = this.states.get(d.uri.toString());
        if (state && state.lastWritten !== undefined) this.persist(state);
      }),
    );
    // A sidecar changed by git or by hand is read again; our own writes are recognised and skipped.
    const files = vscode.workspace.createFileSystemWatcher(`**/${SIDECAR_DIR}/**/*.json`);
    this.disposables.push(files, files.onDidChange((uri) => this.reread(uri)), files.onDidCreate((uri) => this.reread(uri)));
  }

  private stateFor(uri: vscode.Uri): ArticleState {
    const key = uri.toString();
    let state = this.states.get(key);
    if (!state) {
      const created: ArticleState = { uri, history: createHistory([]), loaded: Promise.resolve(), sidecar: sidecarUri(uri), saving: Promise.resolve(), synced: [], removed: {} };
      created.loaded = this.load(created).then(() => { if (created.history.present.length) this.changed.fire(created.uri); });
      this.states.set(key, created);
      state = created;
    }
    return state;
  }

  /** Resolves once the article's sidecar has been read (or found missing, damaged or too new). */
  ready(uri: vscode.Uri): Promise<void> {
    return this.stateFor(uri).loaded;
  }

  /** Resolves once every pending save of the article has finished. */
  async saved(uri: vscode.Uri): Promise<void> {
    const state = this.states.get(uri.toString());
    if (!state) return;
    await state.loaded;
    await state.saving;
  }

  /** The analysis of `text` with the article's manual decisions applied. */
  apply(uri: vscode.Uri, raw: Analysis, text: string): Analysis {
    const state = this.stateFor(uri);
    state.raw = raw;
    state.text = text;
    state.view = mergeFindings(raw, state.history.present, text);
    return viewAsAnalysis(raw, state.view);
  }

  /** The merged view last applied to the article: origin, notes, dismissed and orphaned items. */
  view(uri: vscode.Uri): MergedView | undefined {
    return this.states.get(uri.toString())?.view;
  }

  /** The article's manual annotations now. */
  annotations(uri: vscode.Uri): AnnotationSet {
    return this.states.get(uri.toString())?.history.present ?? [];
  }

  /** The text the last merge saw, to which edit targets refer. */
  textOf(uri: vscode.Uri): string | undefined {
    return this.states.get(uri.toString())?.text;
  }

  /** What undo would revert in the article, if anything. */
  undoLabel(uri: vscode.Uri): string | undefined {
    const state = this.states.get(uri.toString());
    return state && undoLabel(state.history);
  }

  /** The annotations as they were before the change undo would revert, to tell what it touched. */
  beforeLastChange(uri: vscode.Uri): AnnotationSet | undefined {
    return this.states.get(uri.toString())?.history.past.at(-1)?.annotations;
  }

  /** Applies one edit to the article (on the text its findings came from) and saves. */
  async edit(uri: vscode.Uri, edit: ManualEdit, label: string): Promise<boolean> {
    const state = this.stateFor(uri);
    await state.loaded;
    if (state.text === undefined) return false;
    const next = applyEdit(state.history.present, edit, state.text, new Date().toISOString());
    this.commit(state, next, label);
    return true;
  }

  /** Adds imported annotations as one undoable change. */
  async add(uri: vscode.Uri, annotations: readonly ManualAnnotation[], label: string): Promise<void> {
    const state = this.stateFor(uri);
    await state.loaded;
    this.commit(state, [...state.history.present, ...annotations], label);
  }

  /** Reverts the article's last change; returns its label, or undefined when there was none. */
  async undo(uri: vscode.Uri): Promise<string | undefined> {
    const state = this.stateFor(uri);
    await state.loaded;
    const label = undoLabel(state.history);
    if (label === undefined) return undefined;
    state.history = undo(state.history);
    this.changed.fire(state.uri);
    this.persist(state);
    return label;
  }

  private commit(state: ArticleState, next: AnnotationSet, label: string): void {
    state.history = record(state.history, next, label);
    this.changed.fire(state.uri);
    this.persist(state);
  }

  private async load(state: ArticleState): Promise<void> {
    const file = state.sidecar;
    if (!file) return;
    let text: string | undefined;
    try {
      text = await readSidecar(file);
    } catch (e) {
      state.blocked = `the annotation file ${vscode.workspace.asRelativePath(file)} could not be read (${fsErrorText(e)})`;
      void this.notices.show('error', `${state.blocked}. It is left as it is; changes are kept in memory only.`);
      return;
    }
    if (text === undefined) return;
    const parsed = parseSidecar(text);
    if (parsed.ok) {
      state.history = createHistory(parsed.sidecar.annotations);
      state.lastWritten = text;
      state.synced = parsed.sidecar.annotations;
      state.removed = parsed.sidecar.removed ?? {};
      return;
    }
    const where = vscode.workspace.asRelativePath(file);
    if (parsed.error === 'newer-version') {
      state.blocked = `${where} was written by a newer ClaimLens`;
      void this.notices.show('error', `${parsed.message} (${where})`);
      return;
    }
    state.history = createHistory(parsed.salvaged);
    await this.repair(state, file, text, `${parsed.message} (${where})`);
  }

  /**
   * Takes in a sidecar changed outside this window (another window, git),
   * merged with what this window has; writes the merge back when it holds
   * something the file lacks.
   */
  private reread(file: vscode.Uri): void {
    const state = [...this.states.values()].find((s) => s.sidecar?.toString() === file.toString());
    if (!state || state.blocked) return;
    // In line with the saves: a read overtaken by a save of ours would look like another writer taking it back.
    state.saving = state.saving.then(() => state.loaded).then(async () => {
      if (state.blocked) return;
      const text = await readSidecar(file).catch(() => undefined);
      if (text === undefined || text === state.lastWritten || !this.takeIn(state, text)) return;
      if (!sameDecisions(state.history.present, state.synced)) this.persist(state);
    });
  }

  /**
   * Merges the sidecar's text on disk, changed by another writer, into every
   * state of the article's history (so that undo takes back only this
   * window's changes). Returns false when it cannot be read: then it is
   * not overwritten, and read again when it changes.
   */
  private takeIn(state: ArticleState, text: string): boolean {
    const parsed = parseSidecar(text);
    if (!parsed.ok) {
      const where = state.sidecar ? vscode.workspace.asRelativePath(state.sidecar) : state.uri.path;
      // Probably half-way through a change (a write, a merge): keep what is in memory, write nothing until it reads whole.
      if (!state.unreadable) void this.notices.show('warning', `${parsed.message} (${where}, changed outside ClaimLens; perhaps still being written). Your annotations in memory are kept and the file is not written until it can be read again; it is read again whenever it changes.`);
      state.unreadable = true;
      return false;
    }
    state.unreadable = false;
    const theirs = parsed.sidecar.annotations;
    const theirsRemoved = parsed.sidecar.removed ?? {};
    const before = state.history.present;
    state.history = rebaseHistory(state.history, state.synced, theirs, { ours: state.removed, theirs: theirsRemoved });
    state.removed = mergeRemovals(state.removed, theirsRemoved, state.history.present);
    state.synced = theirs;
    state.lastWritten = text;
    if (!sameDecisions(before, state.history.present)) this.changed.fire(state.uri);
    return true;
  }

  /** Backs a damaged sidecar up beside itself, then writes what was recovered in its place. */
  private async repair(state: ArticleState, file: vscode.Uri, damaged: string, message: string): Promise<void> {
    if (!this.trusted()) {
      state.blocked = 'the workspace is in restricted mode';
      void this.notices.show('warning', `${message} Restricted mode: the file is left as it is.`);
      return;
    }
    try {
      const backup = await backupSidecar(file);
      void this.notices.show('warning', `${message} The damaged file was backed up as ${vscode.workspace.asRelativePath(backup)}.`);
    } catch (e) {
      state.blocked = `the damaged file ${vscode.workspace.asRelativePath(file)} could not be backed up`;
      void this.notices.show('error', `${message} It could not be backed up (${fsErrorText(e)}), so it is left as it is; changes are kept in memory only.`);
      return;
    }
    // Backed up, so the save may replace it: it is no change of another writer's to merge.
    state.lastWritten = damaged;
    this.persist(state);
  }

  /** Queues a save of the article's sidecar, unless it must not or need not be written. */
  private persist(state: ArticleState): void {
    if (!state.sidecar) {
      this.notices.showOnce(`outside:${state.uri.toString()}`, 'info', `${state.uri.path.split('/').pop()} is outside the workspace folders: its annotations are kept in memory until VS Code closes.`);
      return;
    }
    if (state.blocked) {
      this.notices.showOnce(`blocked:${state.uri.toString()}`, 'warning', `Your change is kept in memory only: ${state.blocked}.`);
      return;
    }
    if (!this.trusted()) {
      this.notices.showOnce('restricted', 'info', 'Restricted mode: your annotations are kept in memory and not written to disk. Trust the workspace to save them.');
      return;
    }
    const file = state.sidecar;
    state.saving = state.saving.then(async () => {
      // Another window may have written since: merge its changes in rather than write over them.
      const onDisk = await readSidecar(file).catch(() => undefined);
      if (onDisk !== undefined && onDisk !== state.lastWritten && !this.takeIn(state, onDisk)) return;
      const now = new Date().toISOString();
      this.touchReturned(state, now);
      const present = state.history.present;
      const removed = mergeRemovals(state.removed, removalsBetween(state.synced, present, now), present);
      const current = vscode.workspace.textDocuments.find((d) => d.uri.toString() === state.uri.toString());
      const text = current?.getText() ?? state.text;
      const annotations = text === undefined ? [...present] : reanchor(present, text);
      const content = serializeSidecar({ document: relativeArticlePath(state.uri), annotations, removed });
      if (content === state.lastWritten) return;
      try {
        await writeSidecar(file, content);
        state.lastWritten = content;
        state.synced = annotations;
        state.removed = removed;
      } catch (e) {
        void this.notices.show('error', `could not save the annotations to ${vscode.workspace.asRelativePath(file)} (${fsErrorText(e)}); they are kept in memory.`);
      }
    });
  }

  /**
   * Dates an annotation that is back after its removal was recorded (a redo,
   * an undone restore) to now, so that other windows take it as new rather
   * than as a stale copy of the removed one.
   */
  private touchReturned(state: ArticleState, now: string): void {
    const returned = (a: ManualAnnotation) => { const at = state.removed[a.id]; return at !== undefined && at >= (a.updated ?? ''); };
    if (!state.history.present.some(returned)) return;
    state.history = { ...state.history, present: state.history.present.map((a) => (returned(a) ? { ...a, updated: now } : a)) };
  }

  /** Moves sidecars (and in-memory state) along with renamed or moved articles and folders. */
  private async followRenames(files: readonly { oldUri: vscode.Uri; newUri: vscode.Uri }[]): Promise<void> {
    for (const { oldUri, newUri } of files) {
      const under = (key: string, root: string) => key === root || key.startsWith(`${root}/`);
      const moved = new Set<string>();
      for (const [key, state] of [...this.states]) {
        if (!under(key, oldUri.toString())) continue;
        await state.saving;
        const uri = vscode.Uri.parse(newUri.toString() + key.slice(oldUri.toString().length));
        this.states.delete(key);
        this.states.set(uri.toString(), { ...state, uri, sidecar: sidecarUri(uri), loaded: Promise.resolve(), lastWritten: undefined });
        moved.add(uri.toString());
      }
      if (this.trusted()) {
        try {
          await moveSidecar(oldUri, newUri);
        } catch (e) {
          void this.notices.show('error', `could not move the annotations of ${vscode.workspace.asRelativePath(oldUri)} (${fsErrorText(e)}); they stay in ${vscode.workspace.asRelativePath(sidecarUri(oldUri) ?? oldUri)}.`);
        }
      }
      for (const [key, state] of [...this.states]) {
        if (!under(key, newUri.toString())) continue;
        if (moved.has(key)) {
          if (state.history.present.length) this.persist(state);
        } else {
          // Opened under its new name before the sidecar moved: read it again.
          this.states.delete(key);
        }
        this.changed.fire(state.uri);
      }
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
