/**
 * The manual edits a fact-checker makes from the hover, the Claims tree and
 * the palette: status, note, dismiss and restore, source, undo. Each acts
 * on the finding it is handed or the one under the cursor; arguments given
 * by the API skip the prompts.
 */
import * as vscode from 'vscode';
import { FINDING_KINDS, attributionSpan, type SourceInput, type Target } from '../annotations';
import type { ManualAnnotations } from '../annotations-editor/manualAnnotations';
import { STATUSES, type Status } from '../core';
import { statusLabel } from '../editor/categories';
import { locate, type FindingArgs, type FindingRef } from './findingTarget';
import { pickSource } from './pickSource';

const done = (message: string) => vscode.window.setStatusBarMessage(`ClaimLens: ${message}`, 4000);
const activeDocument = () => vscode.window.activeTextEditor?.document;

/** `claimlens.setStatus` arguments: a finding and, from a hover link, the status. */
export type SetStatusArgs = FindingArgs & { status?: Status };

export async function setStatus(annotations: ManualAnnotations, ref?: FindingRef | SetStatusArgs): Promise<void> {
  const found = await locate(annotations, ref, ['claim'], 'set the status of', activeDocument());
  if (!found) return;
  let status = ref && 'status' in ref && typeof ref.status === 'string' ? ref.status : undefined;
  if (!status) {
    const picked = await vscode.window.showQuickPick(
      STATUSES.map((s) => ({ label: statusLabel(s), status: s, description: s === found.status ? 'current' : undefined })),
      { placeHolder: 'Status of this claim' },
    );
    status = picked?.status;
  }
  if (!status || !STATUSES.includes(status)) return;
  if (await annotations.edit(found.uri, { type: 'set-status', target: found.target, status }, 'set status')) done(`marked ${status} by you`);
}

/** `claimlens.editNote` arguments: a finding and, from the API, the note. */
export type NoteArgs = FindingArgs & { note?: string };

export async function editNote(annotations: ManualAnnotations, ref?: FindingRef | NoteArgs): Promise<void> {
  const found = await locate(annotations, ref, FINDING_KINDS, 'annotate', activeDocument());
  if (!found) return;
  const note = ref && 'note' in ref && typeof ref.note === 'string'
    ? ref.note
    : await vscode.window.showInputBox({ title: `Note on this ${found.target.kind}`, value: found.note ?? '', prompt: 'An empty note removes it' });
  if (note === undefined) return;
  if (await annotations.edit(found.uri, { type: 'set-note', target: found.target, note }, note.trim() ? 'note' : 'remove note')) done(note.trim() ? 'note saved' : 'note removed');
}

export async function dismissFinding(annotations: ManualAnnotations, ref?: FindingRef): Promise<void> {
  const found = await locate(annotations, ref, FINDING_KINDS, 'dismiss', activeDocument());
  if (!found) return;
  if (await annotations.edit(found.uri, { type: 'dismiss', target: found.target }, `dismiss ${found.target.kind}`)) done(`${found.target.kind} dismissed (ClaimLens: Restore Dismissed Finding brings it back)`);
}

/** Restores a dismissed finding: the one named, or one picked from the article's dismissed list. */
export async function restoreFinding(annotations: ManualAnnotations, ref?: FindingArgs): Promise<void> {
  const uri = ref?.uri ? vscode.Uri.parse(ref.uri) : activeDocument()?.uri;
  const view = uri && annotations.view(uri);
  if (!uri || !view) return;
  const items = view.dismissed.map((d) => {
    const span = d.kind === 'attribution' ? attributionSpan(d.item) : { start: d.item.start, end: d.item.end };
    const text = d.kind === 'attribution' ? `${d.item.source.text} … ${d.item.cue.text}` : d.item.text;
    const target: Target = { kind: d.kind, ...span, annotationId: d.item.annotationId };
    return { label: text.replace(/\s+/g, ' ').slice(0, 100), description: d.kind, target };
  });
  let target = ref && items.find((i) => i.target.kind === (ref.kind ?? 'claim') && i.target.start === ref.start)?.target;
  if (!ref) {
    if (items.length === 0) {
      void vscode.window.showInformationMessage('ClaimLens: nothing is dismissed in this article.');
      return;
    }
    target = (await vscode.window.showQuickPick(items, { placeHolder: 'Restore which dismissed finding?' }))?.target;
  }
  if (target && (await annotations.edit(uri, { type: 'restore', target }, `restore ${target.kind}`))) done(`${target.kind} restored`);
}

/** `claimlens.changeSource` arguments from the API: the new source, or null for none. */
export type SourceArgs = FindingArgs & { source?: SourceInput | null };

export async function changeSource(annotations: ManualAnnotations, ref?: FindingRef | SourceArgs): Promise<void> {
  const found = await locate(annotations, ref, ['claim'], 'change the source of', activeDocument());
  const view = found && annotations.view(found.uri);
  if (!found || !view) return;
  const given = ref && 'source' in ref ? ref.source : undefined;
  const source = given !== undefined ? given : await pickSource(view, found.target.start, 'Source of this claim');
  if (source === undefined) return;
  if (await annotations.edit(found.uri, { type: 'set-source', target: found.target, source }, 'change source')) done(source ? `source set to ${source.text}` : 'source cleared');
}

/** Reverts the last annotation change of the article named (`{ uri }`) or of the active one. */
export async function undoAnnotation(annotations: ManualAnnotations, ref?: { uri: string }): Promise<void> {
  const uri = ref?.uri ? vscode.Uri.parse(ref.uri) : activeDocument()?.uri;
  if (!uri) return;
  const label = await annotations.undo(uri);
  if (label) done(`undone: ${label}`);
  else void vscode.window.showInformationMessage('ClaimLens: no annotation change to undo in this article.');
}
