/**
 * The Claims view: groups Confirmed / Alleged / Denied with counts, each claim
 * with its source and line. Follows the active editor, reveals the claim under
 * the cursor, and filters by status and by source.
 */
import * as vscode from 'vscode';
import { attributionSpan, type DismissedFinding, type OrphanedAnnotation } from '../annotations';
import type { ManualAnnotations } from '../annotations-editor/manualAnnotations';
import type { FindingArgs } from '../commands/findingTarget';
import { STATUSES, type Claim, type Status } from '../core';
import { CONTEXT, VIEWS } from '../commands/ids';
import { statusLabel } from '../editor/categories';
import { toOffset } from '../editor/positions';
import { attributionChain, sourceName } from '../editor/sourceChain';
import type { ActiveArticle } from './activeArticle';
import { claimItem, statusIcon } from './claimItem';
import { manualItem } from './manualItems';

/** A node of the Claims tree: a status group or a claim in it, or the findings you dismissed and the annotations that no longer attach. */
export type ClaimsNode =
  | { kind: 'group'; status: Status; count: number }
  | { kind: 'claim'; claim: Claim; parent: ClaimsNode }
  | { kind: 'manualGroup'; which: 'dismissed' | 'orphaned'; count: number }
  | { kind: 'dismissed'; finding: DismissedFinding; restore: FindingArgs; parent: ClaimsNode }
  | { kind: 'orphaned'; orphan: OrphanedAnnotation; parent: ClaimsNode };

/** The filter the user chose; an empty `statuses` set means all. */
export interface ClaimsFilter {
  statuses: Set<Status>;
  source?: string;
}

export class ClaimsTree implements vscode.TreeDataProvider<ClaimsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ClaimsNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly view: vscode.TreeView<ClaimsNode>;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private groups: ClaimsNode[] = [];
  private children = new Map<Status, ClaimsNode[]>();
  private manualChildren = new Map<'dismissed' | 'orphaned', ClaimsNode[]>();
  private filter: ClaimsFilter = { statuses: new Set() };

  constructor(private readonly active: ActiveArticle, private readonly annotations?: ManualAnnotations) {
    this.view = vscode.window.createTreeView(VIEWS.claims, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      active.onDidChange(() => this.rebuild()),
      vscode.window.onDidChangeTextEditorSelection((e) => this.followCursor(e)),
    );
    this.rebuild();
  }

  /** Current filter (a copy). */
  get currentFilter(): ClaimsFilter {
    return { statuses: new Set(this.filter.statuses), source: this.filter.source };
  }

  /** Replaces the filter and redraws. */
  setFilter(filter: ClaimsFilter): void {
    this.filter = filter;
    const parts = [...filter.statuses].map(statusLabel);
    if (filter.source) parts.push(`source “${filter.source}”`);
    this.view.message = parts.length ? `Showing only: ${parts.join(', ')}` : undefined;
    void vscode.commands.executeCommand('setContext', CONTEXT.filtered, parts.length > 0);
    this.rebuild();
  }

  /** The names of the sources of the active article's claims, for the source filter. */
  sourceNames(): string[] {
    const analysis = this.active.analysis;
    if (!analysis) return [];
    const names = analysis.claims.flatMap((c) => attributionChain(c, analysis).map((a) => sourceName(a.source)));
    return [...new Set(names)].sort();
  }

  /** The claim node at an offset of the active article, if shown. */
  nodeAt(offset: number): ClaimsNode | undefined {
    for (const nodes of this.children.values()) {
      const hit = nodes.find((n) => n.kind === 'claim' && n.claim.start <= offset && offset < n.claim.end);
      if (hit) return hit;
    }
    return undefined;
  }

  private passes(claim: Claim): boolean {
    if (this.filter.statuses.size && !this.filter.statuses.has(claim.status)) return false;
    if (!this.filter.source) return true;
    const analysis = this.active.analysis;
    return !!analysis && attributionChain(claim, analysis).some((a) => sourceName(a.source) === this.filter.source);
  }

  private rebuild(): void {
    const analysis = this.active.analysis;
    this.groups = [];
    this.children = new Map();
    if (analysis) {
      for (const status of STATUSES) {
        const group: ClaimsNode = { kind: 'group', status, count: 0 };
        const nodes: ClaimsNode[] = analysis.claims.filter((c) => c.status === status && this.passes(c)).map((claim) => ({ kind: 'claim', claim, parent: group }));
        group.count = nodes.length;
        this.groups.push(group);
        this.children.set(status, nodes);
      }
    }
    this.manualChildren = new Map();
    const document = this.active.state?.document;
    const view = analysis && document ? this.annotations?.view(document.uri) : undefined;
    if (view && document) {
      const dismissed: ClaimsNode = { kind: 'manualGroup', which: 'dismissed', count: view.dismissed.length };
      const orphaned: ClaimsNode = { kind: 'manualGroup', which: 'orphaned', count: view.orphaned.length };
      this.manualChildren.set('dismissed', view.dismissed.map((finding) => {
        const span = finding.kind === 'attribution' ? attributionSpan(finding.item) : finding.item;
        return { kind: 'dismissed', finding, restore: { uri: document.uri.toString(), kind: finding.kind, start: span.start, end: span.end }, parent: dismissed };
      }));
      this.manualChildren.set('orphaned', view.orphaned.map((orphan) => ({ kind: 'orphaned', orphan, parent: orphaned })));
      // Shown only when there is something in them: most articles have neither.
      for (const group of [dismissed, orphaned]) if (group.kind === 'manualGroup' && group.count > 0) this.groups.push(group);
    }
    const name = this.active.state?.document.uri.path.split('/').pop();
    this.view.description = name;
    this.changed.fire(undefined);
  }

  getChildren(node?: ClaimsNode): ClaimsNode[] {
    if (!node) return this.groups;
    if (node.kind === 'manualGroup') return this.manualChildren.get(node.which) ?? [];
    return node.kind === 'group' ? (this.children.get(node.status) ?? []) : [];
  }

  getParent(node: ClaimsNode): ClaimsNode | undefined {
    return 'parent' in node ? node.parent : undefined;
  }

  getTreeItem(node: ClaimsNode): vscode.TreeItem {
    const state = this.active.state;
    const analysis = this.active.analysis;
    if (node.kind === 'claim' && state && analysis) return claimItem(state.document, node.claim, analysis);
    if (node.kind === 'claim') return new vscode.TreeItem(node.claim.text);
    if (node.kind !== 'group') return manualItem(node);
    const item = new vscode.TreeItem(statusLabel(node.status), node.count ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    item.id = `group:${node.status}`;
    item.description = `${node.count}`;
    item.iconPath = statusIcon(node.status);
    item.contextValue = 'statusGroup';
    return item;
  }

  private followCursor(e: vscode.TextEditorSelectionChangeEvent): void {
    const state = this.active.state;
    if (!this.view.visible || !state || e.textEditor.document !== state.document) return;
    const node = this.nodeAt(toOffset(state.document, e.selections[0].active));
    if (node) void this.view.reveal(node, { select: true, focus: false }).then(undefined, () => undefined);
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
