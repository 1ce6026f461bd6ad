// UI tests for ClaimLens in real VS Code (code-server + Chromium), run by
// scripts/e2e/run-e2e.mjs in order, sharing one page. Each test does what a
// fact-checker would do and checks what is on screen.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  CATEGORIES, activeTabLabel, closeHover, closeQuickInput, cursorPosition, decorationCatalog, focusEditor, hoverText,
  openFile, paletteQuery, renderedLinesSettled, runCommand, scanDocumentHighlights, sideBarRows, statusBarItems, visibleHighlights,
  waitFor, workbenchTheme,
} from './workbench.mjs';

const STATUSES = ['confirmed', 'alleged', 'denied'];

const contributes = (ctx) => ctx.manifest.contributes ?? {};
const colorIds = (ctx) => (contributes(ctx).colors ?? []).map((c) => c.id);
const claimCommands = (ctx) => (contributes(ctx).commands ?? []).filter((c) => (c.category ?? '').toLowerCase() === 'claimlens' || /^ClaimLens:/.test(c.title));
const hasClaimsView = (ctx) => Object.values(contributes(ctx).views ?? {}).flat().some((v) => /claim/i.test(v.name ?? '') || /claims/i.test(v.id ?? ''));
const noHighlights = (ctx) => (colorIds(ctx).length ? null : 'package.json contributes no colors yet (no highlights to look for)');

function exthostLog(ctx) {
  const logs = join(ctx.harness.userDataDir, 'logs');
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (/exthost\.log$/i.test(e.name)) out.push(readFileSync(join(d, e.name), 'utf8'));
    }
  };
  if (existsSync(logs)) walk(logs);
  return out.join('\n');
}

/** The sample most likely to show a category, from samples/README.md's table. */
function samplesFor(ctx, status) {
  const prefer = {
    confirmed: ['northgate', 'brookfield'],
    denied: ['meridian', 'northgate'],
    alleged: ['halvern', 'lemara'],
  }[status] ?? [];
  const ordered = [...ctx.samples].sort((a, b) => {
    const ia = prefer.findIndex((p) => a.includes(p));
    const ib = prefer.findIndex((p) => b.includes(p));
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
  });
  return ordered;
}

async function catalog(ctx) {
  return decorationCatalog(ctx.page, colorIds(ctx));
}

async function openClaimLensPanel(ctx) {
  const { page } = ctx;
  const icon = page.locator('.part.activitybar .action-item a[aria-label^="ClaimLens"], .part.activitybar .action-item[aria-label^="ClaimLens"]').first();
  const sidebarTitle = async () => (await page.locator('.part.sidebar .composite.title h2').first().textContent().catch(() => '')) ?? '';
  if (!/claimlens/i.test(await sidebarTitle())) {
    if (await icon.count()) await icon.click();
    else await runCommand(page, 'View: Show ClaimLens');
  }
  await waitFor(async () => /claimlens/i.test(await sidebarTitle()), { message: 'the ClaimLens side bar' });
}

async function backToExplorer(ctx) {
  await ctx.page.keyboard.press('Control+Shift+E');
  await ctx.page.locator('.explorer-folders-view').waitFor({ timeout: 10_000 });
}

export const tests = [
  {
    name: 'workbench loads and ClaimLens is installed',
    async fn(ctx) {
      const { page } = ctx;
      assert.ok(await page.locator('.monaco-workbench').isVisible());
      assert.equal(await workbenchTheme(page), 'vs', 'light theme applied');
      const ids = ctx.harness.installed.map((x) => x.id);
      assert.ok(ids.includes(`claimlens.claimlens-${ctx.manifest.version}`), `installed: ${ids}`);
    },
  },
  {
    name: 'opening an article activates the extension',
    timeout: 60_000,
    async fn(ctx) {
      const first = ctx.samples.find((f) => f.endsWith('.txt')) ?? ctx.samples[0];
      assert.ok(first, 'samples/ has an article');
      await openFile(ctx.page, first);
      const log = await waitFor(() => {
        const l = exthostLog(ctx);
        return /_doActivateExtension claimlens\.claimlens\b/.test(l) ? l : null;
      }, { timeout: 30_000, message: 'claimlens.claimlens to activate (extension host log)' });
      const line = log.split('\n').find((l) => l.includes('_doActivateExtension claimlens.claimlens'));
      assert.ok(!/activationEvent: '\*'/.test(line), `activated lazily, not on '*': ${line}`);
      // activation has finished once the article's counts are in the status bar
      await waitFor(async () => (await statusBarItems(ctx.page)).some((i) => /claimlens/i.test(i.id) && /\d/.test(i.text)), { timeout: 30_000, message: 'the ClaimLens status bar item' });
      const failed = exthostLog(ctx).split('\n').filter((l) => /claimlens\.claimlens/.test(l) && /(error|failed)/i.test(l));
      assert.deepEqual(failed, [], 'no activation errors');
    },
  },
  {
    name: 'command palette lists the ClaimLens commands',
    needs: (ctx) => (claimCommands(ctx).length ? null : 'package.json contributes no ClaimLens commands yet'),
    async fn(ctx) {
      // with an article open and analysed, as the article-only commands need (when: claimlens.active)
      await openFile(ctx.page, ctx.samples.find((f) => f.endsWith('.txt')) ?? ctx.samples[0]);
      const norm = (s) => s.toLowerCase().replace(/\s+/g, ' ');
      // commands hidden from the palette outright, or only shown in a state the test does not set up
      const palette = contributes(ctx).menus?.commandPalette ?? [];
      const hidden = new Set(palette.filter((m) => m.when && !/^claimlens\.active$/.test(m.when)).map((m) => m.command));
      const expected = claimCommands(ctx).filter((c) => !hidden.has(c.command) && !/^%/.test(c.title)).map((c) => `ClaimLens: ${c.title}`);
      let rows = [];
      let missing = [];
      // the context key that shows article commands is set once the analysis is in: ask again until then
      rows = await paletteQuery(ctx.page, 'ClaimLens:');
      missing = [...expected];
      // one query per command (the list only renders the rows in view)
      await waitFor(async () => {
        const still = [];
        for (const title of missing) {
          const found = await paletteQuery(ctx.page, title);
          if (!found.some((r) => norm(r).includes(norm(title)))) still.push(title);
        }
        missing = still;
        return missing.length === 0;
      }, { timeout: 30_000, interval: 1000, message: 'every ClaimLens command in the palette' }).catch(() => {});
      await closeQuickInput(ctx.page);
      assert.ok(rows.some((r) => /^ClaimLens:/i.test(r)), `palette shows "ClaimLens:" entries: ${rows.slice(0, 5)}`);
      assert.deepEqual(missing, [], 'every contributed command is in the palette');
    },
  },
  {
    name: 'each sample article shows highlights',
    needs: noHighlights,
    timeout: 240_000,
    async fn(ctx) {
      const union = {};
      const perFile = {};
      for (const f of ctx.samples) {
        await openFile(ctx.page, f);
        const cat = await catalog(ctx);
        const seen = await waitFor(async () => {
          const s = await scanDocumentHighlights(ctx.page, cat);
          return Object.keys(s).length ? s : null;
        }, { timeout: 20_000, message: `highlights in ${f}` }).catch(() => ({}));
        perFile[f] = Object.fromEntries(Object.entries(seen).map(([k, v]) => [k, v.length]));
        for (const [k, v] of Object.entries(seen)) (union[k] ??= []).push(...v);
      }
      ctx.state.perFile = perFile;
      console.log(`      ${JSON.stringify(perFile)}`);
      const empty = Object.entries(perFile).filter(([, v]) => !Object.keys(v).length).map(([f]) => f);
      assert.deepEqual(empty, [], 'every sample has highlights on screen');
      const missing = Object.keys(CATEGORIES).filter((c) => !union[c]?.length);
      assert.deepEqual(missing, [], `every category and status is on screen in some sample (seen: ${Object.keys(union)})`);
    },
  },
  {
    name: 'categories differ by more than colour',
    needs: noHighlights,
    async fn(ctx) {
      const cat = await catalog(ctx);
      // style of each category's decoration types, colours left out
      const sig = {};
      for (const t of Object.values(cat.types)) {
        for (const c of t.categories) (sig[c] ??= new Set()).add([...t.style, ...t.labels].sort().join(';'));
      }
      const cats = Object.keys(sig);
      assert.ok(cats.length >= 2, `decoration types found for: ${cats}`);
      for (let i = 0; i < cats.length; i++) {
        for (let j = i + 1; j < cats.length; j++) {
          const a = [...sig[cats[i]]].sort().join('|');
          const b = [...sig[cats[j]]].sort().join('|');
          assert.notEqual(a, b, `${cats[i]} and ${cats[j]} look the same apart from colour`);
        }
      }
    },
  },
  {
    name: 'hovering a claim shows its status',
    needs: noHighlights,
    timeout: 120_000,
    async fn(ctx) {
      const { page } = ctx;
      const checked = [];
      for (const status of STATUSES) {
        let done = false;
        for (const f of samplesFor(ctx, status).slice(0, 3)) {
          await openFile(page, f);
          const cat = await catalog(ctx);
          await focusEditor(page);
          await page.keyboard.press('Control+Home');
          for (let p = 0; p < 8 && !done; p++) {
            await renderedLinesSettled(page);
            const candidates = (await visibleHighlights(page, cat)).filter((x) => x.categories.includes(status) && x.where !== 'gutter' && x.box.width > 6 && x.box.y > 80);
            // hover the claim's words (its underline or its text), not just its label
            const hl = candidates.filter((x) => x.where === 'overlay' || x.text.trim().length > 3).sort((a, b) => b.box.width - a.box.width)[0] ?? candidates[0];
            if (hl) {
              const text = await hoverText(page, hl.box);
              const what = (hl.text || hl.line).replace(/\u00a0/g, ' ').slice(0, 50);
              assert.match(text, new RegExp(status, 'i'), `hover over "${what}" (${status}) says so: ${text.slice(0, 200)}`);
              checked.push(`${status}: "${what}…"`);
              if (status === 'alleged') await ctx.screenshot('hover');
              await closeHover(page);
              done = true;
            } else {
              await page.keyboard.press('PageDown');
            }
          }
          if (done) break;
        }
        assert.ok(done, `found a ${status} claim to hover`);
      }
      console.log(`      ${checked.join('; ')}`);
    },
  },
  {
    name: 'status bar shows the claim counts',
    needs: (ctx) => (claimCommands(ctx).length ? null : 'extension features not contributed yet'),
    async fn(ctx) {
      await openFile(ctx.page, samplesFor(ctx, 'alleged')[0]);
      const item = await waitFor(async () => (await statusBarItems(ctx.page)).find((i) => /claimlens/i.test(i.id + i.label) && /\d/.test(i.text + i.label)), { message: 'a ClaimLens status bar item with counts' });
      console.log(`      status bar: "${item.text || item.label}"`);
    },
  },
  {
    name: 'clicking a claim in the Claims tree moves the cursor to it',
    needs: (ctx) => (hasClaimsView(ctx) ? null : 'package.json contributes no Claims view yet'),
    timeout: 90_000,
    async fn(ctx) {
      const { page } = ctx;
      const f = samplesFor(ctx, 'alleged')[0];
      await openFile(page, f);
      await focusEditor(page);
      await page.keyboard.press('Control+Home');
      await openClaimLensPanel(ctx);
      // expand the status groups
      const leaf = await waitFor(async () => {
        const rows = (await sideBarRows(page)).filter((r) => /claim/i.test(r.pane));
        const collapsed = rows.find((r) => r.expanded === 'false');
        if (collapsed) {
          await page.locator(`[id="${collapsed.id}"]`).click();
          // poll again: the next look sees it expanded
          return null;
        }
        return rows.find((r) => r.expanded === null && r.label) ?? null;
      }, { timeout: 20_000, message: 'a claim item in the Claims tree' });
      const before = await cursorPosition(page);
      await page.locator(`[id="${leaf.id}"]`).click();
      const after = await waitFor(async () => {
        const p = await cursorPosition(page);
        return p && (p.line !== before.line || p.col !== before.col) ? p : null;
      }, { message: 'the cursor to move' });
      const m = /\b(?:line|Ln|L)\s*(\d+)/i.exec(`${leaf.description} ${leaf.label}`) ?? /:(\d+)\b/.exec(`${leaf.description} ${leaf.label}`);
      if (m) assert.equal(after.line, Number(m[1]), `cursor on the item's line (${leaf.label})`);
      assert.ok((await activeTabLabel(page))?.includes(f), 'the article stays in the editor');
      console.log(`      clicked "${leaf.label.slice(0, 60)}" → ${after.text}`);
      ctx.state.panelOpen = true;
    },
  },
  {
    name: 'typing a sentence gets it highlighted',
    needs: noHighlights,
    timeout: 60_000,
    async fn(ctx) {
      const { page } = ctx;
      const f = ctx.samples.find((s) => s.endsWith('.txt')) ?? ctx.samples[0];
      await openFile(page, f);
      const cat = await catalog(ctx);
      await focusEditor(page);
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      const sentence = 'A ministry spokesman denied that Kestria had sent any drones to Dorvania.';
      await page.keyboard.type(sentence, { delay: 15 });
      const hits = await waitFor(async () => {
        const hl = (await visibleHighlights(page, cat)).filter((x) => x.line.replace(/\u00a0/g, ' ').includes('spokesman denied'));
        return hl.some((x) => x.categories.some((c) => STATUSES.includes(c))) ? hl : null;
      }, { timeout: 15_000, message: 'the typed sentence to be highlighted as a claim' });
      const cats = [...new Set(hits.flatMap((x) => x.categories))];
      console.log(`      typed sentence highlighted as: ${cats.join(', ')}`);
      await ctx.screenshot('typed-sentence');
      // leave the scratch copy as it was
      await runCommand(page, 'File: Revert File');
      await waitFor(async () => !(await page.locator('.editor-group-container.active .tab.active.dirty').count()), { message: 'the file to be reverted' });
    },
  },
  {
    name: 'screenshots: light and dark theme, panel open',
    timeout: 90_000,
    async fn(ctx) {
      const { page } = ctx;
      const f = ctx.samples.find((s) => s.startsWith('halvern')) ?? ctx.samples[0];
      if (f) await openFile(page, f);
      if (hasClaimsView(ctx)) await openClaimLensPanel(ctx).catch(() => backToExplorer(ctx));
      await focusEditor(page).catch(() => {});
      await page.keyboard.press('Control+Home');
      await closeHover(page);
      await renderedLinesSettled(page);
      const light = await ctx.screenshot('screenshot-light');
      await ctx.setTheme('dark');
      await waitFor(async () => (await workbenchTheme(page)) === 'vs-dark', { timeout: 20_000, message: 'the dark theme' });
      await renderedLinesSettled(page);
      const dark = await ctx.screenshot('screenshot-dark');
      await ctx.setTheme('light');
      await waitFor(async () => (await workbenchTheme(page)) === 'vs', { timeout: 20_000, message: 'the light theme back' });
      // The README picture: written when missing or with --update-screenshot, once the
      // extension shows something; never in CI or when testing another build.
      const target = join(ctx.repoRoot, 'docs', 'screenshot.png');
      if (ctx.updateScreenshot(target) && colorIds(ctx).length && existsSync(join(ctx.repoRoot, 'media'))) {
        copyFileSync(dark, target);
        console.log(`      updated ${target}`);
      }
      console.log(`      ${light}\n      ${dark}`);
    },
  },
];
