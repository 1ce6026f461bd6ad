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
import { attributionSpan, type FindingKind, type ManualMarks, type MergedClaim } from '../annotations';
import type { ManualAnnotations } from '../annotations-editor/manualAnnotations';
import { STATUSES, type Analysis, type Claim, type Span, type Status } from '../core';
import { COMMANDS } from '../commands/ids';
import { statusLabel } from './categories';
import type { DocumentWatcher } from './documentWatcher';
import { escapeMarkdown } from './markdownText';
import { toOffset, toRange } from './positions';
import { sourceChainText, sourceLabel } from './sourceChain';
import { changedAnnotationIds } from './undoScope';

/** The commands hover links may run. */
export const HOVER_COMMANDS = [COMMANDS.setStatus, COMMANDS.editNote, COMMANDS.dismissFinding, COMMANDS.undoAnnotation];

/** The marker of a manual decision, in hovers and trees. */
export const MANUAL_MARK = '✎ set by you';

const covers = (s: Pick<Span, 'start' | 'end'>, offset: number) => s.start <= offset && offset <= s.end;

function quoted(md: vscode.MarkdownString, text: string): void {
  md.appendMarkdown(`“${escapeMarkdown(text.trim())}”`);
}

function link(label: string, command: string, args: unknown, title: string): string {
  return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify([args]))} "${title}")`;
}

function trusted(): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  md.isTrusted = { enabledCommands: HOVER_COMMANDS };
  return md;
}

/** The finding links shared by claims, hedges and attributions: note, dismiss. */
function findingLinks(uri: vscode.Uri, kind: FindingKind, span: { start: number; end: number }, marks: ManualMarks | undefined): string[] {
  const args = { uri: uri.toString(), kind, start: span.start, end: span.end };
  return [
    link(marks?.note ? '$(note) Edit note' : '$(note) Add note', COMMANDS.editNote, args, `Add or edit your note on this ${kind}`),
    link('$(close) Dismiss', COMMANDS.dismissFinding, args, `Dismiss this ${kind} as a false finding`),
  ];
}

/** The undo link, offered only when the article's last annotation change was to this finding. */
function undoLink(uri: vscode.Uri, annotations: ManualAnnotations, annotationId: string | undefined): string[] {
  const label = annotations.undoLabel(uri);
  const before = annotations.beforeLastChange(uri);
  if (!label || !before || annotationId === undefined) return [];
  if (!changedAnnotationIds(before, annotations.annotations(uri)).has(annotationId)) return [];
  return [link(`$(discard) Undo ${label}`, COMMANDS.undoAnnotation, { uri: uri.toString() }, 'Undo your last change, which was to this claim')];
}

/** Longest claim quoted in full in a hover; longer ones are cut with an ellipsis. */
const QUOTE_LIMIT = 280;

function appendNote(md: vscode.MarkdownString, marks: ManualMarks | undefined): void {
  if (marks?.note) md.appendMarkdown(`\n\n**Your note:** ${escapeMarkdown(marks.note)}`);
}

/** The hover text of one claim; `merged` carries its manual side. */
export function claimMarkdown(uri: vscode.Uri, claim: Claim, analysis: Analysis, merged?: MergedClaim, annotations?: ManualAnnotations): vscode.MarkdownString {
  const md = trusted();
  const manual = merged?.origin === 'manual' ? ` · ${MANUAL_MARK}` : '';
  md.appendMarkdown(`**${statusLabel(claim.status)} claim**${manual} · ClaimLens\n\n`);
  const text = claim.text.trim();
  quoted(md, text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT - 1)}…` : text);
  md.appendMarkdown('\n\n');
  const chain = merged?.source && merged.origin === 'manual' && merged.source.start === undefined ? merged.source.text : sourceChainText(claim, analysis);
  md.appendMarkdown('**Source:** ');
  if (chain) md.appendMarkdown(escapeMarkdown(chain));
  else md.appendMarkdown('the article itself');
  md.appendMarkdown('  \n');
  const attribution = claim.attribution === undefined ? undefined : analysis.attributions[claim.attribution];
  if (attribution) {
    md.appendMarkdown('**Cue:** ');
    quoted(md, attribution.cue.text);
    md.appendMarkdown(` (${attribution.cue.kind}${attribution.quoted ? ', direct quotation' : ''})  \n`);
  }
  const hedges = claim.hedges.map((i) => analysis.hedges[i]).filter((h) => h !== undefined);
  if (hedges.length) {
    md.appendMarkdown('**Hedges:** ');
    hedges.forEach((h, i) => {
      if (i > 0) md.appendMarkdown(', ');
      quoted(md, h.text);
      md.appendMarkdown(` (${h.category})`);
    });
    md.appendMarkdown('  \n');
  }
  md.appendMarkdown('\n');
  md.appendMarkdown(escapeMarkdown(claim.explanation));
  appendNote(md, merged);
  md.appendMarkdown('\n\n---\n\nSet status: ');
  md.appendMarkdown(STATUSES.filter((s) => s !== claim.status).map((s: Status) => link(statusLabel(s), COMMANDS.setStatus, { uri: uri.toString(), kind: 'claim', start: claim.start, end: claim.end, status: s }, `Mark this claim ${s}`)).join(' · '));
  md.appendMarkdown(`  \n${[...findingLinks(uri, 'claim', claim, merged), ...(annotations ? undoLink(uri, annotations, merged?.annotationId) : [])].join(' · ')}`);
  return md;
}

/** Hover lines for a hedge, source or cue under the pointer, with their own note and dismiss links. */
function spanMarkdown(uri: vscode.Uri, analysis: Analysis, offset: number): vscode.MarkdownString | undefined {
  const md = trusted();
  for (const h of analysis.hedges.filter((x) => covers(x, offset))) {
    const marks = h as Partial<ManualMarks>;
    md.appendMarkdown(`**Hedge**${marks.origin === 'manual' ? ` (${MANUAL_MARK})` : ''} `);
    quoted(md, h.text);
    md.appendMarkdown(` — ${h.category}`);
    appendNote(md, marks as ManualMarks);
    md.appendMarkdown(`  \n${findingLinks(uri, 'hedge', h, marks as ManualMarks).join(' · ')}  \n`);
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
      md.appendMarkdown('**Cue** ');
      quoted(md, a.cue.text);
      md.appendMarkdown(` — ${a.cue.kind}  \n`);
    }
    appendNote(md, marks as ManualMarks);
    md.appendMarkdown(`Attribution${marks.origin === 'manual' ? ` (${MANUAL_MARK})` : ''}: ${findingLinks(uri, 'attribution', attributionSpan(a), marks as ManualMarks).join(' · ')}  \n`);
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
