// The browser build in a real web extension host: a second code-server whose
// settings make ClaimLens a web extension (`remote.extensionKind`), so the
// workbench runs dist/web/extension.js in its web worker extension host, as
// vscode.dev would. Highlights, hovers and the ledger (indexed in-process,
// without worker threads) must work there too.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness } from '../../scripts/e2e/harness.mjs';
import { decorationCatalog, focusEditor, hoverText, ledgerFrame, ledgerRows, openFile, showLedger, visibleHighlights, waitFor } from './workbench.mjs';

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

export const tests = [
  {
    name: 'web extension host: the browser build highlights, hovers and builds the ledger',
    timeout: 300_000,
    async fn(ctx) {
      const folder = mkdtempSync(join(tmpdir(), 'claimlens-web-'));
      cpSync(join(ctx.repoRoot, 'samples'), folder, { recursive: true });
      const h = await startHarness({ name: 'web', folder, watchdogMs: 8 * 60_000, settings: { 'remote.extensionKind': { 'claimlens.claimlens': ['web'] } } });
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
        console.log(`      ${hits.length} highlights and ${rows.length} ledger rows from dist/web/extension.js in the web worker extension host`);
      } finally {
        await h.close();
        if (!h.keep) rmSync(folder, { recursive: true, force: true });
      }
    },
  },
];
