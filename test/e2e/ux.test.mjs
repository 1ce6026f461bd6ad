// Quick fixes, the hover and the display mode in the real editor (runs after
// ui.test.mjs, on the same page and scratch copy of samples/): Ctrl+. on a
// claim offers its status, note, dismissal and an ignore comment; the hover
// leads with the claim and offers undo only where the change was; the status
// bar opens "claims only / everything / off"; each status has its own gutter
// icon; the ledger opens in an editor tab. The screenshots go to docs/ for
// the README.
/* global document, getComputedStyle -- page.evaluate callbacks run in the browser */
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  activeTabLabel, chooseCodeAction, closeHover, closeQuickInput, codeActionRows, decorationCatalog, focusEditor, hoverText,
  ledgerFrame, openFile, pickQuickPickRow, quickPickRows, renderedLinesSettled, runCommand, showLedger, statusBarItems,
  visibleHighlights, waitFor, workbenchTheme,
} from './workbench.mjs';

const STATUSES = ['confirmed', 'alleged', 'denied'];
const label = (s) => s.charAt(0).toUpperCase() + s.slice(1);
const flat = (s) => s.replace(/\u00a0/g, ' ');
const colorIds = (ctx) => (ctx.manifest.contributes?.colors ?? []).map((c) => c.id);
const sample = (ctx) => ctx.samples.find((s) => s.startsWith('halvern')) ?? ctx.samples[0];

/** Claim highlights in view (text, not gutter), read afresh: the decoration styles appear with the first highlights. */
async function claimsInView(ctx) {
  const cat = await decorationCatalog(ctx.page, colorIds(ctx));
  return (await visibleHighlights(ctx.page, cat)).filter((x) => x.where !== 'gutter' && x.box.width > 20 && x.box.y > 80 && x.categories.some((c) => STATUSES.includes(c)));
}

/** How many claim highlights of a status are in view. */
async function countInView(ctx, status) {
  return (await claimsInView(ctx)).filter((x) => x.categories.includes(status)).length;
}

async function claimInView(ctx, wanted = () => true) {
  return waitFor(async () => (await claimsInView(ctx)).find(wanted) ?? null, { timeout: 30_000, message: 'a claim highlight in view' });
}

/** Opens the sample at its top, with the editor focused and its highlights painted. */
async function openAtTop(ctx) {
  await openFile(ctx.page, sample(ctx));
  await focusEditor(ctx.page);
  await ctx.page.keyboard.press('Control+Home');
  await renderedLinesSettled(ctx.page);
}

/** Text of the editor line above the one containing `text`, as rendered. */
function lineAbove(page, text) {
  return page.evaluate((needle) => {
    const lines = [...document.querySelectorAll('.editor-group-container.active .monaco-editor .view-lines .view-line')]
      .sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top))
      .map((l) => (l.textContent ?? '').replace(/\u00a0/g, ' '));
    const i = lines.findIndex((l) => l.includes(needle));
    return i > 0 ? lines[i - 1] : null;
  }, text);
}

/** Copies a screenshot into docs/ for the README, when the run may. */
function toDocs(ctx, shot, name) {
  const target = join(ctx.repoRoot, 'docs', name);
  if (ctx.updateScreenshot(target)) {
    copyFileSync(shot, target);
    console.log(`      updated ${target}`);
  }
}

/** The ClaimLens status bar entry (the one with the claim counts). */
async function claimLensStatusItem(page) {
  return waitFor(async () => (await statusBarItems(page)).find((i) => /claimlens/i.test(i.id) && /\d/.test(i.text)), { timeout: 20_000, message: 'the ClaimLens status bar item' });
}

export const tests = [
  {
    name: 'quick fix: Ctrl+. on a claim offers status, note, dismissal and an ignore comment; a status set there shows',
    timeout: 180_000,
    async fn(ctx) {
      const { page } = ctx;
      await openAtTop(ctx);
      const hl = await claimInView(ctx);
      // the cursor into the claim's words, as a reader clicks
      await page.mouse.click(hl.box.x + Math.min(12, hl.box.width / 2), hl.box.y + hl.box.height / 2);
      await page.keyboard.press('Control+.');
      const rows = await codeActionRows(page);
      console.log(`      quick fixes: ${rows.filter((r) => /ClaimLens/.test(r)).join(' | ')}`);
      // the claim's own status is the one not offered
      const offered = STATUSES.filter((s) => rows.some((r) => new RegExp(`Mark claim.* as ${s}$`).test(r)));
      assert.equal(offered.length, 2, `two other statuses offered: ${offered}`);
      assert.ok(rows.some((r) => /Add note to claim|Edit note on claim/.test(r)), 'a note offered');
      assert.ok(rows.some((r) => /Dismiss claim/.test(r)), 'dismissal offered');
      assert.ok(rows.some((r) => /Disable claims on this line/.test(r)), 'the ignore comment offered');
      toDocs(ctx, await ctx.screenshot('quick-fix'), 'quick-fix.png');
      const target = offered[0];
      const before = await countInView(ctx, target);
      await chooseCodeAction(page, new RegExp(`as ${target}$`));
      await waitFor(async () => (await countInView(ctx, target)) > before, { timeout: 20_000, message: `one more ${target} claim on screen` });
      // leave the sample as the later tests expect it
      await runCommand(page, 'ClaimLens: Undo Last Annotation Change');
      await waitFor(async () => (await countInView(ctx, target)) === before, { timeout: 20_000, message: 'the change undone' });
    },
  },
  {
    name: 'quick fix: "Disable claims on this line" inserts the ignore comment above the claim',
    timeout: 120_000,
    async fn(ctx) {
      const { page } = ctx;
      await openAtTop(ctx);
      const hl = await claimInView(ctx);
      const line = flat(hl.line);
      await page.mouse.click(hl.box.x + Math.min(12, hl.box.width / 2), hl.box.y + hl.box.height / 2);
      await page.keyboard.press('Control+.');
      await codeActionRows(page);
      await chooseCodeAction(page, /Disable claims on this line/);
      const above = await waitFor(async () => {
        const t = await lineAbove(page, line.slice(0, 40));
        return t?.includes('claimlens-disable') ? t : null;
      }, { timeout: 15_000, message: 'the ignore comment above the claim' });
      assert.equal(above.trim(), '<!-- claimlens-disable-next-line claims -->');
      await runCommand(page, 'File: Revert File');
      await waitFor(async () => !(await page.locator('.editor-group-container.active .tab.active.dirty').count()), { message: 'the file to be reverted' });
    },
  },
  {
    name: 'hover: leads with the status, the claim quoted and its source; undo only on the claim just changed',
    timeout: 180_000,
    async fn(ctx) {
      const { page } = ctx;
      await openAtTop(ctx);
      const claims = await waitFor(async () => {
        const hs = await claimsInView(ctx);
        const lines = [...new Set(hs.map((h) => flat(h.line)))];
        return lines.length >= 2 ? hs : null;
      }, { timeout: 30_000, message: 'two claims on different lines' });
      const first = claims[0];
      const second = claims.find((h) => flat(h.line) !== flat(first.line));
      const status = first.categories.find((c) => STATUSES.includes(c));
      const text = await hoverText(page, first.box);
      assert.match(text, new RegExp(`^${label(status)} claim`), `the hover starts with the status: ${text.slice(0, 120)}`);
      const quote = text.indexOf('“');
      const source = text.indexOf('Source:');
      assert.ok(quote > 0 && quote < source, `the claim quoted before its source: ${text.slice(0, 300)}`);
      const elsewhere = text.indexOf('Elsewhere in the workspace');
      if (elsewhere >= 0) assert.ok(source < elsewhere, 'the other articles after the claim');
      // change the first claim from its hover
      const target = status === 'denied' ? 'confirmed' : 'denied';
      const link = page.locator('.monaco-hover a', { hasText: new RegExp(`^${label(target)}$`) }).first();
      await link.waitFor({ timeout: 10_000 });
      await link.click();
      await closeHover(page);
      const changed = await claimInView(ctx, (x) => x.categories.includes(target) && flat(x.line) === flat(first.line));
      const other = await hoverText(page, second.box);
      assert.doesNotMatch(other, /Undo/, `no undo on another claim: ${other.slice(0, 200)}`);
      await closeHover(page);
      const own = await hoverText(page, changed.box);
      assert.match(own, /Undo set status/, `undo on the claim just changed: ${own.slice(0, 300)}`);
      toDocs(ctx, await ctx.screenshot('hover-claim'), 'hover.png');
      await page.locator('.monaco-hover a', { hasText: /Undo set status/ }).first().click();
      await closeHover(page);
      await claimInView(ctx, (x) => x.categories.includes(status) && flat(x.line) === flat(first.line));
    },
  },
  {
    name: 'display: the status bar opens claims only / everything / off, kept out of the user settings',
    timeout: 150_000,
    async fn(ctx) {
      const { page } = ctx;
      await openAtTop(ctx);
      const shownCategories = async () => new Set((await visibleHighlights(page, await decorationCatalog(page, colorIds(ctx)))).flatMap((h) => h.categories));
      await waitFor(async () => (await shownCategories()).has('hedge') || (await shownCategories()).has('source'), { timeout: 30_000, message: 'hedges or sources on screen' });
      const choose = async (row) => {
        const item = await claimLensStatusItem(page);
        await page.locator(`[id="${item.id}"]`).click();
        const rows = await waitFor(async () => {
          const r = await quickPickRows(page);
          return r.some((x) => /Claims only/.test(x)) ? r : null;
        }, { message: 'the display quick pick' });
        assert.ok(['Claims only', 'Everything', 'Off', 'Show Claims Panel'].every((want) => rows.some((r) => r.includes(want))), rows.join(' | '));
        if (row.source === 'Claims only') toDocs(ctx, await ctx.screenshot('display-quick-pick'), 'display.png');
        await pickQuickPickRow(page, row);
      };
      await choose(/Claims only/);
      await waitFor(async () => {
        const c = await shownCategories();
        return STATUSES.some((s) => c.has(s)) && !['hedge', 'source', 'cue'].some((x) => c.has(x));
      }, { timeout: 20_000, message: 'claims only on screen' });
      await choose(/Off/);
      await waitFor(async () => (await shownCategories()).size === 0, { timeout: 20_000, message: 'no highlights' });
      await choose(/Everything/);
      await waitFor(async () => (await shownCategories()).has('hedge') || (await shownCategories()).has('source'), { timeout: 20_000, message: 'everything back' });
      const settings = join(ctx.harness.userDataDir, 'User', 'settings.json');
      const written = existsSync(settings) ? readFileSync(settings, 'utf8') : '';
      assert.doesNotMatch(written, /claimlens\.show/, 'no user setting written');
    },
  },
  {
    name: 'gutter: each status has an icon of its own, in the light and the dark theme',
    timeout: 120_000,
    async fn(ctx) {
      const { page } = ctx;
      await openAtTop(ctx);
      // The icons the gutter shows, as the browser computes them for the current theme: "alleged-light" …
      const icons = () => page.evaluate(() => {
        const out = {};
        for (const node of document.querySelectorAll('.editor-group-container.active .margin [class*="TextEditorDecorationType"]')) {
          const file = /claim-(\w+)-(light|dark)\.svg/.exec(getComputedStyle(node).backgroundImage);
          if (file) out[file[1]] = `${file[1]}-${file[2]}`;
        }
        return out;
      });
      const light = await waitFor(async () => {
        const i = await icons();
        return STATUSES.every((s) => i[s]) ? i : null;
      }, { timeout: 30_000, message: 'gutter icons for the three statuses' });
      for (const s of STATUSES) assert.equal(light[s], `${s}-light`, `${s} uses its light icon`);
      const gutter = await page.locator('.editor-group-container.active .margin').first().boundingBox();
      if (gutter) {
        const clip = join(ctx.outDir, 'gutter-icons.png');
        await page.screenshot({ path: clip, clip: { x: gutter.x, y: gutter.y, width: 760, height: 360 } });
        toDocs(ctx, clip, 'gutter-icons.png');
      }
      await ctx.setTheme('dark');
      await waitFor(async () => (await workbenchTheme(page)) === 'vs-dark', { timeout: 20_000, message: 'the dark theme' });
      const dark = await waitFor(async () => {
        const i = await icons();
        return STATUSES.every((s) => i[s]?.endsWith('-dark')) ? i : null;
      }, { timeout: 20_000, message: 'the dark icons' });
      await renderedLinesSettled(page);
      await ctx.screenshot('gutter-dark');
      await ctx.setTheme('light');
      await waitFor(async () => (await workbenchTheme(page)) === 'vs', { timeout: 20_000, message: 'the light theme back' });
      console.log(`      light: ${JSON.stringify(light)}; dark: ${JSON.stringify(dark)}`);
    },
  },
  {
    name: 'ledger: opens in an editor tab, not the side bar',
    timeout: 150_000,
    async fn(ctx) {
      const { page } = ctx;
      await openFile(page, sample(ctx));
      await showLedger(page);
      await waitFor(async () => (await activeTabLabel(page))?.includes('Claim Ledger'), { timeout: 30_000, message: 'the Claim Ledger tab' });
      const frame = await ledgerFrame(page);
      assert.ok(frame, 'the ledger table shows in the tab');
      const inSideBar = await page.evaluate(() => [...document.querySelectorAll('.part.sidebar .pane-header .title')].some((t) => /ledger/i.test(t.textContent ?? '')));
      assert.equal(inSideBar, false, 'no Ledger view in the side bar');
      await closeQuickInput(page);
    },
  },
];
