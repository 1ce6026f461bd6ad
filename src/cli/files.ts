/** Finds the articles named on the command line and reads them safely. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, basename } from 'node:path';
import { UsageError } from './args';

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.article'];

/** Expands directories to their article files (sorted); files are kept as given. */
export function collectArticles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      throw new UsageError(`${path}: no such file or directory`);
    }
    if (stat.isDirectory()) {
      const found = readdirSync(path)
        .filter((name) => ARTICLE_EXTENSIONS.includes(extname(name).toLowerCase()))
        .sort()
        .map((name) => join(path, name))
        .filter((p) => statSync(p).isFile());
      if (found.length === 0) throw new UsageError(`${path}: no articles (.txt, .md, .article) in this directory`);
      files.push(...found);
    } else {
      files.push(path);
    }
  }
  return files;
}

/** A file that cannot be analysed; reported and skipped. */
export class ArticleError extends Error {}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads UTF-8 text, removing a byte-order mark; refuses binary, non-UTF-8 and oversized files. */
export function readArticle(path: string, maxSizeBytes: number): string {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new ArticleError(`${path}: no such file`);
  }
  if (size > maxSizeBytes) {
    throw new ArticleError(`${path}: ${(size / 1048576).toFixed(1)} MB is over the size limit of ${(maxSizeBytes / 1048576).toFixed(1)} MB (raise it with --max-size)`);
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new ArticleError(`${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
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

export function isMarkdown(path: string): boolean {
  return ['.md', '.markdown'].includes(extname(path).toLowerCase());
}
