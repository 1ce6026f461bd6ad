#!/usr/bin/env node
// The integration suite in desktop VS Code via @vscode/test-electron, for
// contributors whose machine can download VS Code (it cannot here; offline,
// use `npm run test:integration`, which runs the same suite through
// code-server). Usage:
//
//   npm run build && node scripts/build-integration.mjs && node test/integration/electron.mjs
//
// Environment: CLAIMLENS_VSCODE_VERSION (default 'stable'; 1.99.3 tests the
// lowest version engines.vscode allows), CLAIMLENS_GREP, CLAIMLENS_TEST_TIMEOUT.
// On a headless Linux box run it under xvfb-run.
import { runTests } from '@vscode/test-electron';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtures = join(repoRoot, 'test', 'integration', 'fixtures');
const workspace = process.env.CLAIMLENS_WORKSPACE || (existsSync(fixtures) ? fixtures : join(repoRoot, 'samples'));
const userDataDir = mkdtempSync(join(tmpdir(), 'claimlens-electron-'));

try {
  await runTests({
    version: process.env.CLAIMLENS_VSCODE_VERSION || 'stable',
    extensionDevelopmentPath: repoRoot,
    // exports run(): loads mocha and every out/integration/suite/**/*.test.js
    extensionTestsPath: join(repoRoot, 'test', 'integration', 'runner', 'index.cjs'),
    extensionTestsEnv: {
      CLAIMLENS_SUITE_DIR: join(repoRoot, 'out', 'integration', 'suite'),
      CLAIMLENS_GREP: process.env.CLAIMLENS_GREP ?? '',
      CLAIMLENS_TEST_TIMEOUT: process.env.CLAIMLENS_TEST_TIMEOUT ?? '30000',
    },
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', `--user-data-dir=${userDataDir}`],
  });
} catch (e) {
  console.error(`Integration tests failed: ${e && e.message ? e.message : e}`);
  process.exitCode = 1;
} finally {
  rmSync(userDataDir, { recursive: true, force: true });
}
