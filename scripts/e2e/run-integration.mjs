#!/usr/bin/env node
// Runs the mocha integration suite (out/integration/suite/*.test.js) inside
// the real VS Code extension host, offline, through code-server + headless
// Chromium. `npm run test:integration`.
//
// Options / environment:
//   --no-build                 skip `npm run build` and the suite build
//   --grep <re>                only tests whose full title matches
//   --suite <dir>              compiled suite folder (default out/integration/suite)
//   --workspace <dir>          folder opened in VS Code (default: test/integration/fixtures
//                              when it exists, else samples/)
//   CLAIMLENS_TEST_TIMEOUT     per-test timeout, ms (default 30000)
//   CLAIMLENS_SUITE_TIMEOUT    whole-suite timeout, ms (default 600000)
//   CLAIMLENS_E2E_KEEP=1       keep the temporary profile for inspection
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { repoRoot, resultsDir, run, startHarness } from './harness.mjs';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const opt = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] ? argv[i + 1] : dflt;
};

const suiteDir = resolve(repoRoot, opt('--suite', process.env.CLAIMLENS_SUITE_DIR || 'out/integration/suite'));
const fixtures = join(repoRoot, 'test', 'integration', 'fixtures');
const workspace = resolve(repoRoot, opt('--workspace', process.env.CLAIMLENS_WORKSPACE || (existsSync(fixtures) ? fixtures : 'samples')));
const grep = opt('--grep', process.env.CLAIMLENS_GREP || '');
const testTimeout = Number(process.env.CLAIMLENS_TEST_TIMEOUT || 30_000);
const suiteTimeout = Number(process.env.CLAIMLENS_SUITE_TIMEOUT || 600_000);
const outDir = join(resultsDir, 'integration');
const reportPath = join(outDir, 'report.json');
const progressPath = join(outDir, 'progress.jsonl');

const t0 = Date.now();
const secs = (ms) => `${(ms / 1000).toFixed(1)}s`;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function listSuite(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSafe(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.test\.(c|m)?js$/.test(name)) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}
function readdirSafe(d) {
  try { return readdirSync(d); } catch { return []; }
}

function printTest(t, printedSuites) {
  const path = t.path && t.path.length ? t.path : [t.title];
  for (let i = 0; i < path.length - 1; i++) {
    const key = path.slice(0, i + 1).join(' › ');
    if (!printedSuites.has(key)) {
      printedSuites.add(key);
      console.log(`${'  '.repeat(i + 1)}${path[i]}`);
    }
  }
  const indent = '  '.repeat(path.length);
  const mark = t.state === 'passed' ? '✓' : t.state === 'failed' ? '✗' : '-';
  const dur = t.durationMs >= 75 ? ` (${t.durationMs}ms)` : '';
  console.log(`${indent}${mark} ${t.title}${t.state === 'failed' ? '  FAILED' : ''}${dur}`);
}

async function main() {
  if (!flag('--no-build')) {
    console.log('> npm run build');
    run('npm', ['run', '-s', 'build']);
    const suiteBuilder = join(repoRoot, 'scripts', 'build-integration.mjs');
    if (existsSync(suiteBuilder)) {
      console.log('> node scripts/build-integration.mjs');
      run(process.execPath, [suiteBuilder]);
    }
  }
  const files = listSuite(suiteDir);
  if (!files.length) {
    console.error(`No integration tests in ${relative(repoRoot, suiteDir) || suiteDir} (expected *.test.js; build them with scripts/build-integration.mjs).`);
    console.log('0 passed, 1 failed');
    return 1;
  }
  const require = createRequire(join(repoRoot, 'package.json'));
  const mochaPath = dirname(require.resolve('mocha/package.json'));

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });

  const tBuild = Date.now();
  const h = await startHarness({
    name: 'integration',
    folder: workspace,
    theme: 'light',
    extensions: [{
      dir: join(repoRoot, 'test', 'integration', 'runner'),
      files: {
        'config.json': { mochaPath, files, reportPath, progressPath, timeout: testTimeout, grep: grep || undefined, ui: 'bdd' },
      },
    }],
    watchdogMs: suiteTimeout + 180_000,
  });
  let code = 1;
  try {
    console.log(`code-server on :${h.port}, workspace ${relative(repoRoot, workspace) || '.'}, ${files.length} suite file(s)`);
    const page = await h.openWorkbench();
    const tPage = Date.now();
    console.log(`workbench loaded in ${secs(tPage - tBuild)}; running the suite in the extension host\n`);
    // follow progress while waiting for the report
    let seen = 0;
    const printedSuites = new Set();
    const deadline = Date.now() + suiteTimeout;
    let report = null;
    for (;;) {
      if (existsSync(progressPath)) {
        const lines = readFileSync(progressPath, 'utf8').split('\n').filter(Boolean);
        for (; seen < lines.length; seen++) {
          try { printTest(JSON.parse(lines[seen]), printedSuites); } catch { /* partial line */ }
        }
      }
      if (existsSync(reportPath)) {
        report = JSON.parse(readFileSync(reportPath, 'utf8'));
        break;
      }
      if (h.server.exitCode !== null) throw new Error(`code-server exited (${h.server.exitCode}); see ${h.logFile}`);
      if (Date.now() > deadline) {
        await page.screenshot({ path: join(outDir, 'timeout.png') }).catch(() => {});
        throw new Error(`no report after ${secs(suiteTimeout)} (did the runner extension activate? see ${h.logFile})`);
      }
      await sleep(250);
    }
    // catch the tail of the progress file
    if (existsSync(progressPath)) {
      const lines = readFileSync(progressPath, 'utf8').split('\n').filter(Boolean);
      for (; seen < lines.length; seen++) {
        try { printTest(JSON.parse(lines[seen]), printedSuites); } catch { /* ignore */ }
      }
    }
    if (report.failed > 0) await page.screenshot({ path: join(outDir, 'after-failures.png') }).catch(() => {});

    const failures = report.tests.filter((t) => t.state === 'failed');
    if (failures.length) {
      console.log('\nFailures:');
      failures.forEach((t, i) => {
        console.log(`\n  ${i + 1}) ${t.fullTitle}`);
        console.log(`     ${(t.err?.message ?? '').split('\n').join('\n     ')}`);
        if (t.err?.expected !== undefined || t.err?.actual !== undefined) {
          console.log(`     expected: ${t.err.expected}\n     actual:   ${t.err.actual}`);
        }
        const stack = (t.err?.stack ?? '').split('\n').filter((l) => /^\s+at /.test(l) && !l.includes('node_modules')).slice(0, 4);
        if (stack.length) console.log(stack.map((l) => `   ${l.trim()}`).join('\n'));
      });
    }
    for (const e of report.errors ?? []) console.log(`\nError: ${e.message}${e.stack ? `\n${e.stack}` : ''}`);
    console.log(`\nVS Code ${report.vscodeVersion ?? '?'} (code-server), suite ${secs(report.durationMs ?? 0)}, page load→report ${secs(Date.now() - tPage)}, total ${secs(Date.now() - t0)}`);
    if (report.pending) console.log(`${report.pending} pending`);
    console.log(`${report.passed} passed, ${report.failed} failed`);
    code = report.failed > 0 || (report.errors ?? []).length > 0 || report.passed === 0 ? 1 : 0;
  } finally {
    await h.close();
  }
  return code;
}

main().then((code) => process.exit(code), (e) => {
  console.error(`\n${e.stack || e}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
