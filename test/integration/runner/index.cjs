// Loads mocha and runs the compiled integration suite inside the extension host.
//
// Two callers:
//  - @vscode/test-electron (test/integration/electron.mjs) uses this file as
//    `extensionTestsPath`: it calls `run()`, which rejects when a test fails.
//  - the code-server runner extension (./extension.js, installed by
//    scripts/e2e/run-integration.mjs) calls `runSuite(config)` and writes a
//    JSON report that the outer script waits for.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded by the extension host */
/* global require, module, __dirname, process, console */
'use strict';
const fs = require('fs');
const path = require('path');

const repoRoot = path.resolve(__dirname, '..', '..', '..');

function listSuiteFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.test\.(c|m)?js$/.test(e.name)) out.push(p);
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return out.sort();
}

function errInfo(err) {
  if (!err) return undefined;
  return {
    message: String(err.message ?? err),
    stack: typeof err.stack === 'string' ? err.stack : undefined,
    actual: err.actual !== undefined ? safeString(err.actual) : undefined,
    expected: err.expected !== undefined ? safeString(err.expected) : undefined,
  };
}

function safeString(v) {
  try { return typeof v === 'string' ? v : JSON.stringify(v, null, 2); } catch { return String(v); }
}

/**
 * @param {object} cfg
 * @param {string} [cfg.mochaPath]  absolute path of the mocha package (default: require('mocha'))
 * @param {string[]} [cfg.files]    test files; default: every *.test.js under cfg.suiteDir
 * @param {string} [cfg.suiteDir]
 * @param {string} [cfg.progressPath] file to append one line per finished test
 * @param {number} [cfg.timeout]
 * @param {string} [cfg.grep]
 * @param {string} [cfg.ui]         'bdd' (default) or 'tdd'
 * @returns {Promise<object>} report
 */
async function runSuite(cfg = {}) {
  const started = Date.now();
  const Mocha = require(cfg.mochaPath || 'mocha');
  const files = cfg.files && cfg.files.length ? cfg.files : listSuiteFiles(cfg.suiteDir || path.join(repoRoot, 'out', 'integration', 'suite'));
  const report = { passed: 0, failed: 0, pending: 0, tests: [], files, errors: [], durationMs: 0 };
  const progress = (obj) => {
    if (!cfg.progressPath) return;
    try { fs.appendFileSync(cfg.progressPath, JSON.stringify(obj) + '\n'); } catch { /* best effort */ }
  };
  if (!files.length) {
    report.errors.push({ message: `no test files found in ${cfg.suiteDir || 'out/integration/suite'}` });
    return report;
  }
  const mocha = new Mocha({
    ui: cfg.ui || 'bdd',
    timeout: cfg.timeout ?? 30000,
    color: false,
    reporter: 'base',
    grep: cfg.grep || undefined,
  });
  for (const f of files) mocha.addFile(f);
  try {
    if (typeof mocha.loadFilesAsync === 'function') await mocha.loadFilesAsync();
    else mocha.loadFiles();
  } catch (e) {
    report.errors.push({ message: `loading the suite failed: ${e && e.message}`, stack: e && e.stack });
    report.failed++;
    report.durationMs = Date.now() - started;
    return report;
  }
  await new Promise((resolve) => {
    const runner = mocha.run(() => resolve());
    const record = (state, test, err) => {
      const t = {
        title: test.title,
        fullTitle: typeof test.fullTitle === 'function' ? test.fullTitle() : test.title,
        path: typeof test.titlePath === 'function' ? test.titlePath() : [test.title],
        file: test.file,
        state,
        durationMs: test.duration ?? 0,
        err: errInfo(err),
      };
      report.tests.push(t);
      progress(t);
    };
    runner.on('pass', (t) => { report.passed++; record('passed', t); });
    runner.on('fail', (t, err) => { report.failed++; record('failed', t, err); });
    runner.on('pending', (t) => { report.pending++; record('pending', t); });
  });
  report.durationMs = Date.now() - started;
  return report;
}

/** Entry point for @vscode/test-electron. */
async function run() {
  const report = await runSuite({
    suiteDir: process.env.CLAIMLENS_SUITE_DIR || path.join(repoRoot, 'out', 'integration', 'suite'),
    grep: process.env.CLAIMLENS_GREP,
    timeout: Number(process.env.CLAIMLENS_TEST_TIMEOUT || 30000),
  });
  for (const t of report.tests) {
    const mark = t.state === 'passed' ? '✓' : t.state === 'failed' ? '✗' : '-';
    console.log(`  ${mark} ${t.fullTitle}${t.state === 'failed' ? `\n      ${t.err && t.err.message}` : ''}`);
  }
  for (const e of report.errors) console.log(`  error: ${e.message}`);
  console.log(`${report.passed} passed, ${report.failed} failed`);
  if (report.failed > 0 || report.errors.length) throw new Error(`${report.failed} test(s) failed`);
}

module.exports = { run, runSuite, listSuiteFiles };
