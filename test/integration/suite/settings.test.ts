/** Settings apply at once: extra hedges, the size limit with its status-bar note, diagnostics opt-in. */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { closeAll, openAnalysed, setSetting, waitFor } from './helpers';

describe('settings', () => {
  after(closeAll);

  it('re-analyses with extra hedge words without a reload', async () => {
    const { editor, claimlens } = await openAnalysed('harbour.article');
    const text = editor.document.getText();
    const word = 'inspect';
    const at = text.indexOf(word);
    assert.ok(at > 0);
    const hedgedAt = () => {
      const r = claimlens.resultFor(editor.document.uri);
      return r?.kind === 'analysed' && r.analysis.hedges.some((h) => h.start <= at && at < h.end);
    };
    assert.ok(!hedgedAt(), `“${word}” is not a hedge by default`);
    const restore = await setSetting('hedges.extra', [word]);
    try {
      await waitFor(hedgedAt, `“${word}” as a hedge`);
      await waitFor(() => claimlens.decorationsFor(editor.document.uri).hedge.some((r) => r.contains(editor.document.positionAt(at))), 'the new hedge painted');
    } finally {
      await restore();
    }
    await waitFor(() => !hedgedAt(), 'the hedge gone after restoring');
  });

  it('shows a status-bar note instead of analysing a file over the size limit', async () => {
    const { editor, claimlens } = await openAnalysed('ferry.txt');
    const restore = await setSetting('maxFileSizeMB', 0.0001);
    try {
      const result = await waitFor(() => {
        const r = claimlens.resultFor(editor.document.uri);
        return r?.kind === 'too-large' ? r : undefined;
      }, 'the size note');
      assert.ok(result.sizeMB > result.limitMB);
      await waitFor(() => claimlens.statusBarText()?.includes('not analysed'), 'the status-bar note');
      const painted = claimlens.decorationsFor(editor.document.uri);
      assert.equal(painted.confirmed.length + painted.alleged.length + painted.denied.length + painted.hedge.length, 0);
    } finally {
      await restore();
    }
    await waitFor(() => claimlens.resultFor(editor.document.uri)?.kind === 'analysed', 'analysis after raising the limit');
    await waitFor(() => /\d/.test(claimlens.statusBarText() ?? ''), 'counts in the status bar');
  });

  it('lists claims in the Problems panel only when opted in', async () => {
    const { editor } = await openAnalysed('council.md');
    assert.equal(vscode.languages.getDiagnostics(editor.document.uri).length, 0, 'off by default');
    const restore = await setSetting('diagnostics.enabled', true);
    try {
      await waitFor(() => vscode.languages.getDiagnostics(editor.document.uri).length > 0, 'diagnostics');
      assert.ok(vscode.languages.getDiagnostics(editor.document.uri).every((d) => d.severity === vscode.DiagnosticSeverity.Information));
    } finally {
      await restore();
    }
    await waitFor(() => vscode.languages.getDiagnostics(editor.document.uri).length === 0, 'diagnostics cleared');
  });

  it('re-analyses while typing, debounced', async () => {
    const { editor, claimlens } = await openAnalysed('ferry.txt');
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    const sentence = ' The mayor said the ferry company had ignored three warnings.';
    await editor.edit((b) => b.insert(end, sentence));
    const start = editor.document.getText().indexOf('ignored three warnings');
    await waitFor(() => {
      const r = claimlens.resultFor(editor.document.uri);
      return r?.kind === 'analysed' && r.version === editor.document.version && r.analysis.claims.some((c) => c.start <= start && start < c.end);
    }, 'the typed sentence analysed');
    await vscode.commands.executeCommand('undo');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
