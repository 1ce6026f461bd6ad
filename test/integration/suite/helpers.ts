/**
 * Shared helpers of the integration suite, bundled into each test file:
 * the extension's API, fixtures by absolute path, and waiting on conditions
 * with a timeout (polling or events, never fixed sleeps).
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ClaimLensApi } from '../../../src/api';

/** The fixtures folder: out/integration/suite/<file>.js → test/integration/fixtures. */
export const FIXTURES = path.resolve(__dirname, '..', '..', '..', 'test', 'integration', 'fixtures');

export function fixtureUri(name: string): vscode.Uri {
  return vscode.Uri.file(path.join(FIXTURES, name));
}

/** Activates ClaimLens (if it is not yet) and returns its API. */
export async function api(): Promise<ClaimLensApi> {
  const ext = vscode.extensions.getExtension<ClaimLensApi>('claimlens.claimlens');
  if (!ext) throw new Error('ClaimLens is not installed in this extension host');
  return ext.isActive ? ext.exports : ext.activate();
}

/** Resolves with the value once `probe` returns something other than undefined/false; rejects after `timeoutMs`. */
export async function waitFor<T>(probe: () => T | undefined | false | Promise<T | undefined | false>, what: string, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** How often `until` looks again without an event. */
const RECHECK_MS = 1000;

/**
 * Resolves with the value once `probe` returns something other than
 * undefined/false, checked now, each time `event` fires, and every second in
 * case an event came before the listener (a file watcher starts late on a busy
 * machine). It has no deadline of its own: the test's timeout bounds it, so a
 * loaded machine makes it slower, never wrong. Use it for what follows a file
 * event (a watcher, a re-index), which may take long under load.
 */
export function until<T>(event: vscode.Event<unknown>, probe: () => T | undefined | false | Promise<T | undefined | false>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let running = false;
    let again = false;
    let settled = false;
    const finish = (): void => {
      settled = true;
      clearInterval(recheck);
      listener.dispose();
    };
    const check = async (): Promise<void> => {
      if (settled) return;
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        do {
          again = false;
          const value = await probe();
          if (value !== undefined && value !== false) {
            finish();
            resolve(value);
            return;
          }
        } while (again && !settled);
      } catch (e) {
        finish();
        reject(e);
      } finally {
        running = false;
      }
    };
    const recheck = setInterval(() => void check(), RECHECK_MS);
    const listener = event(() => void check());
    void check();
  });
}

/** One event that fires whenever any of `events` does. */
export function anyOf<T>(...events: vscode.Event<T>[]): vscode.Event<T> {
  return (listener, thisArgs, disposables) => {
    const all = events.map((e) => e(listener, thisArgs));
    const joined = vscode.Disposable.from(...all);
    disposables?.push(joined);
    return joined;
  };
}

/** Resolves once `probe` holds for what ClaimLens shows: checked now and each time the active article's findings are published again (its Claims tree changes). */
export function untilShown<T>(claimlens: ClaimLensApi, probe: () => T | undefined | false): Promise<T> {
  return until(claimlens.claimsTree.onDidChangeTreeData, probe);
}

/** Opens a fixture in an editor and waits until ClaimLens has analysed it (on the event that publishes it, so a busy machine only makes it slower). */
export async function openAnalysed(name: string): Promise<{ editor: vscode.TextEditor; claimlens: ClaimLensApi }> {
  const claimlens = await api();
  const document = await vscode.workspace.openTextDocument(fixtureUri(name));
  const editor = await vscode.window.showTextDocument(document, { preview: false });
  await untilShown(claimlens, () => {
    const r = claimlens.resultFor(document.uri);
    return r?.kind === 'analysed' && r.version === document.version;
  });
  return { editor, claimlens };
}

/** Sets a ClaimLens setting for the user and returns a function that restores it. */
export async function setSetting(key: string, value: unknown): Promise<() => Promise<void>> {
  const config = vscode.workspace.getConfiguration('claimlens');
  const before = config.inspect(key)?.globalValue;
  await config.update(key, value, vscode.ConfigurationTarget.Global);
  return async () => {
    await vscode.workspace.getConfiguration('claimlens').update(key, before, vscode.ConfigurationTarget.Global);
  };
}

/** Closes all editors between tests. */
export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Compares ranges by value. */
export function sameRange(a: vscode.Range, b: vscode.Range): boolean {
  return a.start.isEqual(b.start) && a.end.isEqual(b.end);
}
