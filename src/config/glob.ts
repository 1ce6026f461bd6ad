/**
 * Glob patterns for which files ClaimLens analyses, matched against a
 * workspace-relative path with `/` separators: `*` and `?` within a path
 * segment, `**` for any number of segments, `[abc]` / `[!abc]` classes and
 * `{a,b}` alternatives. A pattern without `/` matches the file name at any
 * depth (as in .gitignore), so `README*` also excludes `docs/README.md`.
 * Matching ignores case (READMEs come as README.md and readme.md).
 *
 * Patterns come from a workspace file that anyone can commit, so matching is
 * done by dynamic programming over segments and characters, never by a
 * backtracking regular expression: time stays polynomial in the lengths.
 */

/** More alternatives than this from `{…}` expansion: the rest are dropped. */
const MAX_ALTERNATIVES = 64;
/** Longer patterns are ignored as not meant seriously. */
const MAX_PATTERN_LENGTH = 500;

/** A compiled glob: test a workspace-relative path. */
export type GlobMatcher = (path: string) => boolean;

/** Expands `{a,b}` alternatives (nested allowed), up to MAX_ALTERNATIVES. */
function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf('{');
  if (open < 0) return [pattern];
  let depth = 0;
  const commas: number[] = [];
  for (let i = open; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '{') depth++;
    else if (ch === ',' && depth === 1) commas.push(i);
    else if (ch === '}' && --depth === 0) {
      const head = pattern.slice(0, open);
      const tail = pattern.slice(i + 1);
      const cuts = [open, ...commas, i];
      const out: string[] = [];
      for (let k = 0; k + 1 < cuts.length && out.length < MAX_ALTERNATIVES; k++) {
        for (const expanded of expandBraces(head + pattern.slice(cuts[k] + 1, cuts[k + 1]) + tail)) {
          if (out.length >= MAX_ALTERNATIVES) break;
          out.push(expanded);
        }
      }
      return out;
    }
  }
  return [pattern]; // an unclosed brace is a literal
}

/** One path segment against one pattern segment (`*`, `?`, `[…]`, literals). */
function matchSegment(pattern: string, text: string): boolean {
  // reach[j]: the pattern so far can match text[0, j).
  let reach = new Array<boolean>(text.length + 1).fill(false);
  reach[0] = true;
  for (let p = 0; p < pattern.length; ) {
    const ch = pattern[p];
    const next = new Array<boolean>(text.length + 1).fill(false);
    if (ch === '*') {
      let any = false;
      for (let j = 0; j <= text.length; j++) next[j] = any = any || reach[j];
      p++;
    } else {
      let accepts: (c: string) => boolean;
      if (ch === '?') {
        accepts = () => true;
        p++;
      } else if (ch === '[' && pattern.indexOf(']', p + 2) > 0) {
        const close = pattern.indexOf(']', p + 2);
        const negated = pattern[p + 1] === '!' || pattern[p + 1] === '^';
        const body = pattern.slice(p + (negated ? 2 : 1), close);
        accepts = (c) => classHas(body, c) !== negated;
        p = close + 1;
      } else {
        accepts = (c) => c === ch;
        p++;
      }
      for (let j = 0; j < text.length; j++) if (reach[j] && accepts(text[j])) next[j + 1] = true;
    }
    reach = next;
  }
  return reach[text.length];
}

/** Whether a character class body (`a-z0-9_`) holds a character. */
function classHas(body: string, c: string): boolean {
  for (let i = 0; i < body.length; i++) {
    if (body[i + 1] === '-' && i + 2 < body.length) {
      if (body[i] <= c && c <= body[i + 2]) return true;
      i += 2;
    } else if (body[i] === c) return true;
  }
  return false;
}

/** Pattern segments against path segments, `**` matching any number of them. */
function matchSegments(pattern: string[], path: string[]): boolean {
  let reach = new Array<boolean>(path.length + 1).fill(false);
  reach[0] = true;
  for (const segment of pattern) {
    const next = new Array<boolean>(path.length + 1).fill(false);
    if (segment === '**') {
      let any = false;
      for (let j = 0; j <= path.length; j++) next[j] = any = any || reach[j];
    } else {
      for (let j = 0; j < path.length; j++) if (reach[j] && matchSegment(segment, path[j])) next[j + 1] = true;
    }
    reach = next;
  }
  return reach[path.length];
}

/** Splits a path or pattern into segments, dropping empty ones and a leading `./`. */
function segments(s: string): string[] {
  return s.replace(/\\/g, '/').split('/').filter((part, i) => part !== '' && !(i === 0 && part === '.'));
}

/** Compiles a glob; an empty or over-long pattern matches nothing. */
export function compileGlob(pattern: string): GlobMatcher {
  const trimmed = pattern.trim();
  if (!trimmed || trimmed.length > MAX_PATTERN_LENGTH) return () => false;
  const alternatives = expandBraces(trimmed.toLowerCase()).map((alt) => {
    const parts = segments(alt);
    // A name without a folder part matches at any depth; `folder/` means everything in it.
    if (!alt.includes('/')) return ['**', ...parts];
    if (alt.endsWith('/')) return [...parts, '**'];
    // Consecutive `**` mean the same as one.
    return parts.filter((part, i) => !(part === '**' && parts[i - 1] === '**'));
  });
  return (path) => {
    const target = segments(path.toLowerCase());
    return alternatives.some((alt) => matchSegments(alt, target));
  };
}

/** The glob of everything in a folder given relative to the workspace (`claimlens-exports/**`); undefined for a folder outside it. */
export function folderGlob(folder: string): string | undefined {
  const clean = folder.trim().replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/\/+$/, '');
  if (!clean || clean === '.' || clean.startsWith('/') || /^[a-z]:/i.test(clean) || clean.split('/').includes('..')) return undefined;
  return `${clean}/**`;
}

/** Compiled patterns, reused across calls; cleared when it grows past a settings file's worth. */
const compiled = new Map<string, GlobMatcher>();

/** The first of several patterns that matches a path, if any. */
export function firstMatch(patterns: readonly string[], path: string): string | undefined {
  return patterns.find((pattern) => {
    let matcher = compiled.get(pattern);
    if (!matcher) {
      if (compiled.size > 256) compiled.clear();
      matcher = compileGlob(pattern);
      compiled.set(pattern, matcher);
    }
    return matcher(path);
  });
}
