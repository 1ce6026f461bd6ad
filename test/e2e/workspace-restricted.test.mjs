// Restricted Mode in the real editor: a second code-server with workspace trust
// on opens a scratch copy of samples/ untrusted. ClaimLens still analyses and
// highlights, a status set from the hover is shown and marked as yours, and
// nothing is written to the workspace: no .claimlens folder appears.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sampleWorkspace } from './sample-workspace.mjs';
import { closeHover, decorationCatalog, focusEditor, hoverText, openFile, statusBarItems, visibleHighlights, waitFor } from './workbench.mjs';

const STATUSES = ['confirmed', 'alleged', 'denied'];
const label = (s) => s.charAt(0).toUpperCase() + s.slice(1);

export const tests = [
  {
    name: 'restricted mode: findings are shown, a status set by hand stays in memory, no file is written',
    timeout: 300_000,
    async fn(ctx) {
      const { h, folder, dispose } = await sampleWorkspace(ctx, { name: 'restricted', workspaceTrust: true });
      try {
        const page = await h.openWorkbench({ viewport: { width: 1400, height: 860 } });
        const f = ctx.samples.find((s) => s.startsWith('halvern')) ?? ctx.samples[0];
        await openFile(page, f);
        // the workbench says it is restricted (status bar item or the editor banner)
        await waitFor(async () => (await statusBarItems(page)).some((t) => /restricted/i.test(t)) || (await page.locator('text=Restricted Mode').count()) > 0,
          { timeout: 30_000, message: 'the Restricted Mode indicator' });
        await focusEditor(page);
        await page.keyboard.press('Control+Home');
        const colorIds = (ctx.manifest.contributes?.colors ?? []).map((c) => c.id);
        const hl = await waitFor(async () => {
          const hits = (await visibleHighlights(page, await decorationCatalog(page, colorIds)))
            .filter((x) => x.where !== 'gutter' && x.box.width > 20 && x.box.y > 80 && x.categories.some((c) => STATUSES.includes(c)));
          return hits[0] ?? null;
        }, { timeout: 60_000, message: 'a claim highlight in the untrusted workspace' });
        const status = hl.categories.find((c) => STATUSES.includes(c));
        const target = status === 'denied' ? 'confirmed' : 'denied';
        await hoverText(page, hl.box);
        const link = page.locator('.monaco-hover a', { hasText: new RegExp(`^${label(target)}$`) }).first();
        await link.waitFor({ timeout: 10_000 });
        await link.click();
        // told once that nothing is saved
        await waitFor(() => page.locator('.notifications-toasts', { hasText: /Restricted mode: your annotations are kept in memory/i }).count(),
          { timeout: 20_000, message: 'the notice that annotations stay in memory' });
        await closeHover(page);
        const again = await hoverText(page, hl.box);
        assert.match(again, new RegExp(`${label(target)} claim`), again.slice(0, 200));
        assert.match(again, /set by you/, again.slice(0, 200));
        await closeHover(page);
        assert.equal(existsSync(join(folder, '.claimlens')), false, 'a .claimlens folder was written in Restricted Mode');
        await page.screenshot({ path: join(ctx.outDir, 'restricted-mode.png') });
        console.log(`      ${status} → ${target} shown as yours; no .claimlens folder in the untrusted workspace`);
      } finally {
        await dispose();
      }
    },
  },
];
