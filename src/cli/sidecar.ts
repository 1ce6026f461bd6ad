/**
 * Finds an article's sidecar the way the editor writes it: in the nearest
 * folder above the article that has `.claimlens/<relative path>.json`. The
 * CLI only reads it; a damaged or too-new file is reported and used as far
 * as it can be (salvaged annotations, or none).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { parseSidecar, type ManualAnnotation } from '../annotations';

/** The annotations found for an article, and a warning when the sidecar was not clean. */
export interface FoundSidecar {
  annotations: ManualAnnotation[];
  warning?: string;
}

/** The sidecar path of `article` below `root`, if there is one. */
function sidecarIn(root: string, article: string): string | undefined {
  const rel = relative(root, article).split(sep).join('/');
  const path = join(root, '.claimlens', `${rel}.json`);
  return existsSync(path) ? path : undefined;
}

/** Reads the article's sidecar; no sidecar means no annotations. */
export function readSidecarFor(articlePath: string): FoundSidecar {
  const article = resolve(articlePath);
  for (let dir = dirname(article); ; dir = dirname(dir)) {
    const path = sidecarIn(dir, article);
    if (path) {
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (e) {
        return { annotations: [], warning: `${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}); annotations left out` };
      }
      const parsed = parseSidecar(text);
      if (parsed.ok) return { annotations: parsed.sidecar.annotations };
      if (parsed.error === 'newer-version') return { annotations: [], warning: `${path}: ${parsed.message}` };
      return { annotations: parsed.salvaged, warning: `${path}: ${parsed.message}` };
    }
    if (dirname(dir) === dir) return { annotations: [] };
  }
}
