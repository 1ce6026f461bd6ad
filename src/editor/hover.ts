/**
 * Hover on a highlighted span. It leads with the claim: its status (marked
 * when a person set it), the claim quoted, its source chain; then the cue and
 * hedges that decided it, the core's explanation, your note, and links that
 * set the status, edit the note, dismiss the finding and undo the last change
 * when that change was to this claim. The cross-article block (the ledger's)
 * follows, then the hedge, source or cue under the pointer. Article text is
 * appended as escaped text; the only commands the Markdown may run are ours.
 */
import * as vscode from 'vscode';
import { attributionSpan, type ManualMarks, type MergedClaim } from '../annotations';
import type { ManualAnnotations } from '../annotations-editor/manualAnnotations';
import type { Analysis, Claim, Span } from '../core';
import { COMMANDS } from '../commands/ids';
import type { DocumentWatcher } from './documentWatcher';
import { escapeMarkdown } from './markdownText';
import { toOffset, toRange } from './positions';
import { claimHoverMarkdown, findingLinks, MANUAL_MARK, noteMarkdown, quotedText } from './claimHoverText';
import { sourceLabel } from './sourceChain';
import { changedAnnotationIds } from './undoScope';

/** The commands hover links may run. */
export const HOVER_COMMANDS = [COMMANDS.setStatus, COMMANDS.editNote, COMMANDS.dismissFinding, COMMANDS.undoAnnotation];

export { MANUAL_MARK } from './claimHoverText';

const covers = (s: Pick<Span, 'start' | 'end'>, offset: number) => s.start <= offset && offset <= s.end;

function trusted(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: HOVER_COMMANDS };
  return md;
}

/** The label of the undo, when the article's last annotation change was to this finding. */
function scopedUndoLabel(uri: vscode.Uri, annotations: ManualAnnotations, annotationId: string | undefined): string | undefined {
  const label = annotations.undoLabel(uri);
  const before = annotations.beforeLastChange(uri);
  if (!label || !before || annotationId === undefined) return undefined;
  return changedAnnotationIds(before, annotations.annotations(uri)).has(annotationId) ? label : undefined;
}

/** The hover text of one claim; `merged` carries its manual side. */
export function claimMarkdown(uri: vscode.Uri, claim: Claim, analysis: Analysis, merged?: MergedClaim, annotations?: ManualAnnotations): vscode.MarkdownString {
  const md = trusted();
  const undoLabel = annotations && scopedUndoLabel(uri, annotations, merged?.annotationId);
  md.appendMarkdown(claimHoverMarkdown({ uri: uri.toString(), claim, analysis, merged, undoLabel }));
  return md;
}

/** Hover lines for a hedge, source or cue under the pointer, with their own note and dismiss links. */
function spanMarkdown(uri: vscode.Uri, analysis: Analysis, offset: number): vscode.MarkdownString | undefined {
  const md = trusted();
  for (const h of analysis.hedges.filter((x) => covers(x, offset))) {
    const marks = h as Partial<ManualMarks>;
    md.appendMarkdown(`**Hedge**${marks.origin === 'manual' ? ` (${MANUAL_MARK})` : ''} ${quotedText(h.text)}`);
    md.appendMarkdown(` — ${h.category}`);
    md.appendMarkdown(noteMarkdown(marks));
    md.appendMarkdown(`  \n${findingLinks(uri.toString(), 'hedge', h, marks).join(' · ')}  \n`);
  }
  for (const a of analysis.attributions) {
    const onSource = covers(a.source, offset);
    const onCue = covers(a.cue, offset);
    if (!onSource && !onCue) continue;
    const marks = a as Partial<ManualMarks>;
    if (onSource) {
      md.appendMarkdown(`**Source** (${a.source.kind}): `);
      md.appendMarkdown(escapeMarkdown(sourceLabel(a.source)));
      md.appendMarkdown('  \n');
    }
    if (onCue) {
      md.appendMarkdown(`**Cue** ${quotedText(a.cue.text)} — ${a.cue.kind}  \n`);
    }
    md.appendMarkdown(noteMarkdown(marks));
    md.appendMarkdown(`Attribution${marks.origin === 'manual' ? ` (${MANUAL_MARK})` : ''}: ${findingLinks(uri.toString(), 'attribution', attributionSpan(a), marks).join(' · ')}  \n`);
  }
  return md.value ? md : undefined;
}

/** The ledger's block for a claim, appended after the claim's own lines. */
export type CrossArticle = (document: vscode.TextDocument, analysis: Analysis, claim: Claim) => Promise<vscode.MarkdownString | undefined>;

export class ClaimHoverProvider implements vscode.HoverProvider {
  constructor(private readonly watcher: DocumentWatcher, private readonly annotations: ManualAnnotations, private readonly crossArticle?: CrossArticle) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const result = this.watcher.get(document.uri);
    if (result?.kind !== 'analysed' || result.version !== document.version) return undefined;
    const { analysis } = result;
    const view = this.annotations.view(document.uri);
    const offset = toOffset(document, position);
    const parts: vscode.MarkdownString[] = [];
    const claims = analysis.claims.filter((c) => covers(c, offset));
    for (const claim of claims) {
      const merged = view?.claims.find((c) => c.start === claim.start && c.end === claim.end);
      parts.push(claimMarkdown(document.uri, claim, analysis, merged, this.annotations));
      const elsewhere = await this.crossArticle?.(document, analysis, claim);
      if (elsewhere) parts.push(elsewhere);
    }
    const span = spanMarkdown(document.uri, analysis, offset);
    if (span) parts.push(span);
    if (parts.length === 0) return undefined;
    const range = claims.length ? toRange(document, claims[0]) : undefined;
    return new vscode.Hover(parts, range);
  }
}
