/**
 * Which finding an annotation command acts on: the one a hover link or the
 * API names, the Claims tree item it was invoked on, or the one under the
 * cursor (asking when several overlap there).
 */
import * as vscode from 'vscode';
import { attributionSpan, type FindingKind, type MergedView, type Target } from '../annotations';
import type { ManualAnnotations } from '../annotations-editor/manualAnnotations';
import type { Status } from '../core';
import { toOffset } from '../editor/positions';
import type { ClaimsNode } from '../views/claimsTree';

/** A finding as hover links and the API name it; `end` may be left out for a claim. */
export interface FindingArgs {
  uri: string;
  kind?: FindingKind;
  start: number;
  end?: number;
}

/** A finding found in an article, ready to go into an edit. */
export interface Located {
  uri: vscode.Uri;
  target: Target;
  /** The finding's text, for messages and prompts. */
  text: string;
  status?: Status;
  note?: string;
}

/** Anything a command may be handed: hover or API arguments, a tree node, or nothing. */
export type FindingRef = FindingArgs | ClaimsNode | undefined;

const isNode = (ref: FindingRef): ref is ClaimsNode => !!ref && 'kind' in ref && (ref.kind === 'claim' || ref.kind === 'group') && !('uri' in ref);

/** Every active finding of the view, as candidates. */
function candidates(uri: vscode.Uri, view: MergedView): Located[] {
  return [
    ...view.claims.map((c): Located => ({ uri, target: { kind: 'claim', start: c.start, end: c.end, annotationId: c.annotationId }, text: c.text, status: c.status, note: c.note })),
    ...view.hedges.map((h): Located => ({ uri, target: { kind: 'hedge', start: h.start, end: h.end, annotationId: h.annotationId }, text: h.text, note: h.note })),
    ...view.attributions.map((a): Located => {
      const span = attributionSpan(a);
      return { uri, target: { kind: 'attribution', start: span.start, end: span.end, annotationId: a.annotationId }, text: `${a.source.text} … ${a.cue.text}`, note: a.note };
    }),
  ];
}

function byArgs(annotations: ManualAnnotations, args: FindingArgs): Located | undefined {
  const uri = vscode.Uri.parse(args.uri);
  const view = annotations.view(uri);
  if (!view) return undefined;
  const kind = args.kind ?? 'claim';
  return candidates(uri, view).find((c) => c.target.kind === kind && c.target.start === args.start && (args.end === undefined || c.target.end === args.end));
}

function byNode(annotations: ManualAnnotations, node: ClaimsNode, document: vscode.TextDocument | undefined): Located | undefined {
  if (node.kind !== 'claim' || !document) return undefined;
  return byArgs(annotations, { uri: document.uri.toString(), kind: 'claim', start: node.claim.start, end: node.claim.end });
}

async function atCursor(annotations: ManualAnnotations, kinds: readonly FindingKind[], verb: string): Promise<Located | undefined> {
  const editor = vscode.window.activeTextEditor;
  const view = editor && annotations.view(editor.document.uri);
  if (!editor || !view) {
    void vscode.window.showInformationMessage('ClaimLens: open an analysed article first.');
    return undefined;
  }
  const offset = toOffset(editor.document, editor.selection.active);
  const hits = candidates(editor.document.uri, view).filter((c) => kinds.includes(c.target.kind) && c.target.start <= offset && offset <= c.target.end);
  if (hits.length === 0) {
    void vscode.window.showInformationMessage(`ClaimLens: put the cursor on a ${kinds.join(', ')} to ${verb} it.`);
    return undefined;
  }
  if (hits.length === 1) return hits[0];
  const picked = await vscode.window.showQuickPick(
    hits.map((h) => ({ label: h.text.replace(/\s+/g, ' ').slice(0, 100), description: h.target.kind, hit: h })),
    { placeHolder: `Which finding do you want to ${verb}?` },
  );
  return picked?.hit;
}

/** The finding `ref` names, or the one at the cursor when `ref` is empty. */
export function locate(annotations: ManualAnnotations, ref: FindingRef, kinds: readonly FindingKind[], verb: string, activeDocument?: vscode.TextDocument): Promise<Located | undefined> | Located | undefined {
  if (isNode(ref)) return byNode(annotations, ref, activeDocument);
  if (ref && typeof ref === 'object' && typeof ref.uri === 'string') {
    const found = byArgs(annotations, ref);
    return found && kinds.includes(found.target.kind) ? found : undefined;
  }
  return atCursor(annotations, kinds, verb);
}
