// Page helpers for driving VS Code (code-server) in Chromium the way a person
// does: keyboard shortcuts, the command palette, the explorer, the activity
// bar, hovering with the mouse. Plus read-only inspection of the editor DOM to
// tell which ClaimLens highlights are on screen.
//
// How highlights are recognised without knowing the extension's internals:
// every decoration type VS Code renders gets CSS rules named
// `.monaco-editor .ced-<n>-TextEditorDecorationType<k>-<i>` holding concrete
// colours. ClaimLens contributes its colours as theme colours
// (`contributes.colors`), which the workbench also exposes as CSS variables
// (`--vscode-claimlens-…`). Matching the two tells which decoration type
// belongs to which colour id, hence to which category (ids name the category:
// confirmed, alleged, denied, hedge, source, cue). After-text labels
// (`::after { content: "…" }`) are read too and used as a second signal.

/* global document, getComputedStyle -- page.evaluate callbacks run in the browser */
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The categories the issue asks for, with the patterns that recognise them in colour ids and labels. */
export const CATEGORIES = {
  confirmed: /confirm/i,
  alleged: /alleg/i,
  denied: /den(y|ied|ial)/i,
  hedge: /hedg/i,
  source: /source/i,
  cue: /\bcue|cue\b|Cue/i,
};

export async function waitFor(fn, { timeout = 15_000, interval = 150, message = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${message}${last instanceof Error ? `: ${last.message}` : ''}`);
    await sleep(interval);
  }
}

// ------------------------------------------------------------ workbench ---

export async function dismissNotifications(page) {
  // "Clear all notifications" is bound in the palette; pressing Escape is enough for toasts.
  await page.keyboard.press('Escape');
}

async function quickInputVisible(page) {
  return page.evaluate(() => {
    const w = document.querySelector('.quick-input-widget');
    return !!w && w.style.display !== 'none' && w.offsetParent !== null;
  });
}

/** Opens the command palette, types `text`, returns the labels of the listed rows, leaves it open. */
export async function paletteQuery(page, text, { timeout = 15_000 } = {}) {
  if (!(await quickInputVisible(page))) {
    await page.keyboard.press('F1');
    await waitFor(() => quickInputVisible(page), { message: 'the command palette' });
  }
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.fill(`>${text}`);
  let tries = 0;
  return waitFor(async () => {
    const labels = await page.evaluate(() => [...document.querySelectorAll('.quick-input-list .monaco-list-row')]
      .map((r) => (r.getAttribute('aria-label') || r.textContent || '').trim()));
    // just after start-up the palette may not know every contributed command yet: type again
    if (!labels.length || labels.every((l) => /^No matching commands/i.test(l))) {
      if (++tries % 6 === 0) {
        await input.fill('>');
        await input.fill(`>${text}`);
      }
      return null;
    }
    return labels;
  }, { timeout, message: `palette rows for "${text}"` });
}

export async function closeQuickInput(page) {
  if (await quickInputVisible(page)) await page.keyboard.press('Escape');
}

/** Runs a command by its palette title, e.g. "ClaimLens: Focus on Claims View". */
export async function runCommand(page, title, { timeout = 15_000 } = {}) {
  const rows = await paletteQuery(page, title, { timeout });
  const norm = (s) => s.toLowerCase().replace(/\s+/g, ' ');
  const i = rows.findIndex((r) => norm(r).startsWith(norm(title)));
  if (i < 0) {
    await closeQuickInput(page);
    throw new Error(`no palette entry "${title}" (got: ${rows.slice(0, 5).join(' | ')})`);
  }
  await page.locator('.quick-input-list .monaco-list-row').nth(i).click();
  // the palette closes as the command starts (a command that opens a quick input of its own reopens it)
  await waitFor(async () => !(await quickInputVisible(page)) || !(await page.locator('.quick-input-widget .quick-input-box input').inputValue()).startsWith('>'), { timeout: 5_000, message: `the palette to close after "${title}"` }).catch(() => {});
}

/** Opens a workspace file from the Explorer, as a person would; falls back to Quick Open. */
export async function openFile(page, name, { timeout = 30_000 } = {}) {
  const base = name.split('/').pop();
  const explorerRow = page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${base}"]`);
  if (!(await page.locator('.explorer-folders-view').isVisible().catch(() => false))) {
    await page.keyboard.press('Control+Shift+E');
    await page.locator('.explorer-folders-view').waitFor({ timeout: 5_000 }).catch(() => {});
  }
  if (await explorerRow.count()) {
    await explorerRow.first().click();
  } else {
    await page.keyboard.press('Control+P');
    await waitFor(() => quickInputVisible(page), { message: 'quick open' });
    await page.locator('.quick-input-widget .quick-input-box input').fill(name);
    await waitFor(async () => (await page.locator('.quick-input-list .monaco-list-row').count()) > 0, { timeout, message: `quick open results for ${name}` });
    await page.keyboard.press('Enter');
  }
  await waitFor(async () => {
    const active = await activeTabLabel(page);
    return active && active.includes(base);
  }, { timeout, message: `the editor tab for ${base}` });
  await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().waitFor({ timeout });
}

export function activeTabLabel(page) {
  return page.evaluate(() => {
    const t = document.querySelector('.editor-group-container.active .tab.active');
    return t ? t.getAttribute('aria-label') || t.textContent : null;
  });
}

/** {line, col, selected} from the status bar's "Ln X, Col Y (N selected)". */
export async function cursorPosition(page) {
  const text = await page.evaluate(() => {
    const el = document.getElementById('status.editor.selection') ||
      [...document.querySelectorAll('.statusbar-item')].find((e) => /Ln \d+, Col \d+/.test(e.textContent || ''));
    return el ? el.textContent : '';
  });
  const m = /Ln (\d+), Col (\d+)(?: \((\d+) selected\))?/.exec(text || '');
  return m ? { line: Number(m[1]), col: Number(m[2]), selected: m[3] ? Number(m[3]) : 0, text } : null;
}

export async function statusBarItems(page) {
  return page.evaluate(() => [...document.querySelectorAll('.statusbar-item')].map((e) => ({
    id: e.id, text: (e.textContent || '').trim(), label: e.getAttribute('aria-label') || '',
  })));
}

/** Focuses the active editor's text area. */
export async function focusEditor(page) {
  // "View: Focus First Editor Group"
  await page.keyboard.press('Control+1');
  await waitFor(() => page.evaluate(() => !!document.activeElement?.closest('.editor-group-container .monaco-editor')), { timeout: 5_000, message: 'editor focus' });
}

/** Picks a colour theme through "Preferences: Color Theme", as a person would. */
export async function pickColorTheme(page, label) {
  const shown = label.replace(/^Default /, ''); // the picker shows "Dark Modern" for "Default Dark Modern"
  await runCommand(page, 'Preferences: Color Theme');
  await waitFor(() => quickInputVisible(page), { message: 'the theme picker' });
  await page.locator('.quick-input-widget .quick-input-box input').fill(shown);
  const i = await waitFor(async () => {
    const labels = await page.evaluate(() => [...document.querySelectorAll('.quick-input-list .monaco-list-row')].map((r) => r.getAttribute('aria-label') || ''));
    const k = labels.findIndex((l) => l === shown || l.startsWith(`${shown},`));
    return k >= 0 ? k + 1 : null;
  }, { message: `theme "${shown}" in the picker` });
  await page.locator('.quick-input-list .monaco-list-row').nth(i - 1).click();
  await waitFor(async () => !(await quickInputVisible(page)), { message: 'the theme picker to close' });
}

export async function workbenchTheme(page) {
  return page.evaluate(() => {
    const wb = document.querySelector('.monaco-workbench');
    if (!wb) return null;
    return ['hc-light', 'hc-black', 'vs-dark', 'vs'].find((c) => wb.classList.contains(c)) ?? null;
  });
}

// ------------------------------------------------------------ highlights ---

/**
 * Reads the ClaimLens colour variables and the decoration CSS rules, and
 * returns the decoration-type classes that belong to each category.
 * @param {string[]} colorIds ids from package.json contributes.colors
 */
export async function decorationCatalog(page, colorIds) {
  return page.evaluate(({ colorIds, cats }) => {
    const categories = Object.fromEntries(Object.entries(cats).map(([k, v]) => [k, new RegExp(v.source, v.flags)]));
    const probe = document.createElement('div');
    document.body.appendChild(probe);
    const norm = (c) => {
      probe.style.color = '';
      probe.style.color = c;
      return getComputedStyle(probe).color;
    };
    const wb = document.querySelector('.monaco-workbench');
    const cs = getComputedStyle(wb);
    const colors = {};
    for (const id of colorIds) {
      const v = cs.getPropertyValue(`--vscode-${id.replace(/\./g, '-')}`).trim();
      if (v) colors[id] = norm(v);
    }
    // decoration type key -> { rules, colors, after }
    const types = {};
    for (const ss of document.styleSheets) {
      let rules;
      try { rules = ss.cssRules; } catch { continue; }
      for (const r of rules) {
        const m = /\.(ced-[\w-]*?TextEditorDecorationType\d+)-(\d+)(::?(after|before))?/.exec(r.selectorText || '');
        if (!m) continue;
        const key = m[1];
        const t = (types[key] ??= { key, classes: [], colors: [], labels: [], style: [] });
        t.classes.push(`${m[1]}-${m[2]}`);
        const st = r.style;
        for (let i = 0; i < st.length; i++) {
          const prop = st[i];
          const val = st.getPropertyValue(prop);
          if (/color/.test(prop) && val) t.colors.push(norm(val));
          else if (prop === 'content') t.labels.push(val.replace(/^["']|["']$/g, ''));
          else t.style.push(`${m[2]}${m[3] ?? ''}:${prop}:${val}`);
        }
      }
    }
    probe.remove();
    const byCategory = {};
    for (const t of Object.values(types)) {
      const ids = Object.entries(colors).filter(([, c]) => t.colors.includes(c)).map(([id]) => id);
      t.colorIds = ids;
      const cats = new Set();
      for (const [cat, re] of Object.entries(categories)) {
        if (ids.some((id) => re.test(id)) || t.labels.some((l) => re.test(l))) cats.add(cat);
      }
      // one colour shared by two categories: let the label decide when it can
      if (cats.size > 1) {
        const byLabel = [...cats].filter((c) => t.labels.some((l) => categories[c].test(l)));
        if (byLabel.length === 1) { cats.clear(); cats.add(byLabel[0]); }
      }
      t.categories = [...cats];
      for (const c of cats) (byCategory[c] ??= []).push(t.key);
    }
    return { colors, types, byCategory };
  }, { colorIds, cats: Object.fromEntries(Object.entries(CATEGORIES).map(([k, v]) => [k, { source: v.source, flags: v.flags }])) });
}

/**
 * Highlights currently rendered in the active editor: one entry per DOM node
 * carrying a ClaimLens decoration class, with its category, text and box.
 */
export async function visibleHighlights(page, catalog) {
  const keyToCats = {};
  for (const t of Object.values(catalog.types)) if (t.categories.length) keyToCats[t.key] = t.categories;
  return page.evaluate((keyToCats) => {
    const ed = document.querySelector('.editor-group-container.active .monaco-editor');
    if (!ed) return [];
    const out = [];
    const byTop = new Map([...ed.querySelectorAll('.view-lines .view-line')].map((l) => [l.style.top, l]));
    const lineAt = (top) => (top ? byTop.get(top) ?? null : null);
    const nodes = ed.querySelectorAll('.view-lines [class*="TextEditorDecorationType"], .view-overlays [class*="TextEditorDecorationType"], .margin-view-overlays [class*="TextEditorDecorationType"]');
    for (const n of nodes) {
      for (const cls of n.classList) {
        const m = /^(ced-[\w-]*?TextEditorDecorationType\d+)-\d+$/.exec(cls);
        if (!m || !keyToCats[m[1]]) continue;
        const r = n.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        const where = n.closest('.view-lines') ? 'inline' : n.closest('.margin-view-overlays') ? 'gutter' : 'overlay';
        // overlays and gutter marks sit in a row positioned like the text line they belong to
        const lineEl = n.closest('.view-line') ?? lineAt(n.parentElement?.style.top);
        out.push({
          categories: keyToCats[m[1]], key: m[1], cls, where,
          text: where === 'inline' ? n.textContent : '',
          line: lineEl ? lineEl.textContent : '',
          box: { x: r.x, y: r.y, width: r.width, height: r.height },
        });
      }
    }
    return out;
  }, keyToCats);
}

/** Scrolls through the active editor page by page and collects every highlight category seen. */
export async function scanDocumentHighlights(page, catalog, { maxPages = 40 } = {}) {
  await focusEditor(page);
  await page.keyboard.press('Control+Home');
  await waitFor(async () => (await cursorPosition(page))?.line === 1, { timeout: 5_000, message: 'the cursor at the top' }).catch(() => {});
  const seen = {};
  let lastLine = -1;
  for (let i = 0; i < maxPages; i++) {
    await renderedLinesSettled(page);
    for (const hl of await visibleHighlights(page, catalog)) {
      for (const c of hl.categories) (seen[c] ??= new Set()).add(`${hl.line.slice(0, 80)} ⟨${hl.text}⟩`);
    }
    await page.keyboard.press('PageDown');
    const pos = await waitFor(async () => {
      const p = await cursorPosition(page);
      return p && p.line !== lastLine ? p : null;
    }, { timeout: 3_000, message: 'the page to move' }).catch(() => null);
    if (!pos) break;
    lastLine = pos.line;
  }
  await page.keyboard.press('Control+Home');
  return Object.fromEntries(Object.entries(seen).map(([c, set]) => [c, [...set]]));
}

/** The text of the hover widgets on screen, or null. */
function shownHover(page) {
  return page.evaluate(() => {
    const hs = [...document.querySelectorAll('.monaco-hover')].filter((h) => !h.classList.contains('hidden') && h.offsetParent !== null);
    const t = hs.map((h) => h.textContent.trim()).filter(Boolean).join('\n');
    return t || null;
  });
}

/** Hovers the mouse over a highlight and returns the hover widget's text. */
export async function hoverText(page, box, { timeout = 10_000 } = {}) {
  let nudge = 0;
  return waitFor(async () => {
    // A small move each time round: the editor shows a hover when the pointer moves over text and rests.
    await page.mouse.move(box.x + Math.min(8 + (nudge++ % 3), box.width / 2), box.y + box.height / 2);
    return shownHover(page);
  }, { timeout, interval: 400, message: 'a hover' });
}

/** Moves the pointer away and waits until no hover is on screen. */
export async function closeHover(page) {
  await page.mouse.move(5, 5);
  await page.keyboard.press('Escape');
  await waitFor(async () => !(await shownHover(page)), { timeout: 5_000, message: 'the hover to close' }).catch(() => {});
}

/** Resolves once the editor's rendered lines stay the same between two looks (scrolling and painting are done). */
export async function renderedLinesSettled(page, { timeout = 5_000 } = {}) {
  let last = null;
  await waitFor(async () => {
    const now = await page.evaluate(() => {
      const ed = document.querySelector('.editor-group-container.active .monaco-editor');
      return ed ? `${ed.querySelector('.view-lines')?.textContent?.length}:${ed.querySelectorAll('[class*="TextEditorDecorationType"]').length}:${ed.querySelector('.lines-content')?.style.top}` : '';
    });
    const same = now === last;
    last = now;
    return same;
  }, { timeout, interval: 120, message: 'the editor to settle' }).catch(() => {});
}

// ------------------------------------------------------------ quick inputs ---

/** Labels of the rows of the open quick pick (or of the palette). */
export function quickPickRows(page) {
  return page.evaluate(() => [...document.querySelectorAll('.quick-input-widget .quick-input-list .monaco-list-row')]
    .filter((r) => r.offsetParent !== null)
    .map((r) => (r.getAttribute('aria-label') || r.textContent || '').trim()));
}

/** Clicks the quick-pick row whose label matches `re`. */
export async function pickQuickPickRow(page, re, { timeout = 10_000 } = {}) {
  const i = await waitFor(async () => {
    const k = (await quickPickRows(page)).findIndex((l) => re.test(l));
    return k >= 0 ? k + 1 : null;
  }, { timeout, message: `a quick-pick row matching ${re}` });
  await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').nth(i - 1).click();
  await waitFor(async () => !(await quickInputVisible(page)), { timeout, message: 'the quick pick to close' });
}

/** Opens the quick fixes at the cursor (Ctrl+.) and returns their labels. */
export async function codeActionRows(page, { timeout = 15_000 } = {}) {
  const rows = () => page.evaluate(() => [...document.querySelectorAll('.action-widget .monaco-list-row')]
    .filter((r) => r.offsetParent !== null)
    .map((r) => (r.getAttribute('aria-label') || r.textContent || '').trim()));
  let tries = 0;
  return waitFor(async () => {
    const shown = await rows();
    if (shown.some((r) => /ClaimLens/.test(r))) return shown;
    // the menu may open before the analysis is in, or not at all under load: ask again now and then
    if (tries++ % 8 === 0) {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+.');
    }
    return null;
  }, { timeout, interval: 250, message: 'the quick-fix menu with ClaimLens entries' });
}

/** Chooses the quick fix whose label matches `re` with the arrow keys and Enter, as a keyboard user does (the menu must be open). */
export async function chooseCodeAction(page, re) {
  const focused = () => page.evaluate(() => {
    const r = [...document.querySelectorAll('.action-widget .monaco-list-row.focused')].find((x) => x.offsetParent !== null);
    return r ? (r.getAttribute('aria-label') || r.textContent || '').trim() : null;
  });
  // The list takes the focus as it opens: each Down moves to the next row, wrapping at the end.
  const seen = new Set();
  await waitFor(async () => {
    const now = await focused();
    if (now && re.test(now)) return true;
    if (now) {
      if (seen.has(now)) throw new Error(`no quick fix matching ${re} (rows: ${[...seen].join(' | ')})`);
      seen.add(now);
    }
    await page.keyboard.press('ArrowDown');
    return false;
  }, { timeout: 10_000, interval: 100, message: `the quick fix matching ${re} focused` });
  await page.keyboard.press('Enter');
  await waitFor(async () => (await focused()) === null, { timeout: 10_000, message: 'the quick-fix menu to close' });
}

// ------------------------------------------------------------ side panel ---

/** Rows of the visible tree views in the side bar, with their pane title. */
export async function sideBarRows(page) {
  return page.evaluate(() => {
    const rows = [];
    for (const pane of document.querySelectorAll('.part.sidebar .pane')) {
      const title = (pane.querySelector('.pane-header .title')?.textContent || pane.querySelector('.pane-header')?.getAttribute('aria-label') || '').trim();
      pane.querySelectorAll('.monaco-list-row').forEach((r, index) => {
        rows.push({
          pane: title,
          index,
          label: (r.getAttribute('aria-label') || '').trim(),
          text: (r.textContent || '').trim(),
          description: (r.querySelector('.label-description')?.textContent || '').trim(),
          level: Number(r.getAttribute('aria-level') || 0),
          expanded: r.getAttribute('aria-expanded'),
          id: r.id,
        });
      });
    }
    return rows;
  });
}

/** Runs "Show Claim Ledger" from the palette; just after start-up the palette may not list it yet, so it tries again. */
export async function showLedger(page) {
  await waitFor(async () => {
    try {
      await runCommand(page, 'ClaimLens: Show Claim Ledger');
      return true;
    } catch {
      await closeQuickInput(page);
      return false;
    }
  }, { timeout: 60_000, interval: 1000, message: 'the Show Claim Ledger command in the palette' });
}

/** The webview's inner frame that holds `selector` (webviews are nested iframes). */
export async function ledgerFrame(page, selector = 'table.claims') {
  return waitFor(async () => {
    for (const frame of page.frames()) {
      const found = await frame.evaluate((sel) => !!document.querySelector(sel), selector).catch(() => false);
      if (found) return frame;
    }
    return null;
  }, { timeout: 90_000, message: `the Ledger view showing ${selector}` });
}

/** The ledger rows on screen: label, disputed or not, and the cell buttons' labels. */
export function ledgerRows(frame) {
  return frame.evaluate(() => [...document.querySelectorAll('table.claims tbody tr')].map((tr) => ({
    label: tr.querySelector('th')?.textContent ?? '',
    disputed: tr.classList.contains('disputed-row'),
    cells: [...tr.querySelectorAll('button.cell')].map((b) => b.getAttribute('aria-label') ?? ''),
  })));
}
