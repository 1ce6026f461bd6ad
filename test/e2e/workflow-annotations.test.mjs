// A fact-checker's path through the annotation features, in the real editor
// (runs after ui.test.mjs, on the same page and scratch copy of samples/):
// set a status from the hover, reload the window and find it kept and marked
// as yours; export the article as CSV from the palette through the save
// dialog and open the result.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { activeTabLabel, closeHover, decorationCatalog, focusEditor, hoverText, openFile, runCommand, visibleHighlights, waitFor } from './workbench.mjs';

const STATUSES = ['confirmed', 'alleged', 'denied'];
const label = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const flat = (s) => s.replace(/\u00a0/g, ' ');

const colorIds = (ctx) => (ctx.manifest.contributes?.colors ?? []).map((c) => c.id);
const sample = (ctx) => ctx.samples.find((s) => s.startsWith('halvern')) ?? ctx.samples.find((s) => s.endsWith('.txt')) ?? ctx.samples[0];
const sidecarPath = (ctx, f) => join(ctx.workspace, '.claimlens', `${f}.json`);

/** A claim highlight in view: its status, its line's text and where to point. */
async function claimInView(ctx, wanted) {
  return waitFor(async () => {
    // the decoration styles appear with the first highlights: read them each time
    const cat = await decorationCatalog(ctx.page, colorIds(ctx));
    const hits = (await visibleHighlights(ctx.page, cat)).filter((x) => x.where !== 'gutter' && x.box.width > 20 && x.box.y > 80 && x.categories.some((c) => STATUSES.includes(c)));
    return hits.find((x) => (wanted ? wanted(x) : true)) ?? null;
  }, { timeout: 30_000, message: 'a claim highlight in view' });
}

/** Waits for the workbench after a reload, with the extension's highlights back. */
async function afterReload(ctx) {
  const { page } = ctx;
  await page.waitForLoadState('domcontentloaded');
  await waitFor(() => page.locator('.monaco-workbench .part.editor').isVisible(), { timeout: 90_000, message: 'the workbench after the reload' });
  // the workspace is listed once the explorer has read the folder
  await waitFor(async () => (await page.locator('.explorer-folders-view .monaco-list-row').count()) > 0, { timeout: 90_000, message: 'the explorer after the reload' });
}

export const tests = [
  {
    name: 'a status set from the hover is kept after reloading the window, marked as yours',
    timeout: 240_000,
    async fn(ctx) {
      const { page } = ctx;
      const f = sample(ctx);
      await openFile(page, f);
      await focusEditor(page);
      await page.keyboard.press('Control+Home');
      const hl = await claimInView(ctx);
      const status = hl.categories.find((c) => STATUSES.includes(c));
      const target = status === 'denied' ? 'confirmed' : 'denied';
      const line = flat(hl.line);
      const before = await hoverText(page, hl.box);
      assert.match(before, new RegExp(`${label(status)} claim`), before.slice(0, 200));
      // the hover is sticky: the pointer can move onto its link
      const link = page.locator('.monaco-hover a', { hasText: new RegExp(`^${label(target)}$`) }).first();
      await link.waitFor({ timeout: 10_000 });
      await link.click();
      await waitFor(() => existsSync(sidecarPath(ctx, f)) && readFileSync(sidecarPath(ctx, f), 'utf8').includes(`"status": "${target}"`), { timeout: 20_000, message: `the sidecar .claimlens/${f}.json with the ${target} status` });
      await closeHover(page);
      await claimInView(ctx, (x) => x.categories.includes(target) && flat(x.line) === line);

      await runCommand(page, 'Developer: Reload Window');
      await afterReload(ctx);
      await openFile(page, f);
      await focusEditor(page);
      await page.keyboard.press('Control+Home');
      const again = await claimInView(ctx, (x) => x.categories.includes(target) && flat(x.line) === line);
      const text = await hoverText(page, again.box);
      assert.match(text, new RegExp(`${label(target)} claim`), text.slice(0, 200));
      assert.match(text, /set by you/, text.slice(0, 200));
      await closeHover(page);
      await ctx.screenshot('annotations-kept-after-reload');
      console.log(`      ${status} → ${target} on "${line.slice(0, 60)}…", kept after the reload`);
    },
  },
  {
    name: 'exporting the article as CSV from the palette writes it and opens it',
    timeout: 120_000,
    async fn(ctx) {
      const { page } = ctx;
      const f = sample(ctx);
      await openFile(page, f);
      await focusEditor(page);
      await runCommand(page, 'ClaimLens: Export Current Article');
      const row = page.locator('.quick-input-list .monaco-list-row', { hasText: /^CSV/ }).first();
      await row.waitFor({ timeout: 15_000 });
      await row.click();
      // code-server's own save dialog: a quick input holding the proposed path
      const input = page.locator('.quick-input-widget .quick-input-box input');
      const proposed = await waitFor(async () => {
        const v = await input.inputValue().catch(() => '');
        return v.endsWith('.claims.csv') ? v : null;
      }, { timeout: 15_000, message: 'the save dialog proposing <article>.claims.csv' });
      await page.keyboard.press('Enter');
      const name = `${f.replace(/\.[^.]+$/, '')}.claims.csv`;
      // Exports go to the export folder (claimlens.export.folder).
      const written = join(ctx.workspace, 'claimlens-exports', name);
      await waitFor(() => existsSync(written), { timeout: 20_000, message: `${name} written` });
      const csv = readFileSync(written, 'utf8');
      assert.match(csv, /^file,line,status,claim,source,cue,hedges,note,origin\r\n/);
      assert.match(csv, /,manual\r\n/, 'the status set in the previous test is in it');
      const open = page.locator('.notifications-toasts .monaco-button', { hasText: /^Open$/ }).first();
      await open.waitFor({ timeout: 15_000 });
      await open.click();
      await waitFor(async () => (await activeTabLabel(page))?.includes(name), { timeout: 15_000, message: `${name} open in an editor` });
      await ctx.screenshot('annotations-csv-open');
      console.log(`      saved ${proposed.split('/').pop()} (${csv.split('\r\n').length - 2} claims) and opened it`);
    },
  },
];
