/** Hovers: status, source chain, cue, explanation and trusted set-status links, article text escaped. */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { api, closeAll, fixtureUri, openAnalysed, waitFor } from './helpers';

/** The Markdown of all hovers at a position. */
async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

describe('hover', () => {
  after(async () => {
    await closeAll();
    // The status test below saves a sidecar beside the fixtures: leave the folder as it was.
    await vscode.commands.executeCommand('claimlens.undoAnnotation', { uri: fixtureUri('ferry.txt').toString() });
    await (await api()).annotationsSaved(fixtureUri('ferry.txt'));
    await vscode.workspace.fs.delete(fixtureUri('.claimlens'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('shows the status, source, cue, explanation and set-status links of a claim', async () => {
    const { editor, claimlens } = await openAnalysed('harbour.article');
    const result = claimlens.resultFor(editor.document.uri);
    assert.ok(result?.kind === 'analysed');
    const claim = result.analysis.claims.find((c) => c.attribution !== undefined) ?? result.analysis.claims[0];
    assert.ok(claim, 'the fixture has claims');
    const text = await hoverText(editor.document.uri, editor.document.positionAt(claim.start + 1));
    const label = claim.status.charAt(0).toUpperCase() + claim.status.slice(1);
    assert.match(text, new RegExp(`${label} claim`));
    assert.match(text, /Source:/);
    if (claim.attribution !== undefined) {
      assert.match(text, /Cue:/);
      const lastWord = result.analysis.attributions[claim.attribution].source.text.split(/\s+/).pop() ?? '';
      assert.ok(text.includes(lastWord), `source “${lastWord}” in the hover`);
    }
    for (const other of ['confirmed', 'alleged', 'denied'].filter((s) => s !== claim.status)) {
      assert.ok(text.includes(`command:claimlens.setStatus?`) && text.includes(encodeURIComponent(`"status":"${other}"`)), `link to set ${other}`);
    }
    const firstWord = claim.explanation.match(/[A-Za-z]{4,}/)?.[0] ?? '';
    assert.ok(text.includes(firstWord), 'the explanation is in the hover');
  });

  it('links only to our own command; article text cannot add links', async () => {
    const { editor, claimlens } = await openAnalysed('harbour.article');
    const result = claimlens.resultFor(editor.document.uri);
    assert.ok(result?.kind === 'analysed');
    for (const claim of result.analysis.claims) {
      const text = await hoverText(editor.document.uri, editor.document.positionAt(claim.start + 1));
      for (const m of text.matchAll(/\]\(([^)\s]*)/g)) assert.match(m[1], /^command:claimlens\.(setStatus|editNote|dismissFinding|undoAnnotation)\?/, `unexpected link target in: ${text}`);
    }
  });

  it('shows no ClaimLens hover on a blank line', async () => {
    const { editor } = await openAnalysed('harbour.article');
    const blank = [...Array(editor.document.lineCount).keys()].find((l) => editor.document.lineAt(l).isEmptyOrWhitespace) ?? 0;
    const text = await hoverText(editor.document.uri, new vscode.Position(blank, 0));
    assert.ok(!text.includes('ClaimLens'), text);
  });

  it('applies a status the hover link sets, marked as set by you', async () => {
    const { editor, claimlens } = await openAnalysed('ferry.txt');
    const uri = editor.document.uri;
    const result = claimlens.resultFor(uri);
    assert.ok(result?.kind === 'analysed');
    const claim = result.analysis.claims[0];
    const target = claim.status === 'denied' ? 'confirmed' : 'denied';
    await vscode.commands.executeCommand('claimlens.setStatus', { uri: uri.toString(), start: claim.start, status: target });
    await waitFor(() => {
      const r = claimlens.resultFor(uri);
      return r?.kind === 'analysed' && r.analysis.claims.find((c) => c.start === claim.start)?.status === target;
    }, 'the status override');
    const at = editor.document.positionAt(claim.start);
    await waitFor(() => claimlens.decorationsFor(uri)[target].some((r) => r.start.isEqual(at)), `the claim painted ${target}`);
    assert.match(await hoverText(uri, editor.document.positionAt(claim.start + 1)), /by you/);
  });
  it('leads with the status, the claim quoted and its source, and puts the other articles after', async () => {
    await (await api()).ledger.indexer.ready();
    const { editor, claimlens } = await openAnalysed('ledger/orsa-herald-fuel.txt');
    const document = editor.document;
    const result = claimlens.resultFor(document.uri);
    assert.ok(result?.kind === 'analysed');
    const at = document.getText().indexOf('dumped fuel oil in Kell harbour last week');
    const claim = result.analysis.claims.find((c) => c.start <= at && at < c.end);
    assert.ok(claim, 'the story claim');
    const text = await hoverText(document.uri, document.positionAt(at));
    const label = claim.status.charAt(0).toUpperCase() + claim.status.slice(1);
    assert.ok(text.startsWith(`**${label} claim**`), `the hover starts with the claim's status: ${text.slice(0, 120)}`);
    const quote = text.indexOf('“dumped fuel oil') >= 0 ? text.indexOf('“dumped fuel oil') : text.indexOf('“');
    const firstWords = claim.text.trim().split(/\s+/).slice(0, 3).join(' ');
    assert.ok(text.includes(`“${firstWords}`), `the claim quoted: ${text.slice(0, 300)}`);
    const source = text.indexOf('**Source:**');
    const elsewhere = text.indexOf('Elsewhere in the workspace');
    assert.ok(quote > 0 && quote < source, 'the quote before the source');
    assert.ok(source < elsewhere, `the claim's own lines before the other articles: ${text.slice(0, 600)}`);
  });

  it('offers undo only on the claim the last change was to', async () => {
    const { editor, claimlens } = await openAnalysed('ferry.txt');
    const uri = editor.document.uri;
    const result = claimlens.resultFor(uri);
    assert.ok(result?.kind === 'analysed' && result.analysis.claims.length >= 2, 'two claims in the fixture');
    const [first, second] = result.analysis.claims;
    const target = first.status === 'denied' ? 'confirmed' : 'denied';
    await vscode.commands.executeCommand('claimlens.setStatus', { uri: uri.toString(), start: first.start, status: target });
    try {
      await waitFor(() => {
        const r = claimlens.resultFor(uri);
        return r?.kind === 'analysed' && r.version === editor.document.version && r.analysis.claims.find((c) => c.start === first.start)?.status === target;
      }, 'the status override');
      const undo = 'command:claimlens.undoAnnotation';
      assert.ok((await hoverText(uri, editor.document.positionAt(first.start + 1))).includes(undo), 'undo on the claim just changed');
      assert.ok(!(await hoverText(uri, editor.document.positionAt(second.start + 1))).includes(undo), 'no undo on another claim');
    } finally {
      await vscode.commands.executeCommand('claimlens.undoAnnotation', { uri: uri.toString() });
    }
  });
});
