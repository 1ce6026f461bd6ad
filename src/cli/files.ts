/** Finds the articles named on the command line and reads them safely. */
import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { extname, join, basename, resolve } from 'node:path';

/** File extensions a directory is searched for. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.article'];

/** A folder's README describes the articles; it is not one of them (analyse it by naming it). */
function isArticleName(name: string): boolean {
  return ARTICLE_EXTENSIONS.includes(extname(name).toLowerCase()) && !/^readme\./i.test(name);
}

/** A path or file that cannot be analysed: reported on one line and skipped. */
export class ArticleError extends Error {}

/** The articles found on the command line, and the paths that yielded none. */
export interface Collected {
  files: string[];
  errors: ArticleError[];
}

function errorCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? 'error';
}

function articlesIn(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    throw new ArticleError(`${dir}: cannot list this directory (${errorCode(e)})`);
  }
  const found = names
    .filter(isArticleName)
    .sort()
    .map((name) => join(dir, name))
    // A directory named "x.txt" is not an article; neither is a broken link.
    .filter((p) => {
      try {
        return statSync(p).isFile();
      } catch {
        return false;
      }
    });
  if (found.length === 0) throw new ArticleError(`${dir}: no articles (${ARTICLE_EXTENSIONS.join(', ')}) in this directory`);
  return found;
}

/**
 * Expands directories to their article files (sorted, not recursive); files
 * are kept as given, each at most once. A missing path or an empty directory
 * becomes an error and the other paths are still collected.
 */
export function collectArticles(paths: readonly string[]): Collected {
  const files: string[] = [];
  const errors: ArticleError[] = [];
  const seen = new Set<string>();
  for (const path of paths) {
    let stat: Stats;
    try {
      stat = statSync(path);
    } catch {
      errors.push(new ArticleError(`${path}: no such file or directory`));
      continue;
    }
    try {
      for (const file of stat.isDirectory() ? articlesIn(path) : [path]) {
        const key = resolve(file);
        if (!seen.has(key)) files.push(file);
        seen.add(key);
      }
    } catch (e) {
      if (!(e instanceof ArticleError)) throw e;
      errors.push(e);
    }
  }
  return { files, errors };
}

// ignoreBOM keeps a BOM in the string so that readArticle removes exactly one, visibly.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function megabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

/**
 * Reads UTF-8 text and removes a byte-order mark, so that offsets match
 * FORMAT.md; refuses directories, binary, non-UTF-8 and oversized files.
 */
export function readArticle(path: string, maxSizeBytes: number): string {
  let stat: Stats;
  try {
    stat = statSync(path);
  } catch {
    throw new ArticleError(`${path}: no such file`);
  }
  if (!stat.isFile()) throw new ArticleError(`${path}: not a regular file`);
  // Checked before reading, so that a huge file is never loaded.
  if (stat.size > maxSizeBytes) {
    throw new ArticleError(`${path}: ${megabytes(stat.size)} is over the size limit of ${megabytes(maxSizeBytes)} (raise it with --max-size)`);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new ArticleError(`${path}: cannot be read (${errorCode(e)})`);
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ArticleError(`${path}: is UTF-16 text; save it as UTF-8`);
  }
  // NUL never occurs in text; it is the cheapest sign of a binary file.
  if (bytes.includes(0)) throw new ArticleError(`${path}: looks like a binary file, not text`);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new ArticleError(`${path}: is not valid UTF-8 text`);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The article's name without its extension: the base of its output file. */
export function articleName(path: string): string {
  const base = basename(path);
  const ext = extname(base);
  return ext ? base.slice(0, -ext.length) : base;
}

/** Whether the file is analysed as Markdown (its syntax masked). */
export function isMarkdown(path: string): boolean {
  return ['.md', '.markdown'].includes(extname(path).toLowerCase());
}
