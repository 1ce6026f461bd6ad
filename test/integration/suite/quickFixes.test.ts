/** Quick fixes (code actions) on findings: the status, note, dismiss and ignore-comment fixes, applied in the real editor. */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { api, closeAll, fixtureUri, openAnalysed, waitFor } from './helpers';

async function quickFixesAt(uri: vscode.Uri, position: vscode.Position): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(position, position), vscode.CodeActionKind.QuickFix.value);
  return actions.filter((a) => a.title.startsWith('ClaimLens:'));
}

describe('quick fixes', () => {
  let statusSet = false;
  after(async () => {
    await closeAll();
    if (!statusSet) return;
    await vscode.commands.executeCommand('claimlens.undoAnnotation', { uri: fixtureUri('ferry.txt').toString() });
    await (await api()).annotationsSaved(fixtureUri('ferry.txt'));
    await vscode.workspace.fs.delete(fixtureUri('.claimlens'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('offers a claim its other statuses, a note, dismissal and an ignore comment, and sets the status it is asked to', async () => {
    const { editor, claimlens } = await openAnalysed('ferry.txt');
    const uri = editor.document.uri;
    const result = claimlens.resultFor(uri);
    assert.ok(result?.kind === 'analysed');
    const claim = result.analysis.claims[0];
    const actions = await quickFixesAt(uri, editor.document.positionAt(claim.start + 1));
    const titles = actions.map((a) => a.title);
    const others = ['confirmed', 'alleged', 'denied'].filter((s) => s !== claim.status);
    for (const s of others) assert.ok(titles.some((t) => t.startsWith(`ClaimLens: Mark claim`) && t.endsWith(`as ${s}`)), `set ${s}: ${titles.join(' | ')}`);
    assert.ok(titles.some((t) => /Add note to claim/.test(t)), titles.join(' | '));
    assert.ok(titles.some((t) => /Dismiss claim/.test(t)), titles.join(' | '));
    assert.ok(titles.includes('ClaimLens: Disable claims on this line (ignore comment)'), titles.join(' | '));
    const target = others[0];
    const fix = actions.find((a) => a.title.endsWith(`as ${target}`));
    assert.ok(fix?.command);
    await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
    statusSet = true;
    await waitFor(() => {
      const r = claimlens.resultFor(uri);
      return r?.kind === 'analysed' && r.analysis.claims.find((c) => c.start === claim.start)?.status === target;
    }, `the claim marked ${target}`);
  });

  it('inserts the ignore comment above the line of a hedge, leaving the text otherwise as it was', async () => {
    const text = 'Storm report\n\n  The ramp may have been damaged, officials said on Monday.\n';
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: text });
    await vscode.window.showTextDocument(document);
    const claimlens = await api();
    const hedge = await waitFor(() => {
      const r = claimlens.resultFor(document.uri);
      return r?.kind === 'analysed' && r.version === document.version && r.analysis.hedges[0];
    }, 'a hedge in the scratch document');
    const actions = await quickFixesAt(document.uri, document.positionAt(hedge.start + 1));
    const disable = actions.find((a) => a.title === 'ClaimLens: Disable hedges on this line (ignore comment)');
    assert.ok(disable?.edit, actions.map((a) => a.title).join(' | '));
    assert.ok(await vscode.workspace.applyEdit(disable.edit));
    assert.equal(document.getText(), 'Storm report\n\n  <!-- claimlens-disable-next-line hedges -->\n  The ramp may have been damaged, officials said on Monday.\n');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('offers nothing on a blank line', async () => {
    const { editor } = await openAnalysed('ferry.txt');
    const blank = [...Array(editor.document.lineCount).keys()].find((l) => editor.document.lineAt(l).isEmptyOrWhitespace) ?? 0;
    assert.deepEqual(await quickFixesAt(editor.document.uri, new vscode.Position(blank, 0)), []);
  });
});
