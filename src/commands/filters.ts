/** `claimlens.filterByStatus`, `claimlens.filterBySource`, `claimlens.clearFilter`: the Claims view's filters. */
import * as vscode from 'vscode';
import { STATUSES } from '../core';
import { statusLabel } from '../editor/categories';
import type { ClaimsTree } from '../views/claimsTree';

export async function filterByStatus(tree: ClaimsTree): Promise<void> {
  const current = tree.currentFilter;
  const picked = await vscode.window.showQuickPick(
    STATUSES.map((status) => ({ label: statusLabel(status), status, picked: current.statuses.has(status) })),
    { canPickMany: true, placeHolder: 'Show claims with these statuses (none picked: all)' },
  );
  if (!picked) return;
  tree.setFilter({ ...current, statuses: new Set(picked.map((p) => p.status)) });
}

export async function filterBySource(tree: ClaimsTree): Promise<void> {
  const names = tree.sourceNames();
  if (names.length === 0) {
    void vscode.window.showInformationMessage('ClaimLens: this article attributes no claims to a source.');
    return;
  }
  const all = '$(clear-all) All sources';
  const picked = await vscode.window.showQuickPick([all, ...names], { placeHolder: 'Show the claims of one source' });
  if (picked === undefined) return;
  tree.setFilter({ ...tree.currentFilter, source: picked === all ? undefined : picked });
}

export function clearFilter(tree: ClaimsTree): void {
  tree.setFilter({ statuses: new Set() });
}
