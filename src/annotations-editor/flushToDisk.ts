/**
 * Flushes a written file to the disk (fsync) before it is renamed over its
 * target, where the extension runs in Node on a local file: VS Code's file
 * system API has no such call. esbuild defines CLAIMLENS_NODE_HOST as true for
 * the desktop bundle and false for the web one, whose bundle then leaves this
 * branch and its Node import out (test/unit/web-bundle.test.ts); elsewhere
 * (unit tests) it is not defined and nothing is flushed.
 */
import type * as vscode from 'vscode';

declare const CLAIMLENS_NODE_HOST: boolean | undefined;

export async function flushToDisk(uri: vscode.Uri): Promise<void> {
  if (typeof CLAIMLENS_NODE_HOST !== 'undefined' && CLAIMLENS_NODE_HOST && uri.scheme === 'file') {
    const { open } = await import('node:fs/promises');
    const file = await open(uri.fsPath, 'r+');
    try {
      await file.sync();
    } finally {
      await file.close();
    }
  }
}
