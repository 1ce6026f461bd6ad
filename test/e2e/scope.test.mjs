// Analysis only where the user wants it, in the real editor (on the shared
// page and scratch copy of samples/): the samples' README.md shows no
// highlights and the status bar says why, while an article is highlighted;
// "Disable for this File" removes an article's highlights, the switch is
// still on after reloading the window, and "Enable for this File" brings
// them back.
import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { decorationCatalog, focusEditor, openFile, runCommand, statusBarItems, visibleHighlights, waitFor } from './workbench.mjs';

const colorIds = (ctx) => (ctx.manifest.contributes?.colors ?? []).map((c) => c.id);
const article = (ctx) => ctx.samples.find((s) => s.startsWith('northgate')) ?? ctx.samples.find((s) => s.endsWith('.md')) ?? ctx.samples[0];

/** The ClaimLens highlights in the visible part of the active editor, gutter marks included. */
async function highlights(ctx) {
  return visibleHighlights(ctx.page, await decorationCatalog(ctx.page, colorIds(ctx)));
}

/** The status bar item whose text or label matches, once it shows. */
function statusItem(ctx, pattern, message) {
  return waitFor(async () => (await statusBarItems(ctx.page)).find((i) => pattern.test(i.text) || pattern.test(i.label)) ?? null, { timeout: 30_000, message });
}

async function showTop(ctx, name) {
  await openFile(ctx.page, name);
  await focusEditor(ctx.page);
  await ctx.page.keyboard.press('Control+Home');
}

export const tests = [
  {
    name: 'scope: a README shows no highlights and the status bar says it is excluded, while an article is highlighted',
    timeout: 180_000,
    async fn(ctx) {
      const f = article(ctx);
      await showTop(ctx, f);
      const before = await waitFor(async () => ((await highlights(ctx)).length ? highlights(ctx) : null), { timeout: 60_000, message: `highlights in ${f}` });

      await showTop(ctx, 'README.md');
      const item = await statusItem(ctx, /ClaimLens: file excluded/, 'the status bar saying the README is excluded');
      // The exclusion is decided before any analysis: once the status bar says so, nothing is or will be painted.
      assert.deepEqual(await highlights(ctx), [], 'no highlights in the README');
      const shot = await ctx.screenshot('scope-readme-excluded');
      // The README's picture of it, written when missing or with --update-screenshot.
      const readmePicture = join(ctx.repoRoot, 'docs', 'scope-excluded.png');
      if (ctx.updateScreenshot(readmePicture)) copyFileSync(shot, readmePicture);
      console.log(`      ${f}: ${before.length} highlights in view; README.md: none, status bar "${item.text}"`);
    },
  },
  {
    name: 'scope: Disable for this File removes the highlights, stays off after a reload, and Enable for this File restores them',
    timeout: 300_000,
    async fn(ctx) {
      const { page } = ctx;
      const f = article(ctx);
      await showTop(ctx, f);
      await waitFor(async () => (await highlights(ctx)).length > 0, { timeout: 60_000, message: `highlights in ${f}` });

      await runCommand(page, 'ClaimLens: Disable for this File');
      await waitFor(async () => (await highlights(ctx)).length === 0, { timeout: 30_000, message: 'the highlights removed' });
      await statusItem(ctx, /ClaimLens: off for this file/, 'the status bar saying ClaimLens is off for the file');

      await runCommand(page, 'Developer: Reload Window');
      await page.waitForLoadState('domcontentloaded');
      await waitFor(() => page.locator('.monaco-workbench .part.editor').isVisible(), { timeout: 90_000, message: 'the workbench after the reload' });
      await showTop(ctx, f);
      // The status bar entry appears only once ClaimLens has judged the file again after the restart.
      await statusItem(ctx, /ClaimLens: off for this file/, 'the file still off after the reload');
      assert.deepEqual(await highlights(ctx), [], 'no highlights after the reload');

      await runCommand(page, 'ClaimLens: Enable for this File');
      await waitFor(async () => (await highlights(ctx)).length > 0, { timeout: 60_000, message: 'the highlights back' });
      console.log(`      ${f}: off, still off after the reload, on again`);
    },
  },
];
