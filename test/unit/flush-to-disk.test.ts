import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as vscode from 'vscode';
import { flushToDisk } from '../../src/annotations-editor/flushToDisk';

/** A file URI as the editor hands one over: only the fields flushToDisk reads. */
const fileUri = (fsPath: string) => ({ scheme: 'file', fsPath }) as vscode.Uri;
const host = globalThis as { CLAIMLENS_NODE_HOST?: boolean };

describe('flushToDisk', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'claimlens-flush-')); });
  afterEach(() => {
    delete host.CLAIMLENS_NODE_HOST;
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens and syncs the file in the desktop host (a missing file is an error there)', async () => {
    host.CLAIMLENS_NODE_HOST = true;
    const path = join(dir, 'a.json');
    writeFileSync(path, '{}');
    await flushToDisk(fileUri(path));
    await assert.rejects(flushToDisk(fileUri(join(dir, 'missing.json'))), /ENOENT/);
  });

  it('does nothing outside the desktop host or for a file that is not local', async () => {
    await flushToDisk(fileUri(join(dir, 'missing.json')));
    host.CLAIMLENS_NODE_HOST = true;
    await flushToDisk({ scheme: 'vscode-remote', fsPath: join(dir, 'missing.json') } as vscode.Uri);
  });
});
