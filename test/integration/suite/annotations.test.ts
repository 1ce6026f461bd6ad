/**
 * Correcting, keeping and exporting annotations in the real editor: the edit
 * commands, the sidecar they write (stable, re-read on open, backed up when
 * damaged, refused when too new, moved with its article), the exports of
 * each format to a given path, an unwritable target, and import.
 *
 * Works on copies of a fixture in a scratch folder of the workspace, removed
 * afterwards together with its sidecars.
 */
import { strict as assert } from 'node:assert';
import * as vscode from 'vscode';
import { ManualAnnotations } from '../../../src/annotations-editor/manualAnnotations';
import { Notices } from '../../../src/annotations-editor/notices';
import type { ClaimLensApi } from '../../../src/api';
import type { ClaimsNode } from '../../../src/views/claimsTree';
import { anyOf, api, closeAll, FIXTURES, until, untilShown, waitFor } from './helpers';

const SCRATCH = 'annotations-scratch';
const root = vscode.Uri.file(FIXTURES);
const scratch = vscode.Uri.joinPath(root, SCRATCH);
const sidecars = vscode.Uri.joinPath(root, '.claimlens', SCRATCH);
const decoder = new TextDecoder();
const encoder = new TextEncoder();

const read = async (uri: vscode.Uri) => decoder.decode(await vscode.workspace.fs.readFile(uri));
const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, encoder.encode(text));
const exists = (uri: vscode.Uri) => vscode.workspace.fs.stat(uri).then(() => true, () => false);
const sidecarOf = (name: string) => vscode.Uri.joinPath(sidecars, `${name}.json`);

let counter = 0;
const created: vscode.Uri[] = [];
/** A fresh copy of a fixture (ferry.txt) in the scratch folder, optionally with a sidecar written before it opens. */
async function article(sidecar?: (name: string) => string, from = 'ferry.txt'): Promise<{ uri: vscode.Uri; name: string }> {
  const name = `${from.replace(/\.[^.]+$/, '')}-${++counter}${from.slice(from.lastIndexOf('.'))}`;
  const uri = vscode.Uri.joinPath(scratch, name);
  created.push(uri);
  await write(uri, await read(vscode.Uri.joinPath(root, from)));
  if (sidecar) await write(sidecarOf(name), sidecar(name));
  else assert.equal(await exists(sidecarOf(name)), false, `a sidecar for ${name} is already there: the copy would inherit its decisions`);
  return { uri, name };
}

/** Removes the scratch articles and their sidecars. */
async function removeScratch(): Promise<void> {
  for (const uri of [scratch, sidecars]) await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false }).then(undefined, () => undefined);
}

/** Opens an article and waits for its analysis with the sidecar applied. */
async function open(uri: vscode.Uri): Promise<{ editor: vscode.TextEditor; claimlens: ClaimLensApi }> {
  const claimlens = await api();
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  await untilShown(claimlens, () => {
    const r = claimlens.resultFor(uri);
    return r?.kind === 'analysed' && r.version === document.version && claimlens.annotationsFor(uri);
  });
  return { editor, claimlens };
}

async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
}

/** A sidecar as the extension writes it, with one status decision on a quote of ferry.txt. */
function sidecarWith(exact: string, status: string, version = 1): (name: string) => string {
  return (name) => JSON.stringify({
    format: 'claimlens-annotations', version, document: `${SCRATCH}/${name}`,
    annotations: [{ id: 'claim-00000001', kind: 'claim', status, anchor: { quote: { exact, prefix: '', suffix: '' }, position: { start: 0, end: exact.length } } }],
  }, null, 2);
}

describe('annotations', function () {
  this.timeout(60_000);

  before(async () => {
    // A run stopped before its `after` leaves its sidecars; each run numbers its copies from 1 again, so a copy would take on the decisions of an earlier test.
    await removeScratch();
    await vscode.workspace.fs.createDirectory(scratch);
  });
  afterEach(closeAll);
  after(async () => {
    await closeAll();
    // Pending saves would bring the sidecars back after the delete.
    const claimlens = await api();
    for (const uri of created) await claimlens.annotationsSaved(uri);
    await removeScratch();
  });

  it('sets a status, notes, dismisses, restores and undoes, saving a canonical sidecar each time', async () => {
    const { uri, name } = await article();
    const { editor, claimlens } = await open(uri);
    const view = claimlens.annotationsFor(uri);
    assert.ok(view && view.claims.length > 1 && view.hedges.length > 0, 'ferry.txt has claims and hedges');
    const claim = view.claims[0];
    const target = claim.status === 'denied' ? 'confirmed' : 'denied';
    const ref = { uri: uri.toString(), kind: 'claim', start: claim.start, end: claim.end };

    await vscode.commands.executeCommand('claimlens.setStatus', { ...ref, status: target });
    await waitFor(() => claimlens.annotationsFor(uri)?.claims[0].status === target, 'the new status');
    const merged = claimlens.annotationsFor(uri)?.claims[0];
    assert.equal(merged?.origin, 'manual');
    assert.equal(merged?.autoStatus, claim.status);
    const at = editor.document.positionAt(claim.start);
    await waitFor(() => claimlens.decorationsFor(uri)[target].some((r) => r.start.isEqual(at)), `the claim painted ${target}`);
    assert.match(await hoverText(uri, editor.document.positionAt(claim.start + 1)), /✎ set by you/);

    await vscode.commands.executeCommand('claimlens.editNote', { ...ref, note: 'Ask the harbour master.' });
    await waitFor(() => claimlens.annotationsFor(uri)?.claims[0].note === 'Ask the harbour master.', 'the note');
    await claimlens.annotationsSaved(uri);
    const saved = await read(sidecarOf(name));
    const doc = JSON.parse(saved);
    assert.equal(doc.format, 'claimlens-annotations');
    assert.equal(doc.version, 1);
    assert.equal(doc.document, `${SCRATCH}/${name}`);
    assert.equal(doc.annotations.length, 1);
    assert.equal(doc.annotations[0].status, target);
    assert.equal(doc.annotations[0].note, 'Ask the harbour master.');
    assert.deepEqual(Object.keys(doc), ['annotations', 'document', 'format', 'version'], 'keys sorted');
    assert.ok(saved.endsWith('}\n') && saved.includes('\n  "annotations"'), 'indented, trailing newline');

    const hedge = view.hedges[0];
    await vscode.commands.executeCommand('claimlens.dismissFinding', { uri: uri.toString(), kind: 'hedge', start: hedge.start, end: hedge.end });
    await waitFor(() => claimlens.annotationsFor(uri)?.dismissed.some((d) => d.kind === 'hedge' && d.item.start === hedge.start), 'the hedge dismissed');
    assert.ok(!claimlens.annotationsFor(uri)?.hedges.some((h) => h.start === hedge.start));
    await waitFor(() => !claimlens.decorationsFor(uri).hedge.some((r) => r.start.isEqual(editor.document.positionAt(hedge.start))), 'the hedge no longer painted');
    await vscode.commands.executeCommand('claimlens.restoreFinding', { uri: uri.toString(), kind: 'hedge', start: hedge.start, end: hedge.end });
    await waitFor(() => claimlens.annotationsFor(uri)?.hedges.some((h) => h.start === hedge.start), 'the hedge restored');

    await vscode.commands.executeCommand('claimlens.undoAnnotation', { uri: uri.toString() });
    await waitFor(() => claimlens.annotationsFor(uri)?.dismissed.length === 1, 'undo of the restore');
    await vscode.commands.executeCommand('claimlens.undoAnnotation', { uri: uri.toString() });
    await vscode.commands.executeCommand('claimlens.undoAnnotation', { uri: uri.toString() });
    await waitFor(() => claimlens.annotationsFor(uri)?.claims[0].note === undefined, 'undo of the note');
    assert.equal(claimlens.annotationsFor(uri)?.claims[0].status, target, 'the status stays');
    await claimlens.annotationsSaved(uri);
    const after = JSON.parse(await read(sidecarOf(name)));
    assert.equal(after.annotations.length, 1);
    assert.equal(after.annotations[0].note, undefined);
  });

  it('marks a selection as a claim and changes a claim\'s source', async () => {
    const { uri } = await article();
    const { editor, claimlens } = await open(uri);
    const text = editor.document.getText();
    const start = text.indexOf('The harbour has two ferry berths');
    const end = start + 'The harbour has two ferry berths'.length;
    await vscode.commands.executeCommand('claimlens.markClaim', { uri: uri.toString(), start, end, status: 'alleged', source: { text: 'the port authority' } });
    const added = await waitFor(() => claimlens.annotationsFor(uri)?.claims.find((c) => c.start === start && c.added), 'the added claim');
    assert.equal(added.status, 'alleged');
    assert.equal(added.source?.text, 'the port authority');
    const first = claimlens.annotationsFor(uri)?.claims[0];
    assert.ok(first);
    await vscode.commands.executeCommand('claimlens.changeSource', { uri: uri.toString(), kind: 'claim', start: first.start, end: first.end, source: { text: 'Kell harbour office' } });
    await waitFor(() => claimlens.annotationsFor(uri)?.claims[0].source?.text === 'Kell harbour office', 'the changed source');
  });

  it('reads the sidecar when the article opens (as after a reload)', async () => {
    const { uri } = await article(sidecarWith('the storm had only damaged the loading ramp at Kell harbour', 'denied'));
    const { claimlens } = await open(uri);
    const claim = claimlens.annotationsFor(uri)?.claims.find((c) => c.text.includes('loading ramp'));
    assert.equal(claim?.status, 'denied');
    assert.equal(claim?.origin, 'manual');
    const result = claimlens.resultFor(uri);
    assert.ok(result?.kind === 'analysed' && result.analysis.claims.some((c) => c.text.includes('loading ramp') && c.status === 'denied'), 'the first result already has it');
  });

  it('marks your claims in the Claims tree, lists what does not attach, and dismisses and restores from tree items', async () => {
    const { uri } = await article((name) => {
      const doc = JSON.parse(sidecarWith('the storm had only damaged the loading ramp at Kell harbour', 'denied')(name));
      doc.annotations.push({ id: 'claim-00000002', kind: 'claim', note: 'about a sentence since cut', anchor: { quote: { exact: 'The mayor resigned on Friday', prefix: '', suffix: '' }, position: { start: 300, end: 328 } } });
      return JSON.stringify(doc);
    });
    const { claimlens } = await open(uri);
    const tree = claimlens.claimsTree;
    const roots = await waitFor(() => {
      const r = tree.getChildren() as ClaimsNode[];
      return r.some((n) => n.kind === 'manualGroup' && n.which === 'orphaned') && r;
    }, 'the Not attached group');
    const orphans = tree.getChildren(roots.find((n) => n.kind === 'manualGroup' && n.which === 'orphaned')) as ClaimsNode[];
    assert.equal(orphans.length, 1);
    assert.match(String(tree.getTreeItem(orphans[0]).label), /The mayor resigned/);
    const claims = roots.filter((n) => n.kind === 'group').flatMap((g) => tree.getChildren(g) as ClaimsNode[]);
    const mine = claims.find((n) => n.kind === 'claim' && n.claim.text.includes('loading ramp'));
    assert.ok(mine);
    const item = tree.getTreeItem(mine);
    assert.match(String(item.description), /^✎ /);
    assert.equal(item.contextValue, 'claim.manual');
    const other = claims.find((n) => n.kind === 'claim' && n !== mine);
    assert.ok(other && other.kind === 'claim');
    await vscode.commands.executeCommand('claimlens.dismissFinding', other);
    const dismissedGroup = await waitFor(() => (tree.getChildren() as ClaimsNode[]).find((n) => n.kind === 'manualGroup' && n.which === 'dismissed'), 'the Dismissed group');
    const dismissed = tree.getChildren(dismissedGroup) as ClaimsNode[];
    assert.equal(dismissed.length, 1);
    assert.ok(!claimlens.annotationsFor(uri)?.claims.some((c) => c.start === other.claim.start), 'gone from the claims');
    await vscode.commands.executeCommand('claimlens.restoreFinding', dismissed[0]);
    await waitFor(() => claimlens.annotationsFor(uri)?.claims.some((c) => c.start === other.claim.start), 'restored');
    assert.ok(!(tree.getChildren() as ClaimsNode[]).some((n) => n.kind === 'manualGroup' && n.which === 'dismissed'), 'the empty group is hidden');
  });

  it('keeps a decision on a rewritten sentence (another number and place) off the new one, listed under Not attached and kept in the sidecar', async () => {
    const rewritten = 'the storm had only damaged 12 loading ramps at Dunmore pier';
    const { uri, name } = await article((name) => JSON.stringify({
      format: 'claimlens-annotations', version: 1, document: `${SCRATCH}/${name}`,
      annotations: [{ id: 'claim-00000003', kind: 'claim', status: 'denied', note: 'checked the old figure', anchor: { quote: { exact: rewritten, prefix: 'ry operator said on Sunday that ', suffix: '. The company said crossings wou' }, position: { start: 87, end: 87 + rewritten.length } } }],
    }, null, 2));
    const { claimlens } = await open(uri);
    const ramp = claimlens.annotationsFor(uri)?.claims.find((c) => c.text.includes('loading ramp at Kell harbour'));
    assert.ok(ramp, 'the analysis finds the current sentence');
    assert.deepEqual([ramp.origin, ramp.note], ['auto', undefined], 'the old decision does not apply to it');
    const tree = claimlens.claimsTree;
    const group = await untilShown(claimlens, () => (tree.getChildren() as ClaimsNode[]).find((n) => n.kind === 'manualGroup' && n.which === 'orphaned'));
    const orphans = tree.getChildren(group) as ClaimsNode[];
    assert.deepEqual(orphans.map((n) => String(tree.getTreeItem(n).label)), [rewritten]);
    await vscode.commands.executeCommand('claimlens.editNote', { uri: uri.toString(), kind: 'claim', start: ramp.start, end: ramp.end, note: 'the new figure' });
    await claimlens.annotationsSaved(uri);
    const saved = JSON.parse(await read(sidecarOf(name))) as { annotations: Array<{ id: string; note?: string; anchor: { quote: { exact: string } } }> };
    const kept = saved.annotations.find((a) => a.id === 'claim-00000003');
    assert.deepEqual([kept?.note, kept?.anchor.quote.exact], ['checked the old figure', rewritten], 'the orphan stays in the sidecar as it was');
  });

  it('keeps the changes to a file outside the workspace in memory, and says so', async () => {
    const claimlens = await api();
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: await read(vscode.Uri.joinPath(root, 'ferry.txt')) });
    await vscode.window.showTextDocument(document);
    const uri = document.uri;
    const claim = await waitFor(() => claimlens.annotationsFor(uri)?.claims[0], 'the untitled article analysed');
    await vscode.commands.executeCommand('claimlens.setStatus', { uri: uri.toString(), kind: 'claim', start: claim.start, end: claim.end, status: claim.status === 'denied' ? 'alleged' : 'denied' });
    await waitFor(() => claimlens.annotationsFor(uri)?.claims[0].origin === 'manual', 'the edit, in memory');
    await waitFor(() => claimlens.annotationNotices().some((n) => n.level === 'info' && /outside the workspace folders/.test(n.message)), 'the note that nothing is saved');
    assert.equal(await exists(vscode.Uri.joinPath(root, '.claimlens', `${uri.path}.json`)), false);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('in restricted mode shows the decisions but writes nothing, and says so once', async () => {
    const { uri, name } = await article();
    const { claimlens } = await open(uri);
    const notices = new Notices();
    // A second store over the same article, as the extension builds it in an untrusted workspace.
    const restricted = new ManualAnnotations(notices, () => false);
    try {
      await restricted.ready(uri);
      const raw = claimlens.resultFor(uri);
      assert.ok(raw?.kind === 'analysed');
      restricted.apply(uri, raw.raw, raw.text);
      const claim = restricted.view(uri)?.claims[0];
      assert.ok(claim);
      const target = { kind: 'claim' as const, start: claim.start, end: claim.end };
      await restricted.edit(uri, { type: 'set-status', target, status: claim.status === 'denied' ? 'alleged' : 'denied' }, 'set status');
      await restricted.edit(uri, { type: 'set-note', target, note: 'kept in memory' }, 'note');
      restricted.apply(uri, raw.raw, raw.text);
      assert.equal(restricted.view(uri)?.claims[0].note, 'kept in memory');
      await restricted.saved(uri);
      assert.equal(await exists(sidecarOf(name)), false, 'no sidecar written');
      assert.deepEqual(notices.shown.map((n) => n.level), ['info'], 'one message');
      assert.match(notices.shown[0].message, /Restricted mode/);
    } finally {
      restricted.dispose();
    }
  });

  it('takes in a sidecar changed on disk (a git pull); undo then takes back only your own change', async () => {
    const { uri, name } = await article();
    const { claimlens } = await open(uri);
    const ramp = () => claimlens.annotationsFor(uri)?.claims.find((c) => c.text.includes('loading ramp'));
    const first = ramp();
    assert.ok(first && first.status !== 'denied', 'the analysis does not say denied');
    const mine = claimlens.annotationsFor(uri)?.claims.find((c) => c !== first && !c.text.includes('loading ramp'));
    assert.ok(mine);
    await vscode.commands.executeCommand('claimlens.editNote', { uri: uri.toString(), kind: 'claim', start: mine.start, end: mine.end, note: 'my own note' });
    await claimlens.annotationsSaved(uri);
    const pulled = JSON.parse(await read(sidecarOf(name)));
    pulled.annotations.push(JSON.parse(sidecarWith('the storm had only damaged the loading ramp at Kell harbour', 'denied')(name)).annotations[0]);
    await write(sidecarOf(name), JSON.stringify(pulled, null, 2));
    await untilShown(claimlens, () => ramp()?.status === 'denied');
    await vscode.commands.executeCommand('claimlens.undoAnnotation', { uri: uri.toString() });
    await untilShown(claimlens, () => !claimlens.annotationsFor(uri)?.claims.some((c) => c.note === 'my own note'));
    assert.equal(ramp()?.status, 'denied', 'the pulled decision stays');
    await claimlens.annotationsSaved(uri);
    const saved = JSON.parse(await read(sidecarOf(name))) as { annotations: Array<{ status?: string; note?: string }> };
    assert.deepEqual(saved.annotations.map((a) => [a.status, a.note]), [['denied', undefined]]);
  });

  it('reads a sidecar caught half-written again once it is whole, writing nothing over it meanwhile', async () => {
    const { uri, name } = await article();
    const { claimlens } = await open(uri);
    const claims = claimlens.annotationsFor(uri)?.claims ?? [];
    const ramp = () => claimlens.annotationsFor(uri)?.claims.find((c) => c.text.includes('loading ramp'));
    const other = claims.find((c) => !c.text.includes('loading ramp'));
    assert.ok(other && ramp()?.status !== 'denied');
    await vscode.commands.executeCommand('claimlens.editNote', { uri: uri.toString(), kind: 'claim', start: other.start, end: other.end, note: 'before' });
    await claimlens.annotationsSaved(uri);
    const whole = JSON.parse(await read(sidecarOf(name)));
    whole.annotations.push(JSON.parse(sidecarWith('the storm had only damaged the loading ramp at Kell harbour', 'denied')(name)).annotations[0]);
    const text = JSON.stringify(whole, null, 2);
    await write(sidecarOf(name), text.slice(0, text.length / 2));
    await until(claimlens.claimsTree.onDidChangeTreeData, () => claimlens.annotationNotices().some((n) => n.level === 'warning' && n.message.includes(name) && /perhaps still being written/.test(n.message)));
    await vscode.commands.executeCommand('claimlens.editNote', { uri: uri.toString(), kind: 'claim', start: other.start, end: other.end, note: 'during' });
    await claimlens.annotationsSaved(uri);
    assert.equal(await read(sidecarOf(name)), text.slice(0, text.length / 2), 'not written over while it cannot be read');
    await write(sidecarOf(name), text);
    await untilShown(claimlens, () => ramp()?.status === 'denied');
    await claimlens.annotationsSaved(uri);
    const saved = JSON.parse(await read(sidecarOf(name))) as { annotations: Array<{ status?: string; note?: string }> };
    assert.deepEqual(saved.annotations.map((a) => a.status ?? a.note).sort(), ['denied', 'during']);
  });

  it('merges a sidecar another window wrote between two edits: none of either side is lost, and deletions stay deleted', async () => {
    const { uri, name } = await article();
    const { claimlens } = await open(uri);
    const claims = claimlens.annotationsFor(uri)?.claims ?? [];
    assert.ok(claims.length >= 4, 'ferry.txt has four claims');
    const noteOn = async (i: number, note: string) => {
      await vscode.commands.executeCommand('claimlens.editNote', { uri: uri.toString(), kind: 'claim', start: claims[i].start, end: claims[i].end, note });
      await claimlens.annotationsSaved(uri);
    };
    const onDisk = async () => JSON.parse(await read(sidecarOf(name))) as { annotations: Array<{ id: string; note?: string; dismissed?: boolean }>; removed?: Record<string, string> };
    const notes = async () => (await onDisk()).annotations.map((a) => a.note ?? (a.dismissed ? 'dismissed' : '?')).sort();
    /** What another window writes: the file as it reads it, changed. */
    const otherWindow = async (change: (doc: Awaited<ReturnType<typeof onDisk>>) => void) => {
      const doc = await onDisk();
      change(doc);
      await write(sidecarOf(name), JSON.stringify(doc, null, 2));
    };
    const entry = (i: number, id: string, extra: object) => ({ id, kind: 'claim', anchor: { quote: { exact: claims[i].text, prefix: '', suffix: '' }, position: { start: claims[i].start, end: claims[i].end } }, ...extra });

    await noteOn(0, 'mine 1');
    await otherWindow((doc) => doc.annotations.push(entry(1, 'claim-other-1', { note: 'theirs 1' }), entry(2, 'claim-other-2', { dismissed: true })));
    // At once, as a second window's edit lands before this one hears of it.
    await noteOn(3, 'mine 2');
    assert.deepEqual(await notes(), ['dismissed', 'mine 1', 'mine 2', 'theirs 1']);
    await untilShown(claimlens, () => claimlens.annotationsFor(uri)?.claims.some((c) => c.note === 'theirs 1') && claimlens.annotationsFor(uri)?.dismissed.length === 1);

    // The other window takes back "mine 1" and its dismissal, recording the removals as ClaimLens does; this one edits again.
    await otherWindow((doc) => {
      const gone = doc.annotations.filter((a) => a.note === 'mine 1' || a.dismissed);
      doc.annotations = doc.annotations.filter((a) => !gone.includes(a));
      doc.removed = Object.fromEntries(gone.map((a) => [a.id, new Date().toISOString()]));
    });
    await noteOn(3, 'mine 2, changed');
    assert.deepEqual(await notes(), ['mine 2, changed', 'theirs 1']);
    await untilShown(claimlens, () => !claimlens.annotationsFor(uri)?.claims.some((c) => c.note === 'mine 1') && claimlens.annotationsFor(uri)?.dismissed.length === 0);
  });

  it('loses none of the annotations two windows add and remove on one article at the same time', async () => {
    const { uri, name } = await article();
    const { claimlens } = await open(uri);
    const raw = claimlens.resultFor(uri);
    assert.ok(raw?.kind === 'analysed');
    const words = [...raw.text.matchAll(/[A-Za-z]{4,}/g)].filter((m, i, all) => all.findIndex((x) => x[0] === m[0]) === i).slice(0, 22);
    assert.equal(words.length, 22);
    const mark = (w: ManualAnnotations, m: RegExpExecArray) => w.edit(uri, { type: 'add-claim', start: m.index, end: m.index + m[0].length, status: 'alleged' }, 'mark as claim');
    const onDisk = async () => (JSON.parse(await read(sidecarOf(name))) as { annotations: Array<{ anchor: { quote: { exact: string } } }> }).annotations.map((a) => a.anchor.quote.exact).sort();
    // Two more stores over the same article, as two other windows have them.
    const windows = [new ManualAnnotations(new Notices(), () => true), new ManualAnnotations(new Notices(), () => true)];
    const files = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(sidecars, '*.json'));
    /** Once both windows' saves and the merges they trigger have settled, the file holds `expected`. */
    const settled = (expected: string[]) => until(files.onDidChange, async () => {
      for (const w of windows) await w.saved(uri);
      return JSON.stringify(await onDisk()) === JSON.stringify([...expected].sort());
    });
    try {
      for (const w of windows) {
        await w.ready(uri);
        w.apply(uri, raw.raw, raw.text);
      }
      // Each window marks nine words, taking turns as fast as it can.
      await Promise.all(windows.map(async (w, k) => {
        for (let i = k; i < 18; i += 2) await mark(w, words[i]);
      }));
      await settled(words.slice(0, 18).map((m) => m[0]));
      // One window undoes its last three while the other marks four more.
      await Promise.all([
        (async () => { for (let i = 0; i < 3; i++) await windows[0].undo(uri); })(),
        (async () => { for (let i = 18; i < 22; i++) await mark(windows[1], words[i]); })(),
      ]);
      const undone = new Set([12, 14, 16]);
      await settled(words.filter((_, i) => !undone.has(i)).map((m) => m[0]));
    } finally {
      files.dispose();
      for (const w of windows) w.dispose();
    }
  });

  it('backs up a damaged sidecar, warns, and keeps what could be salvaged', async () => {
    const good = sidecarWith('the storm had only damaged the loading ramp at Kell harbour', 'denied')('x');
    const damaged = good.slice(0, good.lastIndexOf(']')) + ', {"id": broken';
    const { uri, name } = await article(() => damaged);
    const { claimlens } = await open(uri);
    await waitFor(() => claimlens.annotationNotices().some((n) => n.level === 'warning' && n.message.includes(name) && /damaged/.test(n.message)), 'the warning');
    const backups = (await vscode.workspace.fs.readDirectory(sidecars)).filter(([f]) => f.startsWith(`${name.replace(/\.json$/, '')}.corrupt-`));
    assert.equal(backups.length, 1, 'one backup beside the sidecar');
    assert.equal(await read(vscode.Uri.joinPath(sidecars, backups[0][0])), damaged, 'the backup is the damaged file as it was');
    assert.equal(claimlens.annotationsFor(uri)?.claims.find((c) => c.text.includes('loading ramp'))?.status, 'denied', 'salvaged');
    await claimlens.annotationsSaved(uri);
    assert.equal(JSON.parse(await read(sidecarOf(name))).annotations.length, 1, 'rewritten as valid JSON');
  });

  it('recovers a big damaged sidecar in one pass, says it was searched only in part, and backs the whole file up', async () => {
    const good = sidecarWith('the storm had only damaged the loading ramp at Kell harbour', 'denied')('x');
    const damaged = good.slice(0, good.lastIndexOf(']')) + ',' + '{'.repeat(1536 * 1024);
    const { uri, name } = await article(() => damaged);
    const { claimlens } = await open(uri);
    const warning = await waitFor(() => claimlens.annotationNotices().find((n) => n.level === 'warning' && n.message.includes(name) && /damaged/.test(n.message)), 'the warning');
    assert.match(warning.message, /too large to search whole: only its first 1\.0 MB \(of 1\.5 MB\) was searched/);
    assert.match(warning.message, /backed up as/);
    const backups = (await vscode.workspace.fs.readDirectory(sidecars)).filter(([f]) => f.startsWith(`${name}.corrupt-`));
    assert.equal(backups.length, 1, 'one backup beside the sidecar');
    assert.equal(await read(vscode.Uri.joinPath(sidecars, backups[0][0])), damaged, 'the backup is the whole damaged file');
    assert.equal(claimlens.annotationsFor(uri)?.claims.find((c) => c.text.includes('loading ramp'))?.status, 'denied', 'salvaged');
  });

  it('refuses a sidecar from a newer version and never writes over it', async () => {
    const newer = sidecarWith('the storm had only damaged the loading ramp at Kell harbour', 'denied', 99);
    const { uri, name } = await article(newer);
    const before = await read(sidecarOf(name));
    const { claimlens } = await open(uri);
    await waitFor(() => claimlens.annotationNotices().some((n) => n.level === 'error' && n.message.includes('newer version') && n.message.includes(name)), 'the refusal');
    const claim = claimlens.annotationsFor(uri)?.claims[0];
    assert.ok(claim);
    await vscode.commands.executeCommand('claimlens.setStatus', { uri: uri.toString(), kind: 'claim', start: claim.start, end: claim.end, status: claim.status === 'denied' ? 'alleged' : 'denied' });
    await waitFor(() => claimlens.annotationsFor(uri)?.claims[0].origin === 'manual', 'the edit, in memory');
    await claimlens.annotationsSaved(uri);
    assert.equal(await read(sidecarOf(name)), before, 'left untouched');
  });

  it('moves the sidecar when the article is renamed', async () => {
    const { uri, name } = await article();
    const { claimlens } = await open(uri);
    const claim = claimlens.annotationsFor(uri)?.claims[0];
    assert.ok(claim);
    const status = claim.status === 'denied' ? 'alleged' : 'denied';
    await vscode.commands.executeCommand('claimlens.setStatus', { uri: uri.toString(), kind: 'claim', start: claim.start, end: claim.end, status });
    await waitFor(() => claimlens.annotationsFor(uri)?.claims[0].origin === 'manual', 'the edit');
    await claimlens.annotationsSaved(uri);
    await closeAll();
    const renamed = vscode.Uri.joinPath(scratch, `renamed-${name}`);
    created.push(renamed);
    const files = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(sidecars, '*.json'));
    try {
      const moved = until(anyOf(files.onDidCreate, files.onDidDelete), async () => (await exists(sidecarOf(`renamed-${name}`))) && !(await exists(sidecarOf(name))));
      const edit = new vscode.WorkspaceEdit();
      edit.renameFile(uri, renamed);
      assert.ok(await vscode.workspace.applyEdit(edit));
      await moved;
    } finally {
      files.dispose();
    }
    const { claimlens: after } = await open(renamed);
    await untilShown(after, () => after.annotationsFor(renamed)?.claims[0].status === status);
  });

  it('exports the article in every format to a given path, and writes nothing to an unwritable one', async () => {
    const { uri } = await article();
    const { claimlens } = await open(uri);
    const claim = claimlens.annotationsFor(uri)?.claims[0];
    assert.ok(claim);
    await vscode.commands.executeCommand('claimlens.editNote', { uri: uri.toString(), kind: 'claim', start: claim.start, end: claim.end, note: 'checked' });
    await waitFor(() => claimlens.annotationsFor(uri)?.claims[0].note === 'checked', 'the note');
    const out = vscode.Uri.joinPath(scratch, 'out');
    const checks: Record<string, (text: string) => void> = {
      json: (t) => assert.equal(JSON.parse(t).claims[0].note, 'checked'),
      csv: (t) => assert.match(t, /^file,line,status,claim,source,cue,hedges,note,origin\r\n/),
      md: (t) => assert.match(t, /note: checked/),
      webannotation: (t) => assert.equal(JSON.parse(t).type, 'AnnotationCollection'),
      claimreview: (t) => assert.equal(JSON.parse(t)['@graph'].length, 1),
      brat: (t) => assert.match(t, /^T1\t/),
    };
    for (const [format, check] of Object.entries(checks)) {
      const target = vscode.Uri.joinPath(out, `export.${format === 'brat' ? 'ann' : format}`);
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('claimlens.exportArticle', { uri: uri.toString(), format, target: target.toString() });
      assert.equal(written?.toString(), target.toString(), format);
      check(await read(target));
    }
    assert.equal(await read(vscode.Uri.joinPath(out, 'export.txt')), await read(uri), 'brat text copy');
    const blocker = vscode.Uri.joinPath(out, 'blocker');
    await write(blocker, 'a file where a folder should be');
    const bad = vscode.Uri.joinPath(blocker, 'export.csv');
    const result = await vscode.commands.executeCommand('claimlens.exportArticle', { uri: uri.toString(), format: 'csv', target: bad.toString() });
    assert.equal(result, undefined);
    assert.equal(await exists(bad), false);
    assert.deepEqual((await vscode.workspace.fs.readDirectory(out)).map(([n]) => n).filter((n) => n.endsWith('tmp')), [], 'no temporary file left');
  });

  it('exports the whole workspace into one CSV', async () => {
    const { uri } = await article();
    await open(uri);
    const target = vscode.Uri.joinPath(scratch, 'out', 'workspace.csv');
    await vscode.commands.executeCommand('claimlens.exportWorkspace', { format: 'csv', target: target.toString() });
    const csv = await read(target);
    assert.equal(csv.match(/^file,line,status/gm)?.length, 1);
    for (const name of ['ferry.txt', 'council.md', 'harbour.article']) assert.match(csv, new RegExp(`\\r\\n${name.replace('.', '\\.')},\\d+,`), name);
    assert.match(csv, new RegExp(`\\r\\n${SCRATCH}/ferry-\\d+\\.txt,`));
  });

  it('writes nothing when the workspace export is cancelled', async () => {
    const { uri } = await article();
    await open(uri);
    const target = vscode.Uri.joinPath(scratch, 'out', 'cancelled.csv');
    const cancel = new vscode.CancellationTokenSource();
    cancel.cancel();
    const result = await vscode.commands.executeCommand('claimlens.exportWorkspace', { format: 'csv', target: target.toString(), cancel: cancel.token });
    cancel.dispose();
    assert.equal(result, undefined);
    assert.equal(await exists(target), false);
  });

  it('imports an exported JSON file onto another copy and reports what attached', async () => {
    const a = await article();
    const { claimlens } = await open(a.uri);
    const claim = claimlens.annotationsFor(a.uri)?.claims[1];
    assert.ok(claim);
    await vscode.commands.executeCommand('claimlens.editNote', { uri: a.uri.toString(), kind: 'claim', start: claim.start, end: claim.end, note: 'carried over' });
    await waitFor(() => claimlens.annotationsFor(a.uri)?.claims[1].note === 'carried over', 'the note');
    const file = vscode.Uri.joinPath(scratch, 'out', 'carry.json');
    await vscode.commands.executeCommand('claimlens.exportArticle', { uri: a.uri.toString(), format: 'json', target: file.toString() });
    const b = await article();
    await open(b.uri);
    const summary = await vscode.commands.executeCommand<{ attached: number; unattached: string[] }>('claimlens.importAnnotations', { uri: b.uri.toString(), file: file.toString() });
    assert.deepEqual(summary, { attached: 1, unattached: [] });
    await waitFor(() => claimlens.annotationsFor(b.uri)?.claims.find((c) => c.text === claim.text)?.note === 'carried over', 'the imported note');
    await vscode.commands.executeCommand('claimlens.undoAnnotation', { uri: b.uri.toString() });
    await waitFor(() => !claimlens.annotationsFor(b.uri)?.claims.some((c) => c.note), 'the import undone');
    const other = await article(undefined, 'council.md');
    await open(other.uri);
    const none = await vscode.commands.executeCommand<{ attached: number; unattached: string[] }>('claimlens.importAnnotations', { uri: other.uri.toString(), file: file.toString() });
    assert.equal(none?.attached, 0);
    assert.equal(none?.unattached.length, 1);
    assert.match(none.unattached[0], /^claim: “.+” — its text is not in this article$/);
  });
});
