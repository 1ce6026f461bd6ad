// The browser build in a real web extension host: a second code-server whose
// settings make ClaimLens a web extension (`remote.extensionKind`), so the
// workbench runs dist/web/extension.js in its web worker extension host, as
// vscode.dev would. Highlights, hovers and the ledger must work there too,
// the ledger indexed in Web Workers started from dist/web/ledgerWorker.js.
/* global document -- page.evaluate callbacks run in the browser */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleWorkspace } from './sample-workspace.mjs';
import { closeQuickInput, decorationCatalog, focusEditor, hoverText, ledgerFrame, ledgerRows, openFile, runCommand, showLedger, visibleHighlights, waitFor } from './workbench.mjs';

const STATUSES = ['confirmed', 'alleged', 'denied'];

/** The text of the Node extension host's logs (the "remote" one in code-server). */
function nodeHostLog(h) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (/exthost\.log$/i.test(e.name)) out.push(readFileSync(join(d, e.name), 'utf8'));
    }
  };
  const logs = join(h.userDataDir, 'logs');
  if (existsSync(logs)) walk(logs);
  return out.join('\n');
}

/** The text of an output channel, picked through "Output: Show Output Channels...", once it matches `expected`. */
async function outputChannel(page, name, expected) {
  await runCommand(page, 'Output: Show Output Channels');
  await page.locator('.quick-input-widget .quick-input-box input').fill(name);
  await waitFor(async () => {
    const labels = await page.evaluate(() => [...document.querySelectorAll('.quick-input-list .monaco-list-row')].map((r) => r.textContent ?? ''));
    return labels.some((l) => l.includes(name));
  }, { message: `the output channel "${name}" in the list` });
  await page.keyboard.press('Enter');
  await closeQuickInput(page);
  return waitFor(async () => {
    // Monaco renders spaces as no-break spaces.
    const text = (await page.evaluate(() => document.querySelector('.part.panel .monaco-editor .view-lines')?.textContent ?? '')).replace(/\u00a0/g, ' ');
    return expected.test(text) ? text : null;
  }, { timeout: 30_000, message: `"${name}" showing ${expected}` });
}

export const tests = [
  {
    name: 'web extension host: the browser build highlights, hovers and builds the ledger',
    timeout: 300_000,
    async fn(ctx) {
      const { h, dispose } = await sampleWorkspace(ctx, { name: 'web', settings: { 'remote.extensionKind': { 'claimlens.claimlens': ['web'] } } });
      try {
        const page = await h.openWorkbench({ viewport: { width: 1400, height: 860 } });
        await openFile(page, ctx.samples.find((s) => s.startsWith('halvern')) ?? ctx.samples[0]);
        await focusEditor(page);
        await page.keyboard.press('Control+Home');
        const colorIds = (ctx.manifest.contributes?.colors ?? []).map((c) => c.id);
        const hits = await waitFor(async () => {
          const v = (await visibleHighlights(page, await decorationCatalog(page, colorIds))).filter((x) => x.where !== 'gutter' && x.box.width > 20 && x.box.y > 80);
          return v.some((x) => x.categories.some((c) => STATUSES.includes(c))) ? v : null;
        }, { timeout: 60_000, message: 'claim highlights from the web extension host' });
        const claim = hits.find((x) => x.categories.some((c) => STATUSES.includes(c)));
        const hover = await hoverText(page, claim.box);
        assert.match(hover, /(Confirmed|Alleged|Denied) claim/, hover.slice(0, 200));
        await page.mouse.move(5, 5);
        await page.keyboard.press('Escape');
        // it ran in the browser: the Node extension host never activated it
        assert.doesNotMatch(nodeHostLog(h), /_doActivateExtension claimlens\.claimlens/, 'ClaimLens was activated in the Node extension host');

        await showLedger(page);
        const frame = await ledgerFrame(page);
        const rows = await ledgerRows(frame);
        assert.ok(rows.length >= 20, `ledger rows in the web host (${rows.length})`);
        assert.ok(rows.some((r) => r.disputed), 'a disputed row in the web host');
        await page.screenshot({ path: join(ctx.outDir, 'web-extension-host.png') });
        // The index ran in Web Workers, not in the extension host.
        const log = await outputChannel(page, 'ClaimLens Ledger', /Indexed \d+ articles in/);
        assert.match(log, /Indexed \d+ articles in Web Workers/, log.slice(0, 400));
        assert.doesNotMatch(log, /No Web Worker/, log.slice(0, 400));
        console.log(`      ${hits.length} highlights and ${rows.length} ledger rows from dist/web/extension.js in the web worker extension host, indexed in Web Workers`);
      } finally {
        await dispose();
      }
    },
  },
];
