// UI tests of the exports, on the shared page and scratch copy of samples/:
// exporting brat from the palette proposes the export folder and, pointed
// beside the .txt article, is refused with the article and its unsaved edit
// kept; a report exported into the export folder never becomes a column of
// the ledger. Leaves no editor open. In Restricted Mode (a code-server of its
// own) the ledger's cache is kept in memory: no cache file appears.
/* global document -- frame.evaluate callbacks run in the webview */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sampleWorkspace } from './sample-workspace.mjs';
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

/** Every ledger cache file under `dir` (the profile's workspace and global storage). */
function cacheFiles(dir) {
  return readdirSync(dir, { recursive: true }).map(String).filter((p) => p.endsWith('ledger-cache.json'));
}

/** Accepts the save dialog with `path`: clicks OK until the dialog has taken it and closed (it validates the path first). */
async function acceptSaveDialog(page, path) {
  const input = saveInput(page);
  if (path !== undefined) await input.fill(path);
  const ok = page.locator('.quick-input-widget .monaco-button', { hasText: /^OK$/ }).first();
  await waitFor(async () => {
    if (!(await input.isVisible().catch(() => false))) return true;
    if (path !== undefined && (await input.inputValue().catch(() => '')) !== path) await input.fill(path);
    await ok.click({ timeout: 2000 }).catch(() => undefined);
    return false;
  }, { timeout: 20_000, interval: 500, message: 'the save dialog accepted' });
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
      try {
        const proposed = await exportDialog(page, /^brat/, '.ann');
        assert.ok(proposed.includes(`/${EXPORT_FOLDER}/`), `the dialog proposes the export folder: ${proposed}`);
        // Pointed beside the article, the brat text copy would be the article itself.
        const beside = articlePath.replace(/\.txt$/, '.ann');
        await acceptSaveDialog(page, beside);
        const toast = page.locator('.notifications-toasts', { hasText: /is an input article/ }).first();
        await toast.waitFor({ timeout: 20_000 });
        await ctx.screenshot('exports-brat-refused');
        assert.equal(readFileSync(articlePath, 'utf8'), before, 'the article on disk is unchanged');
        assert.equal(existsSync(beside), false, 'no .ann written beside it');
        assert.ok((await activeTabLabel(page))?.includes(f), 'the article is still open');
        assert.ok(await tabIsDirty(page), 'the unsaved edit is kept');
      } finally {
        // Leave the shared page as the next tests expect it: no dialog, no changed editor.
        await closeQuickInput(page);
        await page.keyboard.press('Escape');
        await focusEditor(page);
        await runCommand(page, 'File: Revert File');
        await waitFor(async () => !(await tabIsDirty(page)), { message: 'the edit reverted' });
        await runCommand(page, 'View: Close All Editors');
      }
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
      await acceptSaveDialog(page);
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
  {
    name: 'exports: in Restricted Mode the ledger shows, and its cache stays in memory (no cache file is written)',
    timeout: 300_000,
    async fn(ctx) {
      const { h, dispose } = await sampleWorkspace(ctx, { name: 'restricted-ledger', workspaceTrust: true });
      try {
        const page = await h.openWorkbench({ viewport: { width: 1400, height: 860 } });
        await openFile(page, textSample(ctx));
        await waitFor(async () => (await page.locator('text=Restricted Mode').count()) > 0, { timeout: 30_000, message: 'the Restricted Mode indicator' });
        await showLedger(page);
        const frame = await ledgerFrame(page);
        const columns = await frame.evaluate(() => document.querySelectorAll('table.claims thead th.article').length);
        assert.equal(columns, ctx.samples.length);
        // The cache is saved 1.5 s after each index: poll well past that for a file that must never appear.
        const deadline = Date.now() + 6000;
        while (Date.now() < deadline) {
          assert.deepEqual(cacheFiles(h.userDataDir), [], 'a ledger cache file was written in Restricted Mode');
          await new Promise((r) => setTimeout(r, 250));
        }
      } finally {
        await dispose();
      }
    },
  },
];
