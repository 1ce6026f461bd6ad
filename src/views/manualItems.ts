/**
 * Tree items of the Claims view's two extra groups: the findings you
 * dismissed (restorable from the context menu) and the annotations whose
 * text was removed or rewritten, kept in the sidecar and listed here.
 */
import * as vscode from 'vscode';
import type { ClaimsNode } from './claimsTree';

type ManualNode = Exclude<ClaimsNode, { kind: 'group' } | { kind: 'claim' }>;

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The tree item of a dismissed finding, an orphaned annotation, or their group. */
export function manualItem(node: ManualNode): vscode.TreeItem {
  if (node.kind === 'manualGroup') {
    const dismissed = node.which === 'dismissed';
    const item = new vscode.TreeItem(dismissed ? 'Dismissed by you' : 'Not attached', vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `group:${node.which}`;
    item.description = `${node.count}`;
    item.iconPath = new vscode.ThemeIcon(dismissed ? 'eye-closed' : 'warning');
    item.tooltip = dismissed ? 'Findings you dismissed as false; right-click one to restore it.' : 'Your annotations whose text was removed or rewritten (another figure, other names): they do not follow a changed fact. They stay in the sidecar and re-attach if the text comes back.';
    item.contextValue = `manualGroup.${node.which}`;
    return item;
  }
  if (node.kind === 'dismissed') {
    const { finding } = node;
    const text = finding.kind === 'attribution' ? `${finding.item.source.text} … ${finding.item.cue.text}` : finding.item.text;
    const item = new vscode.TreeItem(flat(text).slice(0, 80), vscode.TreeItemCollapsibleState.None);
    item.description = finding.kind;
    item.iconPath = new vscode.ThemeIcon('circle-slash');
    item.tooltip = `Dismissed ${finding.kind}: ${flat(text)}`;
    item.contextValue = 'dismissed';
    return item;
  }
  const { annotation, reason } = node.orphan;
  const item = new vscode.TreeItem(flat(annotation.anchor.quote.exact).slice(0, 80) || '(empty)', vscode.TreeItemCollapsibleState.None);
  item.description = `${node.orphan.kind}${annotation.note ? ' · note' : ''}`;
  item.iconPath = new vscode.ThemeIcon('debug-disconnect');
  const why = reason === 'text-gone' ? 'its text was removed or rewritten' : 'the analysis no longer finds it';
  item.tooltip = `Not attached: ${why}.${annotation.note ? `\nYour note: ${annotation.note}` : ''}${annotation.status ? `\nYour status: ${annotation.status}` : ''}`;
  item.contextValue = 'orphaned';
  return item;
}
