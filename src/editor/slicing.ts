/**
 * The incremental analysis path of the editor, free of `vscode` so that
 * scripts/bench/incremental.mjs runs exactly this code: parse the changed
 * blocks in slices of at most `SLICE_MS`, yielding to the event loop between
 * slices, then assemble the findings in one step.
 */
import type { Analysis, Analyzer } from '../core';

/** Longest synchronous parsing slice, in ms, before yielding to the editor. */
export const SLICE_MS = 12;

/** Receives the duration of every synchronous step, for measurements. */
export type SliceObserver = (kind: 'parse' | 'assemble', ms: number) => void;

/** Lets the event loop run (timers only: this path must also work in browsers). */
export const nextTick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Analyses `text`, parsing uncached blocks in slices across ticks. Returns
 * undefined, without assembling, once `stillWanted()` says a newer edit
 * superseded this one.
 */
export async function analyseInSlices(
  analyzer: Analyzer,
  text: string,
  stillWanted: () => boolean,
  observe?: SliceObserver,
): Promise<Analysis | undefined> {
  for (;;) {
    const t0 = performance.now();
    const done = analyzer.prepare(text, t0 + SLICE_MS);
    observe?.('parse', performance.now() - t0);
    if (done) break;
    await nextTick();
    if (!stillWanted()) return undefined;
  }
  const t0 = performance.now();
  const analysis = analyzer.analyze(text);
  observe?.('assemble', performance.now() - t0);
  return analysis;
}
