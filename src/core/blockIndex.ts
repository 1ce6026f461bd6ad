/**
 * The block list of a document, kept up to date across edits. An edit
 * re-splits only a window of lines around the changed text; blocks before it
 * are kept and blocks after it are shifted. Splitting is line-local (a line,
 * its neighbour and blank lines decide), so a window that starts and ends on
 * unchanged block boundaries splits exactly as the whole text would.
 *
 * Updating takes over the old list: its array and block objects are reused.
 */
import type { Block } from './types';
import { findBlocks } from './blocks';
import { maskMarkdown } from './markdown';

/** Unchanged blocks kept on each side of an edit, so the neighbours a rule looks at are re-read too. */
const MARGIN = 2;

export interface BlockList {
  /** The text as given. */
  text: string;
  /** The text the rules read: Markdown syntax masked, same offsets. */
  analysed: string;
  blocks: Block[];
  /**
   * How this list was derived from the previous one: its blocks `from` to
   * `to` (exclusive) were replaced by `inserted` new blocks; the others are
   * the same blocks, those after the edit shifted. Absent for a fresh split.
   */
  edit?: { from: number; to: number; inserted: number };
}

/** Characters compared at once: string equality on slices runs natively, far faster than a loop. */
const CHUNK = 1024;

/** Length of the common prefix and of the common suffix (not overlapping it). */
function commonEnds(a: string, b: string): [number, number] {
  const max = Math.min(a.length, b.length);
  let p = 0;
  while (p + CHUNK <= max && a.slice(p, p + CHUNK) === b.slice(p, p + CHUNK)) p += CHUNK;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  while (s + CHUNK <= max - p && a.slice(a.length - s - CHUNK, a.length - s) === b.slice(b.length - s - CHUNK, b.length - s)) s += CHUNK;
  while (s < max - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return [p, s];
}

function lineStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 13) i--;
  return i;
}

function lineEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
  return i;
}

function mask(text: string, markdown: boolean): string {
  return markdown ? maskMarkdown(text) : text;
}

/** Splits a whole text. */
export function blockList(text: string, markdown: boolean): BlockList {
  const analysed = mask(text, markdown);
  // unmasked, the blocks already hold the text as given: no second copy of each
  const blocks = findBlocks(analysed);
  return { text, analysed, blocks: analysed === text ? blocks : blocks.map((b) => ({ start: b.start, end: b.end, text: text.slice(b.start, b.end), kind: b.kind })) };
}

/**
 * The block list of `text`, derived from the list of an earlier version of
 * it. Markdown with code fences is re-masked whole, since a fence changes the
 * meaning of every line after it.
 */
export function updateBlockList(old: BlockList, text: string, markdown: boolean): BlockList {
  if (old.text === text) return { ...old, edit: { from: 0, to: 0, inserted: 0 } };
  if (markdown && (/```|~~~/.test(text) || /```|~~~/.test(old.text))) return blockList(text, markdown);
  const [prefix, suffix] = commonEnds(old.text, text);
  const delta = text.length - old.text.length;
  const changeEnd = old.text.length - suffix;
  const blocks = old.blocks;
  // First block touching the change (or after it), and the first block wholly after it.
  let first = 0;
  while (first < blocks.length && blocks[first].end < prefix) first++;
  let after = first;
  while (after < blocks.length && blocks[after].start <= changeEnd) after++;
  let from = Math.max(0, first - MARGIN);
  let to = Math.min(blocks.length, after + MARGIN);
  // The window holds whole lines: a block that shares a line with one inside it (a caption and its photo
  // credit) is inside too, or re-splitting that line would give it a second time.
  let windowStart = from === 0 ? 0 : lineStart(old.text, blocks[from].start);
  while (from > 0 && blocks[from - 1].end > windowStart) windowStart = lineStart(old.text, blocks[--from].start);
  let oldWindowEnd = to === blocks.length ? old.text.length : lineEnd(old.text, blocks[to - 1].end);
  while (to < blocks.length && blocks[to].start < oldWindowEnd) oldWindowEnd = lineEnd(old.text, blocks[to++].end);
  if (to === blocks.length) oldWindowEnd = old.text.length;
  if (from === 0) windowStart = 0;
  const windowEnd = oldWindowEnd + delta;
  if (windowEnd < windowStart || windowStart > prefix || oldWindowEnd < changeEnd) return blockList(text, markdown);
  const windowText = text.slice(windowStart, windowEnd);
  const windowAnalysed = mask(windowText, markdown);
  const analysed = markdown ? old.analysed.slice(0, windowStart) + windowAnalysed + old.analysed.slice(oldWindowEnd) : text;
  const middle = findBlocks(windowAnalysed).map((b) => ({
    ...b,
    start: b.start + windowStart,
    end: b.end + windowStart,
    text: text.slice(b.start + windowStart, b.end + windowStart),
  }));
  // The first window block is unchanged and its kind may depend on the block before the window.
  if (from > 0 && middle.length > 0 && middle[0].start === blocks[from].start && middle[0].end === blocks[from].end) {
    middle[0] = { ...middle[0], kind: blocks[from].kind };
  }
  // The blocks after the window keep their objects, moved in place: an edit allocates only what it re-split.
  for (let k = to; k < blocks.length; k++) {
    blocks[k].start += delta;
    blocks[k].end += delta;
  }
  blocks.splice(from, to - from, ...middle);
  return { text, analysed, blocks, edit: { from, to, inserted: middle.length } };
}
