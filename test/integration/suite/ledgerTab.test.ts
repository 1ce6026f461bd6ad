/** The claim ledger opens in an editor tab (a webview panel), not in the narrow side bar; showing it again brings the same tab forward. */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { api, closeAll, waitFor } from './helpers';

const ledgerTabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('claimlens.ledger'));

describe('ledger tab', () => {
  after(closeAll);

  it('opens the ledger as an editor tab, once', async () => {
    await closeAll();
    const { view } = (await api()).ledger;
    await vscode.commands.executeCommand('claimlens.showLedger');
    const tab = await waitFor(() => {
      const active = vscode.window.tabGroups.activeTabGroup.activeTab;
      return active && ledgerTabs().includes(active) ? active : undefined;
    }, 'the ledger as the active editor tab');
    assert.equal(tab.label, 'Claim Ledger');
    await waitFor(() => view.visible && view.lastShown, 'the ledger rendered in the tab', 60_000);
    await vscode.commands.executeCommand('claimlens.showLedger');
    assert.equal(ledgerTabs().length, 1, 'showing it again reuses the tab');
  });
});
