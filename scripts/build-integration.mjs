// Compiles the integration suite (test/integration/suite/*.test.ts) to
// out/integration/suite/*.test.js: CommonJS, `vscode` external, mocha's BDD
// globals left to the runner. Each test file is bundled with its helpers.
import * as esbuild from 'esbuild';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const suite = 'test/integration/suite';
const out = 'out/integration';
const entryPoints = readdirSync(suite).filter((f) => f.endsWith('.test.ts')).map((f) => join(suite, f));

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'suite'), { recursive: true });
// The repository is "type": "module"; the compiled suite is CommonJS.
writeFileSync(join(out, 'package.json'), JSON.stringify({ type: 'commonjs' }) + '\n');

await esbuild.build({
  entryPoints,
  outdir: join(out, 'suite'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'es2022',
  sourcemap: 'inline',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
console.log(`built ${entryPoints.length} integration test file(s) into ${out}/suite`);
