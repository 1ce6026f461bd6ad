/**
 * Recovers annotations from a sidecar that no longer parses as JSON (a
 * half-written file, a merge conflict, a stray edit): every balanced `{...}`
 * that parses and validates as an annotation is kept.
 *
 * One pass over the text with a stack of open braces, so the work stays
 * linear however the file is damaged (a file of `{` once took a scan from
 * every brace: quadratic). Only objects shaped like an annotation are handed
 * to the JSON parser: small, and nested no deeper than an annotation is.
 */
import type { ManualAnnotation } from './types';
import { readAnnotation } from './validate';

/** Characters searched at most; a bigger damaged file is searched up to here only. */
export const SALVAGE_LIMIT = 1024 * 1024;
/** Objects larger than this are not annotations. */
const MAX_OBJECT = 64 * 1024;
/**
 * Levels of objects in an annotation: itself, its source, the source's anchor
 * and that anchor's quote. Parsing only objects this shallow hands each
 * character to the parser at most this many times.
 */
const MAX_LEVELS = 4;

/** What a search of a damaged file found. */
export interface Salvage {
  /** Valid annotations, the first copy of each id. */
  annotations: ManualAnnotation[];
  /** Characters searched: the whole text, or the first SALVAGE_LIMIT. */
  scanned: number;
  /** Characters read plus characters handed to the JSON parser: stays within a small multiple of `scanned`. */
  work: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN = 0x7b;
const CLOSE = 0x7d;
const LF = 0x0a;
const CR = 0x0d;

function tryParse(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

/** Valid annotations found in the first `limit` characters of `text`. */
export function salvageAnnotations(text: string, limit = SALVAGE_LIMIT): Salvage {
  const found = new Map<string, ManualAnnotation>();
  const scanned = Math.min(text.length, limit);
  // The braces not yet closed, as two stacks of numbers (no object per brace):
  // where each opened, and the levels of objects it holds so far (1 for none).
  const openAt: number[] = [];
  const levels: number[] = [];
  let inString = false;
  let work = scanned;
  for (let i = 0; i < scanned; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
      // A raw line break cannot be inside a JSON string: resynchronise after a lost quote.
      else if (c === LF || c === CR) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN) {
      openAt.push(i);
      levels.push(1);
    } else if (c === CLOSE && openAt.length > 0) {
      const at = openAt.pop() as number;
      const held = levels.pop() as number;
      const parent = levels.length - 1;
      if (parent >= 0 && levels[parent] <= held) levels[parent] = held + 1;
      const length = i + 1 - at;
      if (held > MAX_LEVELS || length > MAX_OBJECT) continue;
      work += length;
      const parsed = readAnnotation(tryParse(text.slice(at, i + 1)));
      if (typeof parsed !== 'string' && !found.has(parsed.id)) found.set(parsed.id, parsed);
    }
  }
  return { annotations: [...found.values()], scanned, work };
}
