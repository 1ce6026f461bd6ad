/**
 * Exports in the real editor never write an article and go to the export
 * folder: brat beside a `.txt` article is refused with the buffer untouched,
 * the workspace brat export gives every article a pair of its own, a report in
 * the export folder is no article for the ledger or the workspace export, the
 * ledger export refuses an article as its target, and the JSON-LD formats
 * name no local path (or the base URL the user set). The workspace ledger
 * shows a status set in the editor.
 */
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { api, closeAll, FIXTURES, setSetting, waitFor } from './helpers';

const SCRATCH = 'exports-scratch';
const root = vscode.Uri.file(FIXTURES);
const scratch = vscode.Uri.joinPath(root, SCRATCH);
const exportsFolder = vscode.Uri.joinPath(root, 'claimlens-exports');
const decoder = new TextDecoder();
const encoder = new TextEncoder();

const read = async (uri: vscode.Uri) => decoder.decode(await vscode.workspace.fs.readFile(uri));
const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, encoder.encode(text));
const exists = (uri: vscode.Uri) => vscode.workspace.fs.stat(uri).then(() => true, () => false);

const PIER = 'The harbour office said that the pier will close in June.\n\nLocal traders claimed that the closure may cost them half their summer trade.\n';
const DEPOT = 'The council denied that the bus depot had been sold.\n\nA union official said the drivers were told otherwise.\n';

/** Writes an article into the scratch folder and opens it, analysed. */
async function openArticle(name: string, text: string): Promise<{ uri: vscode.Uri; editor: vscode.TextEditor }> {
  const claimlens = await api();
  const uri = vscode.Uri.joinPath(scratch, name);
  await write(uri, text);
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  await waitFor(() => {
    const r = claimlens.resultFor(uri);
    return r?.kind === 'analysed' && r.version === document.version && claimlens.annotationsFor(uri);
  }, `analysis of ${name}`);
  return { uri, editor };
}

describe('exports', function () {
  this.timeout(90_000);

  before(async () => {
    await vscode.workspace.fs.createDirectory(scratch);
  });
  afterEach(closeAll);
  after(async () => {
    await closeAll();
    for (const uri of [scratch, exportsFolder, vscode.Uri.joinPath(root, '.claimlens', SCRATCH)]) {
      await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false }).then(undefined, () => undefined);
    }
  });

  it('refuses a brat export whose text copy would be the .txt article, leaving the file and the unsaved buffer as they were', async () => {
    const { uri, editor } = await openArticle('pier-brat.txt', PIER);
    const claimlens = await api();
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'Unsaved line. '));
    await waitFor(() => {
      const r = claimlens.resultFor(uri);
      return r?.kind === 'analysed' && r.version === editor.document.version;
    }, 'the edit analysed');
    try {
      const ann = vscode.Uri.joinPath(scratch, 'pier-brat.ann');
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('claimlens.exportArticle', { uri: uri.toString(), format: 'brat', target: ann.toString() });
      assert.equal(written, undefined, 'nothing exported');
      assert.equal(await read(uri), PIER, 'the article on disk is unchanged');
      assert.equal(await exists(ann), false, 'no half of the pair');
      assert.ok(editor.document.isDirty, 'the unsaved edit is still there');
      assert.ok(vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && !d.isClosed), 'the article stays open');
      assert.match(editor.document.getText(), /^Unsaved line\. /);
    } finally {
      // Closing a changed editor would ask whether to save it.
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  it('gives every article of the workspace its own brat pair, never one text over another', async () => {
    const md = vscode.Uri.joinPath(scratch, 'twin.md');
    const txt = vscode.Uri.joinPath(scratch, 'twin.txt');
    await write(md, `# Depot\n\n${DEPOT}`);
    await write(txt, PIER);
    const target = vscode.Uri.joinPath(exportsFolder, 'brat');
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('claimlens.exportWorkspace', { format: 'brat', target: target.toString() });
    assert.equal(written?.toString(), target.toString());
    const names = (await vscode.workspace.fs.readDirectory(target)).map(([n]) => n);
    const anns = names.filter((n) => n.endsWith('.ann'));
    const txts = names.filter((n) => n.endsWith('.txt'));
    assert.equal(anns.length, txts.length);
    for (const a of anns) assert.ok(txts.includes(a.replace(/\.ann$/, '.txt')), `${a} has its text`);
    const texts = await Promise.all(txts.map((n) => read(vscode.Uri.joinPath(target, n))));
    assert.ok(texts.includes(PIER), 'twin.txt kept its own text copy');
    assert.ok(texts.includes(`# Depot\n\n${DEPOT}`), 'twin.md kept its own text copy');
    assert.equal(await read(txt), PIER, 'the article is unchanged');
  });

  it('never takes a report in the export folder for an article: not in the ledger, not in the workspace export', async () => {
    const report = vscode.Uri.joinPath(exportsFolder, 'pier.report.md');
    await write(report, `# Report\n\n${DEPOT}`);
    const { indexer } = (await api()).ledger;
    await indexer.reindex();
    const state = await indexer.ready();
    assert.ok(state);
    const table = JSON.parse((await indexer.table()) ?? '{}') as { articles: { id: string }[] };
    assert.ok(table.articles.length > 0);
    assert.deepEqual(table.articles.filter((a) => a.id.startsWith('claimlens-exports/')), [], 'the ledger has no article from the export folder');
    const csv = vscode.Uri.joinPath(exportsFolder, 'workspace.csv');
    await vscode.commands.executeCommand('claimlens.exportWorkspace', { format: 'csv', target: csv.toString() });
    assert.doesNotMatch(await read(csv), /claimlens-exports\//);
  });

  it('refuses to export the ledger over an article', async () => {
    const article = vscode.Uri.joinPath(scratch, 'notes.md');
    await write(article, `# Notes\n\n${PIER}`);
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('claimlens.exportLedger', { target: article });
    assert.equal(written, undefined);
    assert.equal(await read(article), `# Notes\n\n${PIER}`);
  });

  it('names the article by its workspace path in JSON-LD, or under claimlens.export.baseUrl, never by a local path', async () => {
    const { uri } = await openArticle('pier-ld.txt', PIER);
    const target = vscode.Uri.joinPath(exportsFolder, 'pier.annotations.jsonld');
    const sources = async () => {
      await vscode.commands.executeCommand('claimlens.exportArticle', { uri: uri.toString(), format: 'webannotation', target: target.toString() });
      const text = await read(target);
      assert.ok(!text.includes(FIXTURES) && !text.includes('file:'), 'no local path');
      const doc = JSON.parse(text) as { first: { items: { target: { source: string } | { source: string }[] }[] } };
      return new Set(doc.first.items.map((i) => (Array.isArray(i.target) ? i.target[0] : i.target).source));
    };
    assert.deepEqual([...(await sources())], [`${SCRATCH}/pier-ld.txt`]);
    const restore = await setSetting('export.baseUrl', 'https://example.org/news/');
    try {
      assert.deepEqual([...(await sources())], [`https://example.org/news/${SCRATCH}/pier-ld.txt`]);
    } finally {
      await restore();
    }
  });

  it('shows a status set in the editor in the workspace ledger', async () => {
    const { uri } = await openArticle('pier-ledger.txt', PIER);
    const claimlens = await api();
    const { indexer } = claimlens.ledger;
    const id = `${SCRATCH}/pier-ledger.txt`;
    const stanceInLedger = async (): Promise<string | undefined> => {
      if (indexer.current.kind !== 'ready') return undefined;
      const table = JSON.parse((await indexer.table()) ?? '{}') as { articles: { id: string }[]; rows: { cells: { article: number; entries: { stance: string; text: string }[] }[] }[] };
      const article = table.articles.findIndex((a) => a.id === id);
      return table.rows.flatMap((r) => r.cells).filter((c) => c.article === article).flatMap((c) => c.entries).find((e) => e.text.includes('pier will close'))?.stance;
    };
    await indexer.reindex();
    const auto = await waitFor(stanceInLedger, 'the article in the ledger');
    const claim = claimlens.annotationsFor(uri)?.claims.find((c) => c.text.includes('pier will close'));
    assert.ok(claim);
    const target = auto === 'denied' ? 'confirmed' : 'denied';
    await vscode.commands.executeCommand('claimlens.setStatus', { uri: uri.toString(), kind: 'claim', start: claim.start, end: claim.end, status: target });
    await claimlens.annotationsSaved(uri);
    await waitFor(async () => (await stanceInLedger()) === target, `the ledger showing ${target}`, 30_000);
  });

  it('removes the temporary files a crashed write left in the export folder, and leaves no new one', async () => {
    const { uri } = await openArticle('pier-temp.txt', PIER);
    const folder = vscode.Uri.joinPath(exportsFolder, 'crash');
    await vscode.workspace.fs.createDirectory(folder);
    const stale = vscode.Uri.joinPath(folder, '.pier.claims.csv.1a2b3c.claimlens-tmp');
    await write(stale, 'half a file');
    const hourAgo = (Date.now() - 60 * 60 * 1000) / 1000;
    fs.utimesSync(stale.fsPath, hourAgo, hourAgo);
    const target = vscode.Uri.joinPath(folder, 'pier.claims.csv');
    await vscode.commands.executeCommand('claimlens.exportArticle', { uri: uri.toString(), format: 'csv', target: target.toString() });
    assert.deepEqual((await vscode.workspace.fs.readDirectory(folder)).map(([n]) => n), ['pier.claims.csv']);
  });
});
