// UI tests of the exports, on the shared page and scratch copy of samples/:
// exporting brat from the palette proposes the export folder and, pointed
// beside the .txt article, is refused with the article and its unsaved edit
// kept; a report exported into the export folder never becomes a column of
// the ledger. Leaves no editor open.
/* global document -- frame.evaluate callbacks run in the webview */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { activeTabLabel, closeQuickInput, focusEditor, ledgerFrame, openFile, runCommand, showLedger, waitFor } from './workbench.mjs';

const EXPORT_FOLDER = 'claimlens-exports';
const textSample = (ctx) => ctx.samples.find((s) => s.startsWith('halvern')) ?? ctx.samples.find((s) => s.endsWith('.txt'));
const saveInput = (page) => page.locator('.quick-input-widget .quick-input-box input');

/** Runs Export Current Article, picks `format` and returns the path the save dialog proposes once it ends with `suffix`. */
async function exportDialog(page, format, suffix) {
  // The command is listed once the article is analysed: until then the palette lacks it.
  await waitFor(async () => {
    try {
      await runCommand(page, 'ClaimLens: Export Current Article');
      return true;
    } catch {
      await closeQuickInput(page);
      return false;
    }
  }, { timeout: 60_000, interval: 1000, message: 'Export Current Article in the palette' });
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: format }).first();
  await row.waitFor({ timeout: 15_000 });
  await row.click();
  return waitFor(async () => {
    const v = await saveInput(page).inputValue().catch(() => '');
    return v.endsWith(suffix) ? v : null;
  }, { timeout: 15_000, message: `the save dialog proposing a ${suffix} file` });
}

async function tabIsDirty(page) {
  return page.evaluate(() => document.querySelector('.editor-group-container.active .tab.active')?.classList.contains('dirty') ?? false);
}

export const tests = [
  {
    name: 'exports: brat proposes the export folder, and a .ann beside the .txt article is refused, the article and its unsaved edit kept',
    timeout: 120_000,
    async fn(ctx) {
      const { page } = ctx;
      const f = textSample(ctx);
      const articlePath = join(ctx.workspace, f);
      const before = readFileSync(articlePath, 'utf8');
      await openFile(page, f);
      await focusEditor(page);
      await page.keyboard.press('Control+Home');
      await page.keyboard.type('Unsaved. ');
      await waitFor(() => tabIsDirty(page), { message: 'the tab marked as changed' });
      const proposed = await exportDialog(page, /^brat/, '.ann');
      assert.ok(proposed.includes(`/${EXPORT_FOLDER}/`), `the dialog proposes the export folder: ${proposed}`);
      // Pointed beside the article, the brat text copy would be the article itself.
      const beside = articlePath.replace(/\.txt$/, '.ann');
      await saveInput(page).fill(beside);
      await page.locator('.quick-input-widget .monaco-button', { hasText: /^OK$/ }).first().click();
      const toast = page.locator('.notifications-toasts', { hasText: /is an input article/ }).first();
      await toast.waitFor({ timeout: 20_000 });
      await ctx.screenshot('exports-brat-refused');
      assert.equal(readFileSync(articlePath, 'utf8'), before, 'the article on disk is unchanged');
      assert.equal(existsSync(beside), false, 'no .ann written beside it');
      assert.ok((await activeTabLabel(page))?.includes(f), 'the article is still open');
      assert.ok(await tabIsDirty(page), 'the unsaved edit is kept');
      await page.keyboard.press('Escape');
      await runCommand(page, 'File: Revert File');
      await waitFor(async () => !(await tabIsDirty(page)), { message: 'the edit reverted' });
      await runCommand(page, 'View: Close All Editors');
    },
  },
  {
    name: 'exports: a report saved in the proposed export folder is not a column of the ledger',
    timeout: 180_000,
    async fn(ctx) {
      const { page } = ctx;
      const f = textSample(ctx);
      await openFile(page, f);
      const proposed = await exportDialog(page, /^Markdown report/, '.report.md');
      assert.ok(proposed.includes(`/${EXPORT_FOLDER}/`), `the dialog proposes the export folder: ${proposed}`);
      await page.locator('.quick-input-widget .monaco-button', { hasText: /^OK$/ }).first().click();
      const report = join(ctx.workspace, EXPORT_FOLDER, `${f.replace(/\.[^.]+$/, '')}.report.md`);
      await waitFor(() => existsSync(report), { timeout: 20_000, message: `${report} written` });
      await page.keyboard.press('Escape');
      await showLedger(page);
      const frame = await ledgerFrame(page);
      const columns = await frame.evaluate(() => [...document.querySelectorAll('table.claims thead th.article')].map((th) => th.textContent ?? ''));
      assert.equal(columns.length, ctx.samples.length, `one column per sample article, none for the report: ${columns.join(' | ')}`);
      await runCommand(page, 'View: Close All Editors');
    },
  },
];
