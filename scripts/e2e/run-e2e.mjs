#!/usr/bin/env node
// UI tests: drive VS Code (code-server) in headless Chromium as a person
// would, against a scratch copy of samples/, and save screenshots to
// test-results/e2e/. `npm run test:e2e`.
//
//   node scripts/e2e/run-e2e.mjs [--no-build] [--grep <re>] [--bail] [--update-screenshot]
//   (docs/screenshot.png is written when missing or with --update-screenshot, never when CI is set)
//   CLAIMLENS_E2E_KEEP=1   keep the temporary profile and workspace
//
// Tests live in test/e2e/*.test.mjs; each exports `tests`, an array of
// { name, fn(ctx), timeout?, needs?(ctx) → reason-to-skip | null }.
// They share one server and one page, in order.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { THEMES, repoRoot, resultsDir, run, startHarness } from './harness.mjs';
import { pickColorTheme } from '../../test/e2e/workbench.mjs';

const argv = process.argv.slice(2);
const opt = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const grep = opt('--grep') ? new RegExp(opt('--grep'), 'i') : null;
const bail = argv.includes('--bail');
const outDir = join(resultsDir, 'e2e');
const t0 = Date.now();
const secs = (ms) => `${(ms / 1000).toFixed(1)}s`;
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);

function withTimeout(p, ms, what) {
  let timer;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise((_, rej) => { timer = setTimeout(() => rej(new Error(`timed out after ${ms} ms: ${what}`)), ms); }),
  ]);
}

async function main() {
  if (!argv.includes('--no-build')) {
    console.log('> npm run build');
    run('npm', ['run', '-s', 'build']);
  }
  const extDir = process.env.CLAIMLENS_E2E_EXTENSION ? resolve(process.env.CLAIMLENS_E2E_EXTENSION) : repoRoot;
  const manifest = JSON.parse(readFileSync(join(extDir, 'package.json'), 'utf8'));
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });

  // a scratch copy, so typing in a sample can never touch the real file
  const workspace = mkdtempSync(join(tmpdir(), 'claimlens-ws-'));
  const samplesDir = join(repoRoot, 'samples');
  cpSync(samplesDir, workspace, { recursive: true });
  const samples = readdirSync(workspace).filter((f) => /\.(txt|md|article)$/i.test(f) && !/^readme\.md$/i.test(f)).sort();

  const testDir = join(repoRoot, 'test', 'e2e');
  const files = readdirSync(testDir).filter((f) => f.endsWith('.test.mjs')).sort();
  const tests = [];
  for (const f of files) {
    const mod = await import(pathToFileURL(join(testDir, f)).href);
    for (const t of mod.tests ?? []) tests.push({ ...t, file: f });
  }

  const h = await startHarness({ name: 'e2e', folder: workspace, theme: 'light', watchdogMs: 25 * 60_000 });
  const results = [];
  try {
    const page = await h.openWorkbench({ viewport: { width: 1400, height: 860 } });
    console.log(`code-server on :${h.port}; workbench loaded in ${secs(Date.now() - t0)}; ${samples.length} sample(s)\n`);
    const ctx = {
      page, harness: h, manifest, workspace, samples, outDir, repoRoot, state: {},
      async screenshot(name) {
        const p = join(outDir, `${name}.png`);
        await page.screenshot({ path: p });
        return p;
      },
      /** Whether the test run may (re)write the README screenshot at `target`. */
      updateScreenshot(target) {
        if (process.env.CI || process.env.CLAIMLENS_E2E_EXTENSION) return false;
        return argv.includes('--update-screenshot') || !existsSync(target);
      },
      /** Switches the colour theme through the theme picker, as a person would. */
      async setTheme(theme) {
        await pickColorTheme(page, THEMES[theme] ?? theme);
      },
    };
    let currentFile = '';
    for (const t of tests) {
      if (grep && !grep.test(t.name)) continue;
      if (t.file !== currentFile) { currentFile = t.file; console.log(`  ${t.file}`); }
      const reason = t.needs ? t.needs(ctx) : null;
      if (reason) {
        results.push({ name: t.name, state: 'skipped', reason });
        console.log(`    - ${t.name} (skipped: ${reason})`);
        continue;
      }
      const start = Date.now();
      try {
        await withTimeout(Promise.resolve().then(() => t.fn(ctx)), t.timeout ?? 90_000, t.name);
        const ms = Date.now() - start;
        results.push({ name: t.name, state: 'passed', ms });
        console.log(`    ✓ ${t.name} (${secs(ms)})`);
      } catch (e) {
        const ms = Date.now() - start;
        const shot = join(outDir, `fail-${slug(t.name)}.png`);
        await page.screenshot({ path: shot }).catch(() => {});
        results.push({ name: t.name, state: 'failed', ms, error: e?.stack || String(e), screenshot: shot });
        console.log(`    ✗ ${t.name} (${secs(ms)})`);
        await page.keyboard.press('Escape').catch(() => {});
        if (bail) break;
      }
    }
  } finally {
    await h.close();
    if (!h.keep) rmSync(workspace, { recursive: true, force: true });
  }

  const failed = results.filter((r) => r.state === 'failed');
  const passed = results.filter((r) => r.state === 'passed');
  const skipped = results.filter((r) => r.state === 'skipped');
  failed.forEach((r, i) => {
    console.log(`\n  ${i + 1}) ${r.name}\n     ${String(r.error).split('\n').slice(0, 6).join('\n     ')}\n     screenshot: ${r.screenshot}`);
  });
  writeFileSync(join(outDir, 'report.json'), JSON.stringify({ results, durationMs: Date.now() - t0 }, null, 2));
  const shots = existsSync(outDir) ? readdirSync(outDir).filter((f) => f.endsWith('.png')) : [];
  console.log(`\nscreenshots: ${shots.map((f) => join(resolve(outDir), f)).join(', ') || 'none'}`);
  console.log(`total ${secs(Date.now() - t0)}${skipped.length ? `; ${skipped.length} skipped` : ''}`);
  console.log(`${passed.length} passed, ${failed.length} failed`);
  return failed.length || !passed.length ? 1 : 0;
}

main().then((code) => process.exit(code), (e) => {
  console.error(`\n${e.stack || e}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
