/** Commands: analyse a file of another language, toggle categories, next/previous claim, focus the panel. */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { api, closeAll, fixtureUri, openAnalysed, setSetting, waitFor } from './helpers';

describe('commands', () => {
  after(closeAll);

  it('are all registered', async () => {
    await api();
    const all = await vscode.commands.getCommands(true);
    const ours = (vscode.extensions.getExtension('claimlens.claimlens')?.packageJSON.contributes.commands ?? []) as { command: string }[];
    assert.ok(ours.length > 0);
    for (const { command } of ours) assert.ok(all.includes(command), command);
  });

  it('analyses a file whose language is not in the list only on request', async () => {
    const claimlens = await api();
    const document = await vscode.workspace.openTextDocument(fixtureUri('wire.log'));
    await vscode.window.showTextDocument(document);
    assert.equal(claimlens.resultFor(document.uri), undefined, 'not analysed automatically');
    await vscode.commands.executeCommand('claimlens.analyseFile');
    const result = await waitFor(() => claimlens.resultFor(document.uri), 'the requested analysis');
    assert.equal(result.kind, 'analysed');
  });

  it('leaves an exported table that opens as plain text alone, unless asked', async () => {
    const claimlens = await api();
    const document = await vscode.workspace.openTextDocument(fixtureUri('export.csv'));
    await vscode.window.showTextDocument(document);
    assert.equal(document.languageId, 'plaintext', 'VS Code opens a .csv as plain text');
    // a plain-text article opened after it is analysed, so the CSV had its chance too
    await openAnalysed('ferry.txt');
    assert.equal(claimlens.resultFor(document.uri), undefined, 'a CSV is no article');
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('claimlens.analyseFile');
    const result = await waitFor(() => claimlens.resultFor(document.uri), 'the requested analysis');
    assert.equal(result.kind, 'analysed');
  });

  it('toggles a highlight category through the setting', async () => {
    const { editor, claimlens } = await openAnalysed('harbour.article');
    const restore = await setSetting('show.hedges', true);
    try {
      await waitFor(() => claimlens.decorationsFor(editor.document.uri).hedge.length > 0, 'hedges shown');
      await vscode.commands.executeCommand('claimlens.toggleHedges');
      await waitFor(() => claimlens.decorationsFor(editor.document.uri).hedge.length === 0, 'hedges hidden');
      assert.ok(claimlens.decorationsFor(editor.document.uri).source.length > 0, 'other categories stay');
      await vscode.commands.executeCommand('claimlens.toggleHedges');
      await waitFor(() => claimlens.decorationsFor(editor.document.uri).hedge.length > 0, 'hedges shown again');
    } finally {
      await restore();
    }
  });

  it('moves to the next and previous claim, wrapping around', async () => {
    const { editor, claimlens } = await openAnalysed('harbour.article');
    const result = claimlens.resultFor(editor.document.uri);
    assert.ok(result?.kind === 'analysed');
    const starts = result.analysis.claims.map((c) => c.start).sort((a, b) => a - b);
    const origin = new vscode.Position(0, 0);
    editor.selection = new vscode.Selection(origin, origin);
    await vscode.commands.executeCommand('claimlens.nextClaim');
    assert.equal(editor.document.offsetAt(editor.selection.start), starts.find((s) => s > 0) ?? starts[0]);
    await vscode.commands.executeCommand('claimlens.nextClaim');
    const second = editor.document.offsetAt(editor.selection.start);
    await vscode.commands.executeCommand('claimlens.previousClaim');
    assert.ok(editor.document.offsetAt(editor.selection.start) < second);
    editor.selection = new vscode.Selection(origin, origin);
    await vscode.commands.executeCommand('claimlens.previousClaim');
    assert.equal(editor.document.offsetAt(editor.selection.start), starts[starts.length - 1], 'wraps to the last claim');
  });

  it('focuses the Claims panel', async () => {
    const { claimlens } = await openAnalysed('harbour.article');
    await vscode.commands.executeCommand('claimlens.focusPanel');
    await waitFor(() => claimlens.claimsTree.view.visible, 'the Claims view');
  });
});
