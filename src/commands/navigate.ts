/** `claimlens.nextClaim` and `claimlens.previousClaim`: move the selection claim by claim, wrapping around. */
import * as vscode from 'vscode';
import type { Claim } from '../core';
import { toOffset, toRange } from '../editor/positions';
import type { ActiveArticle } from '../views/activeArticle';

/** The claim starting after (or before) an offset, wrapping at the ends; claims must be in text order. */
export function neighbour(claims: readonly Claim[], offset: number, direction: 1 | -1): Claim | undefined {
  if (claims.length === 0) return undefined;
  if (direction === 1) return claims.find((c) => c.start > offset) ?? claims[0];
  for (let i = claims.length - 1; i >= 0; i--) if (claims[i].start < offset) return claims[i];
  return claims[claims.length - 1];
}

export function gotoClaim(active: ActiveArticle, direction: 1 | -1): void {
  const editor = vscode.window.activeTextEditor;
  const analysis = active.analysis;
  if (!editor || !analysis || active.state?.document !== editor.document) return;
  const claims = [...analysis.claims].sort((a, b) => a.start - b.start);
  const target = neighbour(claims, toOffset(editor.document, editor.selection.start), direction);
  if (!target) return;
  const range = toRange(editor.document, target);
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
