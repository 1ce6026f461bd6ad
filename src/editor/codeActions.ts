/**
 * Quick fixes on findings (the light bulb, Ctrl+.), as LTeX, cSpell and Vale
 * offer them: the fixes of src/editor/quickFixPlan.ts, each running an
 * existing annotation command, or inserting an ignore comment above the line.
 */
import * as vscode from 'vscode';
import { attributionSpan } from '../annotations';
import type { ManualAnnotations } from '../annotations-editor/manualAnnotations';
import type { DocumentWatcher } from './documentWatcher';
import { toOffset } from './positions';
import { ignoreCommentLine, quickFixes, type FindingAtCursor } from './quickFixPlan';

const touches = (f: { start: number; end: number }, from: number, to: number) => f.start <= to && from <= f.end;

export class FindingCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(private readonly watcher: DocumentWatcher, private readonly annotations: ManualAnnotations) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range | vscode.Selection, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (context.only && !vscode.CodeActionKind.QuickFix.intersects(context.only)) return [];
    const result = this.watcher.get(document.uri);
    const view = this.annotations.view(document.uri);
    // Offsets are only valid for the text the findings came from.
    if (result?.kind !== 'analysed' || result.version !== document.version || !view) return [];
    const from = toOffset(document, range.start);
    const to = toOffset(document, range.end);
    const findings: FindingAtCursor[] = [
      ...view.claims.map((c): FindingAtCursor => ({ kind: 'claim', start: c.start, end: c.end, text: c.text, status: c.status, note: c.note })),
      ...view.hedges.map((h): FindingAtCursor => ({ kind: 'hedge', start: h.start, end: h.end, text: h.text, note: h.note })),
      ...view.attributions.map((a): FindingAtCursor => ({ kind: 'attribution', ...attributionSpan(a), text: `${a.source.text} … ${a.cue.text}`, note: a.note })),
    ].filter((f) => touches(f, from, to));
    return quickFixes(document.uri.toString(), findings).map((fix) => {
      const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
      if ('command' in fix) {
        action.command = { title: fix.title, command: fix.command, arguments: [fix.args] };
      } else {
        const line = document.positionAt(fix.start).line;
        const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
        action.edit = new vscode.WorkspaceEdit();
        action.edit.insert(document.uri, new vscode.Position(line, 0), ignoreCommentLine(fix.disable, document.lineAt(line).text, eol));
      }
      return action;
    });
  }
}
