/**
 * Analysis only where the user wants it: exclude globs (README, the export
 * folder, `.claimlens.json`), the master switch and the per-file switches,
 * the status bar saying why, the workspace file's extra words, and ignore
 * comments in an article. Files are written into a scratch folder of the
 * fixtures workspace and removed after.
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../../../src/api';
import type { LedgerTable } from '../../../src/ledger/ledger-table';
import { api, closeAll, fixtureUri, openAnalysed, setSetting, waitFor } from './helpers';

const SCRATCH = 'scope-scratch';
const STORY = [
  'Harbour Gazette | Lindow | 3 March 2031',
  '',
  'The port authority said the breakwater had cracked during the storm. Engineers may close the north quay for a month.',
  '',
  'A spokesperson for the ferry line said sailings had stopped on Monday. Passengers were moved to buses.',
  '',
].join('\n');

const encode = (text: string) => new TextEncoder().encode(text);
const write = (name: string, text: string) => vscode.workspace.fs.writeFile(fixtureUri(name), encode(text));
const remove = (name: string) => vscode.workspace.fs.delete(fixtureUri(name), { recursive: true }).then(undefined, () => undefined);

/** Opens a file and waits for ClaimLens to have an opinion on it (findings, or why not). */
async function open(name: string): Promise<{ editor: vscode.TextEditor; claimlens: ClaimLensApi }> {
  const claimlens = await api();
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixtureUri(name)), { preview: false });
  await waitFor(() => claimlens.resultFor(editor.document.uri), `a result for ${name}`);
  return { editor, claimlens };
}

function paintedCount(claimlens: ClaimLensApi, uri: vscode.Uri): number {
  return Object.values(claimlens.decorationsFor(uri)).reduce((n, ranges) => n + ranges.length, 0);
}

const isOff = (claimlens: ClaimLensApi, uri: vscode.Uri, kind: string) => {
  const r = claimlens.resultFor(uri);
  return r?.kind === 'off' && r.reason.kind === kind ? r.reason : undefined;
};
const isAnalysed = (claimlens: ClaimLensApi, uri: vscode.Uri) => claimlens.resultFor(uri)?.kind === 'analysed';

describe('scope', function () {
  this.timeout(60_000);
  afterEach(closeAll);
  after(async () => {
    await remove(SCRATCH);
    await remove('.claimlens.json');
    await remove('claimlens-exports');
  });

  it('leaves a README alone and says why in the status bar; Enable for this File analyses it anyway', async () => {
    await write(`${SCRATCH}/README.md`, `# Ferry timetable\n\n${STORY}`);
    const { editor, claimlens } = await open(`${SCRATCH}/README.md`);
    const uri = editor.document.uri;
    const restore = await setSetting('diagnostics.enabled', true);
    try {
      const reason = await waitFor(() => isOff(claimlens, uri, 'excluded'), 'the README excluded');
      assert.deepEqual(reason, { kind: 'excluded', pattern: 'README*', from: 'settings' });
      await waitFor(() => claimlens.statusBarText()?.includes('excluded'), 'the status bar saying the file is excluded');
      assert.equal(paintedCount(claimlens, uri), 0);
      assert.equal(vscode.languages.getDiagnostics(uri).length, 0);
      assert.equal((await claimlens.claimsTree.getChildren()).length, 0, 'no tree entries');

      await vscode.commands.executeCommand('claimlens.enableForFile');
      await waitFor(() => isAnalysed(claimlens, uri), 'the README analysed once enabled');
      await waitFor(() => paintedCount(claimlens, uri) > 0, 'its highlights');
      await waitFor(() => vscode.languages.getDiagnostics(uri).length > 0, 'its diagnostics');
    } finally {
      await restore();
      await vscode.commands.executeCommand('claimlens.disableForFile');
    }
  });

  it('switches one file off and on with Disable / Enable for this File', async () => {
    const { editor, claimlens } = await openAnalysed('ferry.txt');
    const uri = editor.document.uri;
    await waitFor(() => paintedCount(claimlens, uri) > 0, 'highlights before');
    await vscode.commands.executeCommand('claimlens.disableForFile');
    try {
      await waitFor(() => isOff(claimlens, uri, 'file-disabled'), 'the file switched off');
      await waitFor(() => paintedCount(claimlens, uri) === 0, 'the highlights removed');
      await waitFor(() => claimlens.statusBarText()?.includes('off for this file'), 'the status bar saying so');
      const position = editor.document.positionAt(editor.document.getText().indexOf('said'));
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
      assert.ok(!hovers.some((h) => h.contents.some((c) => /ClaimLens|claim/i.test(typeof c === 'string' ? c : 'value' in c ? c.value : ''))), 'no hover');
    } finally {
      await vscode.commands.executeCommand('claimlens.enableForFile');
    }
    await waitFor(() => isAnalysed(claimlens, uri), 'analysed again');
    await waitFor(() => paintedCount(claimlens, uri) > 0, 'highlights again');
  });

  it('switches the whole workspace off and on', async () => {
    const settingsFile = fixtureUri('.vscode/settings.json');
    const hadSettings = await vscode.workspace.fs.stat(settingsFile).then(() => true, () => false);
    const { editor, claimlens } = await openAnalysed('harbour.article');
    const uri = editor.document.uri;
    await vscode.commands.executeCommand('claimlens.disableInWorkspace');
    try {
      const reason = await waitFor(() => isOff(claimlens, uri, 'disabled'), 'ClaimLens off in the workspace');
      assert.deepEqual(reason, { kind: 'disabled', where: 'workspace' });
      await waitFor(() => claimlens.statusBarText()?.includes('off in this workspace'), 'the status bar saying so');
      assert.equal(paintedCount(claimlens, uri), 0);
    } finally {
      await vscode.commands.executeCommand('claimlens.enableInWorkspace');
      if (!hadSettings) await remove('.vscode');
    }
    await waitFor(() => isAnalysed(claimlens, uri), 'analysed again');
  });

  it('never analyses the export folder', async () => {
    await write('claimlens-exports/ferry.report.md', STORY);
    const { editor, claimlens } = await open('claimlens-exports/ferry.report.md');
    const reason = await waitFor(() => isOff(claimlens, editor.document.uri, 'excluded'), 'the export excluded');
    assert.deepEqual(reason, { kind: 'excluded', pattern: 'claimlens-exports/**', from: 'claimlens.export.folder' });
  });

  it('keeps excluded and switched-off files out of the ledger', async function () {
    this.timeout(120_000);
    await write('claimlens-exports/ferry.report.md', STORY);
    await write(`${SCRATCH}/switched-off.md`, STORY);
    const uri = fixtureUri(`${SCRATCH}/switched-off.md`);
    await vscode.window.showTextDocument(uri);
    await vscode.commands.executeCommand('claimlens.disableForFile');
    try {
      const { indexer } = (await api()).ledger;
      await vscode.commands.executeCommand('claimlens.reindexWorkspace');
      assert.ok(await indexer.ready(), 'the index is ready');
      const table = JSON.parse((await indexer.table()) ?? '') as LedgerTable;
      const ids = table.articles.map((a) => a.id);
      assert.ok(ids.includes('ferry.txt'), ids.join(', '));
      assert.ok(!ids.some((id) => id.startsWith('claimlens-exports/')), ids.join(', '));
      assert.ok(!ids.includes(`${SCRATCH}/switched-off.md`), ids.join(', '));
    } finally {
      await vscode.commands.executeCommand('claimlens.enableForFile', uri);
    }
  });

  it('applies .claimlens.json without a reload, and falls back to the settings with a warning when it is malformed', async () => {
    const { editor, claimlens } = await openAnalysed('harbour.article');
    const uri = editor.document.uri;
    await write('.claimlens.json', JSON.stringify({ exclude: ['harbour.*'] }));
    const reason = await waitFor(() => isOff(claimlens, uri, 'excluded'), 'harbour.article excluded by the workspace file');
    assert.deepEqual(reason, { kind: 'excluded', pattern: 'harbour.*', from: '.claimlens.json' });

    const warningsBefore = claimlens.scopeWarnings().length;
    await write('.claimlens.json', '{ "exclude": ["harbour.*", }');
    await waitFor(() => claimlens.scopeWarnings().length > warningsBefore, 'a warning about the malformed file');
    assert.match(claimlens.scopeWarnings().at(-1) ?? '', /\.claimlens\.json is ignored.*not valid JSON/);
    await waitFor(() => isAnalysed(claimlens, uri), 'the settings apply alone');

    const text = editor.document.getText();
    const at = text.indexOf('inspect');
    assert.ok(at > 0, 'the fixture has the word');
    const hedgedAt = () => {
      const r = claimlens.resultFor(uri);
      return r?.kind === 'analysed' && r.analysis.hedges.some((h) => h.start <= at && at < h.end);
    };
    assert.ok(!hedgedAt());
    await write('.claimlens.json', JSON.stringify({ hedges: { extra: ['inspect'] } }));
    await waitFor(hedgedAt, 'the extra hedge from the workspace file');
    await remove('.claimlens.json');
    await waitFor(() => !hedgedAt(), 'the hedge gone with the file');
  });

  it('validates .claimlens.json against the contributed schema', async () => {
    await write('.claimlens.json', JSON.stringify({ exclude: ['drafts/**'], hedge: { extra: ['typo'] } }, null, 2));
    const document = await vscode.workspace.openTextDocument(fixtureUri('.claimlens.json'));
    await vscode.window.showTextDocument(document);
    const problems = await waitFor(() => {
      const d = vscode.languages.getDiagnostics(document.uri);
      return d.length ? d : undefined;
    }, 'the JSON language service to flag the unknown key', 30_000);
    assert.ok(problems.some((d) => /hedge/.test(document.getText(d.range)) && /not allowed/i.test(d.message)), problems.map((d) => d.message).join('; '));
    await remove('.claimlens.json');
  });

  it('analyses the files that .claimlens.json includes, whatever their language', async () => {
    const claimlens = await api();
    await write(`${SCRATCH}/dispatch.log`, STORY);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixtureUri(`${SCRATCH}/dispatch.log`)), { preview: false });
    const uri = editor.document.uri;
    assert.equal(claimlens.resultFor(uri), undefined, 'a .log file is not analysed by default');
    await write('.claimlens.json', JSON.stringify({ include: ['*.log'] }));
    await waitFor(() => isAnalysed(claimlens, uri), 'the .log file analysed once included');
    await remove('.claimlens.json');
    await waitFor(() => claimlens.resultFor(uri) === undefined, 'the .log file left alone again');
  });

  it('drops the findings an ignore comment covers, and only those', async () => {
    const lines = STORY.split('\n');
    // Line 3 holds the breakwater sentence; mark it.
    const marked = [...lines.slice(0, 2), '<!-- claimlens-disable-next-line -->', ...lines.slice(2)].join('\n');
    await write(`${SCRATCH}/ignored.md`, marked);
    const { editor, claimlens } = await open(`${SCRATCH}/ignored.md`);
    const text = editor.document.getText();
    const result = await waitFor(() => {
      const r = claimlens.resultFor(editor.document.uri);
      return r?.kind === 'analysed' ? r : undefined;
    }, 'the analysis');
    const breakwater = text.indexOf('breakwater');
    const ferry = text.indexOf('sailings');
    assert.ok(!result.analysis.claims.some((c) => c.start <= breakwater && breakwater < c.end), 'the marked line has no claim');
    assert.ok(!result.analysis.hedges.some((h) => h.start > breakwater && h.start < ferry), 'nor a hedge');
    assert.ok(result.analysis.claims.some((c) => c.start <= ferry && ferry < c.end), 'the next paragraph keeps its claim');
  });
});
