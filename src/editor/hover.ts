/**
 * Hover on a highlighted span: the claim's status, its source chain, the cue
 * and hedges that decided it, the core's explanation and links that set the
 * status. Article text is appended as escaped text; the only commands the
 * Markdown may run are ours.
 */
import * as vscode from 'vscode';
import { STATUSES, type Analysis, type Claim, type Span, type Status } from '../core';
import { COMMANDS } from '../commands/ids';
import { statusLabel } from './categories';
import type { DocumentWatcher } from './documentWatcher';
import { escapeMarkdown } from './markdownText';
import { toOffset, toRange } from './positions';
import { sourceChainText, sourceLabel } from './sourceChain';

/** Arguments of `claimlens.setStatus` as the hover links pass them. */
export interface SetStatusArgs {
  uri: string;
  start: number;
  status: Status;
}

const covers = (s: Pick<Span, 'start' | 'end'>, offset: number) => s.start <= offset && offset <= s.end;

function quoted(md: vscode.MarkdownString, text: string): void {
  md.appendMarkdown(`“${escapeMarkdown(text.trim())}”`);
}

function setStatusLink(uri: vscode.Uri, claim: Claim, status: Status): string {
  const args: SetStatusArgs = { uri: uri.toString(), start: claim.start, status };
  return `[${statusLabel(status)}](command:${COMMANDS.setStatus}?${encodeURIComponent(JSON.stringify([args]))} "Mark this claim ${status}")`;
}

/** The hover text of one claim. */
export function claimMarkdown(uri: vscode.Uri, claim: Claim, analysis: Analysis): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', false);
  md.isTrusted = { enabledCommands: [COMMANDS.setStatus] };
  md.appendMarkdown(`**${statusLabel(claim.status)} claim** · ClaimLens\n\n`);
  const chain = sourceChainText(claim, analysis);
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
  md.appendMarkdown('\n\n---\n\nSet status: ');
  md.appendMarkdown(STATUSES.filter((s) => s !== claim.status).map((s) => setStatusLink(uri, claim, s)).join(' · '));
  return md;
}

/** Hover lines for a hedge, source or cue under the pointer. */
function spanMarkdown(analysis: Analysis, offset: number): vscode.MarkdownString | undefined {
  const md = new vscode.MarkdownString('', false);
  for (const h of analysis.hedges.filter((x) => covers(x, offset))) {
    md.appendMarkdown('**Hedge** ');
    quoted(md, h.text);
    md.appendMarkdown(` — ${h.category}  \n`);
  }
  for (const a of analysis.attributions) {
    if (covers(a.source, offset)) {
      md.appendMarkdown(`**Source** (${a.source.kind}): `);
      md.appendMarkdown(escapeMarkdown(sourceLabel(a.source)));
      md.appendMarkdown('  \n');
    }
    if (covers(a.cue, offset)) {
      md.appendMarkdown('**Cue** ');
      quoted(md, a.cue.text);
      md.appendMarkdown(` — ${a.cue.kind}  \n`);
    }
  }
  return md.value ? md : undefined;
}

export class ClaimHoverProvider implements vscode.HoverProvider {
  constructor(private readonly watcher: DocumentWatcher) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const result = this.watcher.get(document.uri);
    if (result?.kind !== 'analysed' || result.version !== document.version) return undefined;
    const { analysis } = result;
    const offset = toOffset(document, position);
    const parts: vscode.MarkdownString[] = [];
    const span = spanMarkdown(analysis, offset);
    if (span) parts.push(span);
    const claims = analysis.claims.filter((c) => covers(c, offset));
    for (const claim of claims) parts.push(claimMarkdown(document.uri, claim, analysis));
    if (parts.length === 0) return undefined;
    const range = claims.length ? toRange(document, claims[0]) : undefined;
    return new vscode.Hover(parts, range);
  }
}
