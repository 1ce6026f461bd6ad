/**
 * The Sources view: each source quoted in the active article (pronouns under
 * the name they stand for) with its claims and their statuses, then the
 * claims the article makes itself.
 */
import * as vscode from 'vscode';
import type { Claim } from '../core';
import { VIEWS } from '../commands/ids';
import { sourceName } from '../editor/sourceChain';
import type { ActiveArticle } from './activeArticle';
import { claimItem } from './claimItem';

/** A source with its claims, or one of those claims. */
export type SourcesNode = { kind: 'source'; name: string; claims: Claim[] } | { kind: 'claim'; claim: Claim };

/** Label of the group of claims without a source. */
export const ARTICLE_ITSELF = 'The article itself';

export class SourcesTree implements vscode.TreeDataProvider<SourcesNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SourcesNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<SourcesNode>;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private roots: SourcesNode[] = [];

  constructor(private readonly active: ActiveArticle) {
    this.view = vscode.window.createTreeView(VIEWS.sources, { treeDataProvider: this });
    this.disposables.push(this.view, active.onDidChange(() => this.rebuild()));
    this.rebuild();
  }

  private rebuild(): void {
    const analysis = this.active.analysis;
    const bySource = new Map<string, Claim[]>();
    const own: Claim[] = [];
    for (const claim of analysis?.claims ?? []) {
      const a = claim.attribution === undefined ? undefined : analysis?.attributions[claim.attribution];
      if (!a) {
        own.push(claim);
        continue;
      }
      const name = sourceName(a.source);
      bySource.set(name, [...(bySource.get(name) ?? []), claim]);
    }
    this.roots = [...bySource].sort((x, y) => y[1].length - x[1].length || x[0].localeCompare(y[0])).map(([name, claims]) => ({ kind: 'source', name, claims }));
    if (own.length) this.roots.push({ kind: 'source', name: ARTICLE_ITSELF, claims: own });
    this.changed.fire(undefined);
  }

  getChildren(node?: SourcesNode): SourcesNode[] {
    if (!node) return this.roots;
    return node.kind === 'source' ? node.claims.map((claim) => ({ kind: 'claim', claim })) : [];
  }

  getTreeItem(node: SourcesNode): vscode.TreeItem {
    const state = this.active.state;
    const analysis = this.active.analysis;
    if (node.kind === 'claim') return state && analysis ? claimItem(state.document, node.claim, analysis) : new vscode.TreeItem(node.claim.text);
    const item = new vscode.TreeItem(node.name, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `source:${node.name}`;
    const counts = (['confirmed', 'alleged', 'denied'] as const).map((s) => [s, node.claims.filter((c) => c.status === s).length] as const).filter(([, n]) => n > 0);
    item.description = counts.map(([s, n]) => `${n} ${s}`).join(', ');
    item.iconPath = new vscode.ThemeIcon(node.name === ARTICLE_ITSELF ? 'file-text' : 'person');
    item.contextValue = 'source';
    return item;
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
