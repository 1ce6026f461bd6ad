/**
 * The display modes a reader switches between from the status bar: claims
 * only, everything (each category as the `claimlens.show.*` settings say), or
 * off. Free of `vscode`, for unit tests.
 */
import { CATEGORIES, type Category } from './categories';

export type DisplayMode = 'claims' | 'everything' | 'off';

export const DISPLAY_MODES: readonly DisplayMode[] = ['claims', 'everything', 'off'];

/** The mode a new workspace starts in. */
export const DEFAULT_DISPLAY_MODE: DisplayMode = 'everything';

/** How each mode is named and described in the quick pick and the status bar. */
export const DISPLAY_MODE_LABELS: Readonly<Record<DisplayMode, { label: string; detail: string; icon: string }>> = {
  claims: { label: 'Claims only', detail: 'Claims, by status; no hedges, sources or cues', icon: 'filter' },
  everything: { label: 'Everything', detail: 'Claims, hedges, sources and cues (as the claimlens.show settings allow)', icon: 'eye' },
  off: { label: 'Off', detail: 'No highlights in this workspace; the Claims panel and hovers stay', icon: 'eye-closed' },
};

/** Whether a stored value is a display mode (workspace state may hold anything). */
export function isDisplayMode(value: unknown): value is DisplayMode {
  return typeof value === 'string' && (DISPLAY_MODES as readonly string[]).includes(value);
}

/** The categories painted in a mode, given the per-category settings. */
export function shownCategories(mode: DisplayMode, show: Readonly<Record<Category, boolean>>): Record<Category, boolean> {
  return Object.fromEntries(CATEGORIES.map((c) => [c, mode === 'everything' ? show[c] : mode === 'claims' && c === 'claims'])) as Record<Category, boolean>;
}
