// A second code-server of its own on a fresh copy of the sample articles, for
// tests that need other settings than the shared workbench (Restricted Mode,
// the web extension host). `dispose` closes it and removes the copy, unless
// the harness keeps it for inspection.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness } from '../../scripts/e2e/harness.mjs';

/** How long such a code-server may run before the harness's watchdog stops it. */
const WATCHDOG_MS = 8 * 60_000;

export async function sampleWorkspace(ctx, options) {
  const folder = mkdtempSync(join(tmpdir(), `claimlens-${options.name}-`));
  cpSync(join(ctx.repoRoot, 'samples'), folder, { recursive: true });
  const h = await startHarness({ watchdogMs: WATCHDOG_MS, ...options, folder });
  const dispose = async () => {
    await h.close();
    if (!h.keep) rmSync(folder, { recursive: true, force: true });
  };
  return { h, folder, dispose };
}
