/**
 * Recovers annotations from a sidecar that no longer parses as JSON (a
 * half-written file, a merge conflict, a stray edit): every balanced `{...}`
 * that parses and validates as an annotation is kept.
 */
import type { ManualAnnotation } from './types';
import { readAnnotation } from './validate';

/** Objects larger than this are not annotations; skipping them bounds the work. */
const MAX_OBJECT = 64 * 1024;

/** End (exclusive) of the JSON object opening at `open`, string-aware; -1 when unbalanced. */
function objectEnd(text: string, open: number): number {
  let depth = 0;
  let inString = false;
  const limit = Math.min(text.length, open + MAX_OBJECT);
  for (let i = open; i < limit; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
    // A raw line break cannot be inside a JSON string: resynchronise after a lost quote.
    if (inString && (c === '\n' || c === '\r')) inString = false;
  }
  return -1;
}

function tryParse(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

/** Valid annotations found anywhere in `text`, first copy of each id kept. */
export function salvageAnnotations(text: string): ManualAnnotation[] {
  const found = new Map<string, ManualAnnotation>();
  for (let i = text.indexOf('{'); i !== -1; ) {
    const end = objectEnd(text, i);
    const parsed = end === -1 ? undefined : readAnnotation(tryParse(text.slice(i, end)));
    if (parsed !== undefined && typeof parsed !== 'string') {
      if (!found.has(parsed.id)) found.set(parsed.id, parsed);
      i = text.indexOf('{', end);
    } else {
      i = text.indexOf('{', i + 1);
    }
  }
  return [...found.values()];
}
