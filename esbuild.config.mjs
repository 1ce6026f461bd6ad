// Bundles the extension (Node, CommonJS, vscode external), the CLI, the core
// alone (dist/core.js), the syntax alone (dist/syntax.js; its model is copied
// beside the bundles), the ledger's index workers (worker_threads and Web Worker) and a browser build. `--watch` rebuilds on change; `--production` minifies.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, writeFileSync, existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  target: 'es2022',
  logLevel: 'warning',
  legalComments: 'none',
};

const builds = [
  { ...common, entryPoints: ['src/cli/bin.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs', banner: { js: '#!/usr/bin/env node' } },
  // The core alone, for scripts/bench.mjs and other tools that want the analysis without the CLI.
  { ...common, entryPoints: ['src/core/index.ts'], outfile: 'dist/core.js', platform: 'neutral', format: 'cjs', mainFields: ['module', 'main'] },
  // The syntax alone (tagger, parser, treebank reader and scorer), for scripts/eval.mjs and scripts/bench.mjs.
  { ...common, entryPoints: ['src/core/syntax/index.ts'], outfile: 'dist/syntax.js', platform: 'neutral', format: 'cjs' },
];
if (existsSync('src/extension.ts')) {
  builds.push({ ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs', external: ['vscode'], define: { CLAIMLENS_NODE_HOST: 'true' } });
}
if (existsSync('src/ledger-editor/worker.ts')) {
  // The workspace ledger's index thread (worker_threads), started by dist/extension.js on first need.
  builds.push({ ...common, entryPoints: ['src/ledger-editor/worker.ts'], outfile: 'dist/ledgerWorker.js', platform: 'node', format: 'cjs' });
}
if (existsSync('src/web/extension.ts')) {
  builds.push({ ...common, entryPoints: ['src/web/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs', external: ['vscode'], define: { CLAIMLENS_NODE_HOST: 'false' } });
}
if (existsSync('src/ledger-editor/webWorker.ts')) {
  // The index thread of VS Code for the web: a plain script, read by dist/web/extension.js and started from a Blob URL.
  builds.push({ ...common, entryPoints: ['src/ledger-editor/webWorker.ts'], outfile: 'dist/web/ledgerWorker.js', platform: 'browser', format: 'iife' });
}

mkdirSync('dist', { recursive: true });
// The package is ESM for its sources; the bundles are CommonJS, as VS Code loads them.
writeFileSync('dist/package.json', JSON.stringify({ type: 'commonjs' }) + '\n');
// The syntax model ships beside the bundles that read it, with its licence (CC BY-SA 4.0, from the treebank).
if (existsSync('models/syntax/claimlens-syntax.bin')) {
  copyFileSync('models/syntax/claimlens-syntax.bin', 'dist/claimlens-syntax.bin');
  copyFileSync('models/syntax/LICENSE.txt', 'dist/claimlens-syntax.LICENSE.txt');
}

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
