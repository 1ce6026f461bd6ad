// UI tests of the workspace claim ledger, run after ui.test.mjs on the same
// page: open the ledger's editor tab over the samples (several outlets covering one
// story), see its rows and outlet columns and a disputed row, open an
// article from a cell, filter by text; save the README screenshot.
/* global document -- frame.evaluate callbacks run in the webview */
import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { activeTabLabel, cursorPosition, ledgerFrame, ledgerRows as readRows, openFile, runCommand, showLedger, waitFor } from './workbench.mjs';

const hasLedger = (ctx) => ((ctx.manifest.contributes?.commands ?? []).some((c) => c.command === 'claimlens.showLedger') ? null : 'no Show Claim Ledger command contributed');

export const tests = [
  {
    name: 'ledger: rows and outlet columns over the samples, with a disputed row',
    timeout: 150_000,
    needs: hasLedger,
    async fn(ctx) {
      const { page } = ctx;
      // An article open first, as a reader would have; it also activates ClaimLens.
      await openFile(page, ctx.samples.find((s) => s.startsWith('halvern')) ?? ctx.samples[0]);
      await showLedger(page);
      const frame = await ledgerFrame(page);
      const columns = await frame.evaluate(() => [...document.querySelectorAll('table.claims thead th.article')].map((th) => th.textContent ?? ''));
      console.log(`      columns: ${columns.join(' | ')}`);
      for (const outlet of ['Halvern Courier', 'Meridian Wire', 'Northgate Times', 'Brookfield Gazette']) {
        assert.ok(columns.some((c) => c.startsWith(outlet)), `a column for ${outlet}`);
      }
      assert.ok(columns.some((c) => /\d{1,2} March 2031/.test(c)), 'columns carry the article dates');
      const rows = await readRows(frame);
      assert.ok(rows.length >= 20, `rows shown (${rows.length})`);
      const disputed = rows.find((r) => r.disputed);
      assert.ok(disputed, 'a disputed row');
      assert.match(disputed.label, /disputed/);
      assert.ok(disputed.cells.length >= 3, `the disputed row has cells in several articles (${disputed.cells.length})`);
      assert.ok(disputed.cells.some((c) => /: denied by /.test(c)) && disputed.cells.some((c) => /: alleged by /.test(c)), 'status and source in the cells');
      const summary = await frame.evaluate(() => document.querySelector('tr.disputed-row td.summary')?.textContent ?? '');
      assert.match(summary, /alleged by .*denied by/i);
      ctx.state.ledgerFrame = frame;
    },
  },
  {
    name: 'ledger: a cell opens its article at the mention (keyboard: Enter)',
    timeout: 60_000,
    needs: (ctx) => hasLedger(ctx) ?? (ctx.state.ledgerFrame ? null : 'the ledger did not show'),
    async fn(ctx) {
      const { page } = ctx;
      const frame = await ledgerFrame(page);
      // A cell in another article than the first column, so the editor has to switch files.
      const cell = frame.locator('tr.disputed-row button.cell').nth(2);
      const article = await cell.getAttribute('data-article');
      const start = Number(await cell.getAttribute('data-start'));
      const end = Number(await cell.getAttribute('data-end'));
      assert.ok(article && end > start, 'the cell names its mention');
      await cell.focus();
      await cell.press('Enter');
      const base = article.split('/').pop();
      await waitFor(async () => (await activeTabLabel(page))?.includes(base), { timeout: 20_000, message: `the editor for ${base}` });
      const pos = await waitFor(async () => {
        const p = await cursorPosition(page);
        return p && p.selected > 0 ? p : null;
      }, { timeout: 10_000, message: 'the mention selected' });
      assert.equal(pos.selected, end - start, 'the whole mention is selected');
      await ctx.screenshot('ledger-opened-article');
    },
  },
  {
    name: 'ledger: filter by text, and the Sources tab',
    timeout: 60_000,
    needs: (ctx) => hasLedger(ctx) ?? (ctx.state.ledgerFrame ? null : 'the ledger did not show'),
    async fn(ctx) {
      const { page } = ctx;
      await showLedger(page);
      const frame = await ledgerFrame(page);
      const before = (await readRows(frame)).length;
      const search = frame.locator('input[type="search"]');
      await search.fill('Saltmere');
      const rows = await waitFor(async () => {
        const r = await readRows(frame);
        return r.length > 0 && r.length < before ? r : null;
      }, { message: 'fewer rows after filtering' });
      const caption = await frame.locator('table.claims caption').textContent();
      assert.match(caption, new RegExp(`^${rows.length} of `));
      assert.ok(rows.length < before);
      await search.fill('');
      await waitFor(async () => (await readRows(frame)).length === before, { message: 'all rows back' });
      await frame.locator('#tab-sources').click();
      const sources = await ledgerFrame(page, 'table.sources tbody tr');
      const names = await sources.evaluate(() => [...document.querySelectorAll('table.sources tbody th')].map((th) => th.textContent ?? ''));
      assert.ok(names.some((n) => /Kestria/.test(n)), `Kestria among the sources (${names.slice(0, 5).join(', ')})`);
      await frame.locator('#tab-claims').click();
      await ledgerFrame(page);
    },
  },
  {
    name: 'ledger: screenshot of the ledger over the samples',
    timeout: 90_000,
    needs: (ctx) => hasLedger(ctx) ?? (ctx.state.ledgerFrame ? null : 'the ledger did not show'),
    async fn(ctx) {
      const { page } = ctx;
      // The ledger alone in the editor area: the article a cell opened beside it closed first.
      await runCommand(page, 'View: Close All Editor Groups');
      await waitFor(async () => (await activeTabLabel(page)) === null, { message: 'no editor open' });
      await showLedger(page);
      const frame = await ledgerFrame(page);
      // The pointer off any cell.
      await page.mouse.move(2, 2);
      await waitFor(async () => (await readRows(frame)).length > 0 && (await activeTabLabel(page))?.includes('Claim Ledger'), { message: 'the ledger tab in front with its rows' });
      const shot = await ctx.screenshot('ledger');
      const target = join(ctx.repoRoot, 'docs', 'ledger.png');
      if (ctx.updateScreenshot(target)) {
        copyFileSync(shot, target);
        console.log(`      updated ${target}`);
      }
      console.log(`      ${shot}`);
    },
  },
];
