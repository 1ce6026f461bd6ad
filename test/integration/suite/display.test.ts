/** The display mode: claims only, everything or off, in one command, kept for the workspace without touching the settings. */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { closeAll, openAnalysed, waitFor } from './helpers';

const CATEGORY_SETTINGS = ['show.claims', 'show.hedges', 'show.sources', 'show.cues'];

function settingsWritten(): string[] {
  const config = vscode.workspace.getConfiguration('claimlens');
  return CATEGORY_SETTINGS.filter((k) => {
    const i = config.inspect(k);
    return i?.globalValue !== undefined || i?.workspaceValue !== undefined || i?.workspaceFolderValue !== undefined;
  });
}

describe('display mode', () => {
  after(async () => {
    await vscode.commands.executeCommand('claimlens.chooseDisplay', 'everything');
    await closeAll();
  });

  it('shows claims only, then nothing, then everything again, leaving the settings alone', async () => {
    const { editor, claimlens } = await openAnalysed('harbour.article');
    const uri = editor.document.uri;
    const painted = () => claimlens.decorationsFor(uri);
    const claims = () => painted().confirmed.length + painted().alleged.length + painted().denied.length;
    const others = () => painted().hedge.length + painted().source.length + painted().cue.length;
    const before = settingsWritten();
    await waitFor(() => claims() > 0 && others() > 0, 'claims and other findings painted');

    await vscode.commands.executeCommand('claimlens.chooseDisplay', 'claims');
    await waitFor(() => claims() > 0 && others() === 0, 'claims only');
    assert.match(claimlens.statusBarText() ?? '', /\$\(filter\)/, 'the status bar says claims only');

    await vscode.commands.executeCommand('claimlens.chooseDisplay', 'off');
    await waitFor(() => claims() === 0 && others() === 0, 'nothing painted');
    assert.match(claimlens.statusBarText() ?? '', /\$\(eye-closed\)/, 'the status bar says off');

    await vscode.commands.executeCommand('claimlens.chooseDisplay', 'everything');
    await waitFor(() => claims() > 0 && others() > 0, 'everything again');
    assert.doesNotMatch(claimlens.statusBarText() ?? '', /eye-closed|filter/);
    assert.deepEqual(settingsWritten(), before, 'no setting written');
  });
});
