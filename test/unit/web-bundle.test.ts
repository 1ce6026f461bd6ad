/**
 * VS Code for the web runs the `browser` entry in a web worker: the bundle
 * must build for the browser platform with nothing but `vscode` left to load.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('web extension bundle', () => {
  it('is declared in package.json', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { browser?: string };
    assert.equal(manifest.browser, './dist/web/extension.js');
  });

  it('builds for the browser and requires only vscode', async function () {
    this.timeout(60_000);
    const result = await esbuild.build({
      entryPoints: [join(root, 'src/web/extension.ts')],
      bundle: true,
      platform: 'browser',
      format: 'cjs',
      external: ['vscode'],
      // as esbuild.config.mjs builds it: the desktop-only flush (src/annotations-editor/flushToDisk.ts) drops out
      define: { CLAIMLENS_NODE_HOST: 'false' },
      write: false,
      logLevel: 'silent',
    });
    assert.deepEqual(result.errors, []);
    const code = result.outputFiles[0].text;
    const required = [...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
    assert.deepEqual([...new Set(required)], ['vscode']);
    assert.doesNotMatch(code, /node:fs/, 'no Node module is imported in the browser build');
  });
});
