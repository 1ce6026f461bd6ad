// Test-only extension for the offline code-server harness: when the workbench
// has started, runs the integration suite in this extension host and writes a
// JSON report. scripts/e2e/run-integration.mjs writes config.json next to the
// installed copy of this file (or passes CLAIMLENS_TEST_CONFIG) and waits for
// the report. Without a config it does nothing.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, loaded by the extension host */
/* global require, module, __dirname */
'use strict';
const fs = require('fs');
const path = require('path');

function writeJson(file, obj) {
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, JSON.stringify(obj, null, 2));
  fs.renameSync(tmp, file);
}

async function activate() {
  const cfgPath = process.env.CLAIMLENS_TEST_CONFIG || path.join(__dirname, 'config.json');
  if (!fs.existsSync(cfgPath)) return;
  const cfg = JSON.parse(fs.readFileSync(cfgPath, 'utf8'));
  // one run per server: a reloaded window must not start the suite again
  const startedMarker = `${cfg.reportPath}.started`;
  try {
    fs.writeFileSync(startedMarker, String(process.pid), { flag: 'wx' });
  } catch {
    return;
  }
  let report;
  try {
    const { runSuite } = require('./index.cjs');
    report = await runSuite(cfg);
  } catch (e) {
    report = { passed: 0, failed: 1, pending: 0, tests: [], errors: [{ message: String(e && e.message), stack: e && e.stack }] };
  }
  report.vscodeVersion = require('vscode').version;
  report.node = process.version;
  writeJson(cfg.reportPath, report);
}

function deactivate() {}

module.exports = { activate, deactivate };
