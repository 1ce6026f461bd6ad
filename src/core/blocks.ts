/**
 * Splits an article into blocks (paragraphs, headlines, page furniture,
 * reference entries) by its lines. Blocks are the unit of analysis and of
 * caching: a sentence never crosses a block, so an edit re-analyses only the
 * blocks it touches.
 */
import type { Block, BlockKind } from './types';
import { classifyBlock, isFurnitureLine, trailingCredit } from './rules/furniture';

/** Characters that end a line that continues no sentence: punctuation, a closing quote or bracket. */
const TERMINAL = new Set(['.', '!', '?', ':', ';', '"', '”', '’', "'", ')', ']']);
const LEADING_CAPITAL = /^\s*["“‘([]?[\p{Lu}\p{N}]/u;

interface Line {
  start: number;
  end: number;
  text: string;
}

/** Lines end at LF, CR or CRLF; the last line runs to the end of the text (empty after a final break). */
function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  // the next LF and CR from `start`, found natively (indexOf) rather than by a loop over every character
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  let start = 0;
  for (;;) {
    if (lf !== -1 && lf < start) lf = text.indexOf('\n', start);
    if (cr !== -1 && cr < start) cr = text.indexOf('\r', start);
    const end = lf === -1 ? (cr === -1 ? text.length : cr) : cr === -1 ? lf : Math.min(lf, cr);
    lines.push({ start, end, text: text.slice(start, end) });
    if (end === text.length) return lines;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
}

const NON_SPACE = /\S/;

function isBlank(line: string): boolean {
  return !NON_SPACE.test(line);
}

function wordCount(line: string): number {
  const m = line.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  return m ? m.length : 0;
}

/**
 * A line that ends without sentence punctuation, is short and is followed by a
 * line that starts a new sentence stands alone: a headline, a subheading or a
 * navigation item, not the first half of a wrapped sentence.
 */
function standsAlone(line: Line, next: Line | undefined): boolean {
  // the last character that is not white space, read from the end (a regex anchored at the end tries every position)
  const text = line.text.trimEnd();
  if (text.length > 0 && TERMINAL.has(text[text.length - 1])) return false;
  if (!next) return true;
  return wordCount(line.text) <= 20 && LEADING_CAPITAL.test(next.text);
}

export interface RawBlock {
  start: number;
  end: number;
  text: string;
  /** Set when splitting already knows the kind (a photo credit cut off its caption). */
  kind?: BlockKind;
}

/** Groups lines into raw blocks: blank lines separate, stand-alone lines split off. */
export function splitBlocks(text: string): RawBlock[] {
  const blocks: RawBlock[] = [];
  let current: Line[] = [];
  const flush = () => {
    if (current.length === 0) return;
    const start = current[0].start;
    const end = current[current.length - 1].end;
    blocks.push({ start, end, text: text.slice(start, end) });
    current = [];
  };
  const lines = splitLines(text);
  // each line is tested once, though it is looked at as a line and as the next one
  let nextFurniture = lines.length > 0 && isFurnitureLine(lines[0].text);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const furniture = nextFurniture;
    const next = lines[i + 1];
    nextFurniture = next !== undefined && isFurnitureLine(next.text);
    if (isBlank(line.text)) {
      flush();
      continue;
    }
    // "No time to read?", then "Get a summary" on the next line: navigation lines are blocks of their own
    if (furniture) flush();
    current.push(line);
    if (!next || isBlank(next.text) || furniture || standsAlone(line, next) || nextFurniture) flush();
  }
  flush();
  return trimBlocks(blocks).flatMap(splitCredit);
}

/** Cuts a photo credit glued to the end of a caption into a furniture block of its own. */
function splitCredit(b: RawBlock): RawBlock[] {
  const at = trailingCredit(b.text);
  if (at <= 0) return [b];
  const caption = b.text.slice(0, at).trimEnd();
  return [
    { start: b.start, end: b.start + caption.length, text: caption },
    { start: b.start + at, end: b.end, text: b.text.slice(at), kind: 'furniture' },
  ];
}

/** Removes leading and trailing white space from each block's span. */
function trimBlocks(blocks: RawBlock[]): RawBlock[] {
  return blocks.map((b) => {
    const lead = b.text.length - b.text.trimStart().length;
    const trail = b.text.length - b.text.trimEnd().length;
    const start = b.start + lead;
    const end = b.end - trail;
    return { start, end, text: b.text.slice(lead, b.text.length - trail) };
  }).filter((b) => b.end > b.start);
}

/** Blocks with their kind, in text order. */
export function findBlocks(text: string): Block[] {
  const raw = splitBlocks(text);
  return raw.map((b, i) => ({ start: b.start, end: b.end, text: b.text, kind: b.kind ?? classifyBlock(b.text, i, raw) }));
}
