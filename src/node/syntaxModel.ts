/**
 * Loads the shipped syntax model from disk for the Node hosts (the CLI and
 * the desktop extension), lazily and once per process. The bundles find it
 * beside themselves (dist/claimlens-syntax.bin, copied there by the build);
 * the sources run by tsx find it in models/syntax/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSyntax, type Syntax } from '../core/syntax';

export const SYNTAX_MODEL_FILE = 'claimlens-syntax.bin';

let loaded: { syntax?: Syntax; error?: string } | undefined;

function here(): string {
  // CommonJS bundles have __dirname; the ES module sources have import.meta.dirname
  return typeof __dirname === 'string' ? __dirname : import.meta.dirname;
}

/** Where the model may be, nearest first. */
export function syntaxModelCandidates(dir = here()): string[] {
  return [join(dir, SYNTAX_MODEL_FILE), join(dir, '..', 'models', 'syntax', SYNTAX_MODEL_FILE), join(dir, '..', '..', 'models', 'syntax', SYNTAX_MODEL_FILE)];
}

/**
 * The syntax service from the first of `candidates` that exists, or the
 * reason there is none: the analysis then runs without syntax, never fails.
 */
export function loadSyntaxFrom(candidates: readonly string[]): { syntax?: Syntax; error?: string } {
  const path = candidates.find((p) => existsSync(p));
  if (!path) return { error: `the syntax model ${SYNTAX_MODEL_FILE} was not found (looked in ${candidates.join(', ')})` };
  try {
    return { syntax: createSyntax(readFileSync(path)) };
  } catch (e) {
    return { error: `${path}: ${(e as Error).message}` };
  }
}

/** The shipped model, read on first call and kept for the life of the process. */
export function loadSyntax(): { syntax?: Syntax; error?: string } {
  loaded ??= loadSyntaxFrom(syntaxModelCandidates());
  return loaded;
}
