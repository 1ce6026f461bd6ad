/** The Claims and Sources trees: groups with counts, items, reveal on click, filters, following the editor. */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { closeAll, openAnalysed, waitFor } from './helpers';

const resolved = async <T>(p: vscode.ProviderResult<T>): Promise<T> => (await p) as T;

describe('claims and sources trees', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('claimlens.clearFilter');
  });
  after(closeAll);

  it('groups the claims by status with counts', async () => {
    const { editor, claimlens } = await openAnalysed('harbour.article');
    const result = claimlens.resultFor(editor.document.uri);
    assert.ok(result?.kind === 'analysed');
    const tree = claimlens.claimsTree;
    const groups = await waitFor(async () => {
      const g = await resolved(tree.getChildren());
      return g && g.length === 3 ? g : undefined;
    }, 'three status groups');
    for (const group of groups) {
      assert.equal(group.kind, 'group');
      if (group.kind !== 'group') continue;
      const items = await resolved(tree.getChildren(group));
      const expected: number = result.analysis.claims.filter((c) => c.status === group.status).length;
      assert.equal(items?.length ?? 0, expected, `${group.status} claims`);
      const item = await resolved(tree.getTreeItem(group));
      assert.equal(item.description, String(expected));
    }
  });

  it('shows each claim with its source and line, and clicking it selects the claim', async () => {
    const { editor, claimlens } = await openAnalysed('harbour.article');
    const tree = claimlens.claimsTree;
    const groups = (await resolved(tree.getChildren())) ?? [];
    const nodes = (await Promise.all(groups.map(async (g) => (await resolved(tree.getChildren(g))) ?? []))).flat();
    const node = nodes[nodes.length - 1];
    assert.ok(node && node.kind === 'claim');
    const item = await resolved(tree.getTreeItem(node));
    const line = editor.document.positionAt(node.claim.start).line + 1;
    assert.match(String(item.description), new RegExp(`line ${line}$`));
    assert.ok(item.command, 'the item has a click command');
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    const start = editor.document.positionAt(node.claim.start);
    const end = editor.document.positionAt(node.claim.end);
    await waitFor(() => {
      const sel = vscode.window.activeTextEditor?.selection;
      return sel && sel.start.isEqual(start) && sel.end.isEqual(end);
    }, 'the selection on the claim');
  });

  it('reveals the claim under the cursor in the tree', async () => {
    const { editor, claimlens } = await openAnalysed('harbour.article');
    const result = claimlens.resultFor(editor.document.uri);
    assert.ok(result?.kind === 'analysed');
    await vscode.commands.executeCommand('claimlens.focusPanel');
    const view = claimlens.claimsTree.view;
    await waitFor(() => view.visible, 'the Claims view to be visible');
    await vscode.window.showTextDocument(editor.document, { preserveFocus: false });
    const claim = result.analysis.claims[Math.floor(result.analysis.claims.length / 2)];
    const inside = editor.document.positionAt(claim.start + 2);
    editor.selection = new vscode.Selection(inside, inside);
    await waitFor(() => view.selection.some((n) => n.kind === 'claim' && n.claim.start === claim.start), 'the tree item selected');
  });

  it('filters by status and by source', async () => {
    const { claimlens } = await openAnalysed('harbour.article');
    const tree = claimlens.claimsTree;
    tree.setFilter({ statuses: new Set(['denied']) });
    for (const g of (await resolved(tree.getChildren())) ?? []) {
      if (g.kind === 'group' && g.status !== 'denied') assert.equal(g.count, 0, `${g.status} hidden`);
    }
    const source = tree.sourceNames()[0];
    assert.ok(source, 'the fixture names a source');
    tree.setFilter({ statuses: new Set(), source });
    const groups = (await resolved(tree.getChildren())) ?? [];
    const total = groups.reduce((n, g) => n + (g.kind === 'group' ? g.count : 0), 0);
    assert.ok(total >= 1, `claims of ${source}`);
    assert.ok(tree.view.message?.includes(source), 'the view says it is filtered');
    await vscode.commands.executeCommand('claimlens.clearFilter');
    assert.equal(tree.view.message, undefined);
  });

  it('lists sources with their claims, and follows the active editor', async () => {
    const { claimlens } = await openAnalysed('harbour.article');
    const sources = (await resolved(claimlens.sourcesTree.getChildren())) ?? [];
    assert.ok(sources.length > 0);
    const first = sources[0];
    assert.ok(first.kind === 'source');
    const claims = (await resolved(claimlens.sourcesTree.getChildren(first))) ?? [];
    assert.equal(claims.length, first.claims.length);
    await openAnalysed('council.md');
    await waitFor(() => claimlens.claimsTree.view.description === 'council.md', 'the Claims view to follow the editor');
  });
});
