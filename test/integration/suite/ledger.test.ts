/**
 * The workspace ledger in the real editor: indexing the fixture folder
 * (test/integration/fixtures/ledger holds three outlets on one story), the
 * cache on a fresh index thread, following a file change, exporting, the
 * hover and the Ledger view.
 */
import { strict as assert } from 'node:assert';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LedgerTable } from '../../../src/ledger/ledger-table';
import { api, closeAll, fixtureUri, openAnalysed, setSetting, until, waitFor } from './helpers';

const HERALD = 'ledger/orsa-herald-fuel.txt';
const TEMP = 'ledger/tmp-ledger-followup.txt';

async function ledger() {
  return (await api()).ledger;
}

/** The table of the current ledger, once the indexer is ready (fetched from the index worker, as the view does). */
async function table(): Promise<LedgerTable> {
  const { indexer } = await ledger();
  const state = await indexer.ready();
  assert.ok(state, `the index is ready (state ${indexer.current.kind})`);
  return JSON.parse((await indexer.table()) ?? '') as LedgerTable;
}

/** The table of the current ledger if the indexer is ready now. */
async function currentTable(): Promise<LedgerTable | undefined> {
  const { indexer } = await ledger();
  const text = indexer.current.kind === 'ready' ? await indexer.table() : undefined;
  return text === undefined ? undefined : (JSON.parse(text) as LedgerTable);
}

/** The row of the fuel-dumping story: the claim all three outlets report. */
function storyRow(t: LedgerTable) {
  return t.rows.find((r) => /dumped fuel oil/i.test(r.label));
}

const articleIds = (t: LedgerTable, row: LedgerTable['rows'][number]) => row.cells.map((c) => t.articles[c.article].id);

/** The hovers' Markdown with the escapes of article text undone, to compare with plain text. */
function hoverText(hovers: vscode.Hover[]): string {
  const markdown = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
  return markdown.replace(/\\(.)/g, '$1').replace(/&amp;/g, '&');
}

describe('workspace ledger', function () {
  this.timeout(90_000);
  after(async () => {
    await vscode.workspace.fs.delete(fixtureUri(TEMP)).then(undefined, () => undefined);
    await closeAll();
  });

  it('indexes the workspace into a ledger with claims across files', async () => {
    const { indexer } = await ledger();
    await vscode.commands.executeCommand('claimlens.reindexWorkspace');
    const t = await table();
    const ids = t.articles.map((a) => a.id);
    for (const id of [HERALD, 'ledger/coast-times-denial.md', 'ledger/kell-wire-inquiry.article', 'ferry.txt']) assert.ok(ids.includes(id), `${id} indexed (${ids.join(', ')})`);
    assert.ok(!ids.includes('wire.log'), 'a .log file is no article');
    const row = storyRow(t);
    assert.ok(row, 'a row for the fuel-dumping claim');
    assert.equal(row.status, 'disputed');
    assert.deepEqual(articleIds(t, row).filter((id) => id.startsWith('ledger/')).sort(), ['ledger/coast-times-denial.md', 'ledger/kell-wire-inquiry.article', HERALD].sort());
    assert.match(row.summary, /denied by/i);
    const herald = t.articles.find((a) => a.id === HERALD);
    assert.equal(herald?.outlet, 'Orsa Herald');
    assert.equal(herald?.date, '3 May 2030');
    assert.equal(indexer.lastResult?.stats.failed.length, 0);
    assert.equal(indexer.threadKind, 'worker', 'the desktop extension host analyses in worker threads');
  });

  it('takes every unchanged article from the cache file on a fresh index thread', async () => {
    const { indexer } = await ledger();
    await indexer.ready();
    const saved = await indexer.saveCache();
    assert.ok(saved >= 4, `cache written (${saved} records)`);
    const before = indexer.lastResult;
    // A scope setting restarts the index: a new thread, whose only memory is the cache file.
    const restore = await setSetting('maxFileSizeMB', 3);
    try {
      const result = await until(indexer.onDidChange, () => indexer.lastResult !== before && indexer.current.kind === 'ready' && indexer.lastResult);
      assert.equal(result.stats.analysed, 0, 'nothing analysed again');
      assert.equal(result.stats.hits, result.stats.articles);
      assert.equal(result.stats.ledger, 'cache', 'the ledger laid back from the cache file, not clustered again');
    } finally {
      const last = indexer.lastResult;
      const restarted = until(indexer.onDidChange, () => indexer.lastResult !== last && indexer.current.kind === 'ready');
      await restore();
      await restarted;
    }
  });

  it('follows a new, changed and deleted article', async () => {
    const { indexer } = await ledger();
    await indexer.ready();
    const uri = fixtureUri(TEMP);
    const write = (text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    await write('Valder Post | Kell | 6 May 2030\n\nThe mayor said the ferry operator dumped fuel oil in Kell harbour.\n');
    const inRow = async () => {
      const t = await currentTable();
      if (!t) return undefined;
      const row = storyRow(t);
      return row ? articleIds(t, row).includes(TEMP) : false;
    };
    await until(indexer.onDidChange, async () => (await inRow()) === true);
    await write('Valder Post | Kell | 6 May 2030\n\nThe mayor opened a new playground on the harbour front.\n');
    await until(indexer.onDidChange, async () => (await inRow()) === false);
    await vscode.workspace.fs.delete(uri);
    await until(indexer.onDidChange, async () => (await currentTable())?.articles.some((a) => a.id === TEMP) === false);
  });

  it('exports the ledger as JSON, Markdown and HTML', async () => {
    const dir = await vscode.workspace.fs.createDirectory(vscode.Uri.file(path.join(os.tmpdir(), 'claimlens-ledger-export'))).then(() => path.join(os.tmpdir(), 'claimlens-ledger-export'));
    for (const format of ['json', 'md', 'html'] as const) {
      const target = vscode.Uri.file(path.join(dir, `ledger.${format}`));
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('claimlens.exportLedger', { target });
      assert.equal(written?.fsPath, target.fsPath, `${format} written`);
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
      if (format === 'json') {
        const doc = JSON.parse(text) as { version: number; articles: { id: string }[]; claims: { status: string; label: string }[] };
        assert.equal(doc.version, 1);
        assert.ok(doc.articles.some((a) => a.id === HERALD));
        assert.ok(doc.claims.some((c) => c.status === 'disputed' && /dumped fuel oil/i.test(c.label)));
      } else if (format === 'md') {
        assert.match(text, /^# Claim ledger\n/);
        assert.match(text, /\| Orsa Herald, 3 May 2030 \|/);
      } else {
        assert.match(text, /^<!DOCTYPE html>/);
        assert.match(text, /<span class="status disputed">disputed<\/span>/);
        assert.doesNotMatch(text, /<script/i);
      }
    }
  });

  it('adds the other articles to the hover of a claim, and resolves a citation marker', async () => {
    await (await ledger()).indexer.ready();
    const { editor } = await openAnalysed(HERALD);
    const document = editor.document;
    const claimAt = document.positionAt(document.getText().indexOf('dumped fuel oil in Kell harbour last week'));
    const claimHover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, claimAt));
    assert.match(claimHover, /Elsewhere in the workspace/);
    assert.match(claimHover, /Coast Times, 4 May 2030: denied by/);
    assert.match(claimHover, /Kell Wire, 5 May 2030:/);
    // The claim's sentence carries "[1]": its reference is part of the attribution.
    assert.match(claimHover, /Cited:[\s\S]*Dock workers describe night-time pumping/);
    const marker = document.positionAt(document.getText().indexOf('[1]') + 1);
    const markerHover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, marker));
    assert.match(markerHover, /Citation \[1\]/);
    assert.match(markerHover, /Orsa Herald, 2 May 2030/);
    assert.match(markerHover, /https:\/\/example\.org\/orsa-herald\/dock-workers/);
  });

  it('shows the ledger in its view', async () => {
    const { view, indexer } = await ledger();
    const t = await table();
    await vscode.commands.executeCommand('claimlens.showLedger');
    const shown = await until(view.onDidShow, () => view.lastShown);
    assert.equal(shown.tab, 'claims');
    assert.equal(shown.rows, t.rows.length);
    assert.equal(indexer.current.kind, 'ready');
  });

  it('fetches no table while the view is hidden, and the new one when it shows again', async () => {
    const { view, indexer } = await ledger();
    await vscode.commands.executeCommand('claimlens.showLedger');
    // the whole first ledger on screen, so that no table is still on its way when the view hides
    const first = await table();
    await until(view.onDidShow, () => view.lastShown?.rows === first.rows.length);
    // An article opened over the ledger's tab hides it.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixtureUri(HERALD)), { viewColumn: vscode.ViewColumn.Active, preview: false });
    await waitFor(() => !view.visible, 'the Ledger view hidden');
    const rendered: number[] = [];
    const listener = view.onDidShow((s) => rendered.push(s.rows));
    try {
      const before = indexer.current.kind === 'ready' ? indexer.current.version : -1;
      await vscode.workspace.fs.writeFile(fixtureUri(TEMP), new TextEncoder().encode('Valder Post | Kell | 6 May 2030\n\nThe harbour master resigned on Tuesday after a dispute over mooring fees.\n'));
      await until(indexer.onDidChange, () => indexer.current.kind === 'ready' && indexer.current.version > before && indexer.lastResult?.stats.articles);
      assert.deepEqual(rendered, [], 'no table rendered in the hidden view');
      const t = await table();
      await vscode.commands.executeCommand('claimlens.showLedger');
      await until(view.onDidShow, () => rendered.length > 0);
      assert.equal(rendered.at(-1), t.rows.length);
    } finally {
      listener.dispose();
      await vscode.workspace.fs.delete(fixtureUri(TEMP)).then(undefined, () => undefined);
    }
  });
});
