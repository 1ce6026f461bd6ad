/**
 * The tree item of one claim, shared by the Claims and Sources trees: its
 * text, source and line, a status icon that differs in shape, and a click that
 * reveals it in the editor.
 */
import * as vscode from 'vscode';
import { marksOf } from '../annotations/as-analysis';
import type { Analysis, Claim, Status } from '../core';
import { COMMANDS } from '../commands/ids';
import { statusLabel } from '../editor/categories';
import { MANUAL_MARK } from '../editor/hover';
import { escapeMarkdown } from '../editor/markdownText';
import { lineOf } from '../editor/positions';
import { sourceChainText } from '../editor/sourceChain';

/** Arguments of `claimlens.revealClaim`. */
export interface RevealArgs {
  uri: string;
  start: number;
  end: number;
}

const ICONS: Record<Status, string> = { confirmed: 'pass', alleged: 'question', denied: 'circle-slash' };

/** A codicon per status, coloured by the status's theme colour. */
export function statusIcon(status: Status): vscode.ThemeIcon {
  return new vscode.ThemeIcon(ICONS[status], new vscode.ThemeColor(`claimlens.${status}Claim`));
}

function shorten(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The tree item of a claim in a document. */
export function claimItem(document: vscode.TextDocument, claim: Claim, analysis: Analysis): vscode.TreeItem {
  const item = new vscode.TreeItem(shorten(claim.text), vscode.TreeItemCollapsibleState.None);
  const source = sourceChainText(claim, analysis) ?? 'article';
  const line = lineOf(document, claim.start);
  const marks = marksOf(claim);
  const manual = marks.origin === 'manual';
  item.id = `${document.uri.toString()}#${claim.start}-${claim.end}`;
  // The pen comes first so a reviewed claim stands out in a long list.
  item.description = `${manual ? '✎ ' : ''}${source} · line ${line}${marks.note ? ' · note' : ''}`;
  item.iconPath = statusIcon(claim.status);
  const tooltip = new vscode.MarkdownString(`**${statusLabel(claim.status)}**${manual ? ` · ${MANUAL_MARK}` : ''} · line ${line}\n\n`);
  tooltip.appendMarkdown(`${escapeMarkdown(claim.text)}\n\n${escapeMarkdown(claim.explanation)}`);
  if (marks.note) tooltip.appendMarkdown(`\n\n**Your note:** ${escapeMarkdown(marks.note)}`);
  item.tooltip = tooltip;
  item.accessibilityInformation = { label: `${claim.status} claim${manual ? ', set by you' : ''}, ${source}, line ${line}: ${shorten(claim.text, 200)}` };
  item.contextValue = manual ? 'claim.manual' : 'claim';
  const args: RevealArgs = { uri: document.uri.toString(), start: claim.start, end: claim.end };
  item.command = { command: COMMANDS.revealClaim, title: 'Reveal Claim', arguments: [args] };
  return item;
}
