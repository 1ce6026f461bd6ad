/**
 * Loads the shipped syntax model from disk for the Node hosts (the CLI and
 * the desktop extension), lazily and once per process. The bundles find it
 * beside themselves (dist/claimlens-syntax.bin, copied there by the build);
 * the sources run by tsx from the repository root find it in models/syntax/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSyntax, type Syntax } from '../core/syntax';

export const SYNTAX_MODEL_FILE = 'claimlens-syntax.bin';

let loaded: { syntax?: Syntax; error?: string } | undefined;

/**
 * Where the model may be, nearest first: beside the bundle (CommonJS has
 * `__dirname`), then the repository's models/syntax/ when the sources run
 * from the repository root (tests, tsx).
 */
export function syntaxModelCandidates(): string[] {
  const beside = typeof __dirname === 'string' ? [join(__dirname, SYNTAX_MODEL_FILE), join(__dirname, '..', 'models', 'syntax', SYNTAX_MODEL_FILE)] : [];
  return [...beside, join(process.cwd(), 'models', 'syntax', SYNTAX_MODEL_FILE)];
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
