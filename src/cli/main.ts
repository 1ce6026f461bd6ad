/**
 * `claimlens`: analyses articles from the command line. User errors print one
 * line and exit non-zero; one bad file among many is reported and the others
 * are still written.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, basename } from 'node:path';
import { analyze } from '../core';
import { toJson } from '../export/json';
import { CSV_HEADER, csvRow, toCsvRows } from '../export/csv';
import { toMarkdown } from '../export/markdown';
import { parseArgs, UsageError, USAGE, type AnalyzeArgs, type Format } from './args';
import { ArticleError, articleName, collectArticles, isMarkdown, readArticle } from './files';

const EXTENSION: Record<Format, string> = { json: '.json', csv: '.csv', md: '.md' };

function render(format: Format, path: string, text: string, withHeader: boolean): string {
  const analysis = analyze(text, { markdown: isMarkdown(path) });
  const file = basename(path);
  if (format === 'json') return toJson(analysis, text, { document: file });
  if (format === 'csv') return (withHeader ? csvRow(CSV_HEADER) : '') + toCsvRows(analysis, text, file);
  return toMarkdown(analysis, text, file);
}

function runAnalyze(args: AnalyzeArgs, stdout: (s: string) => void, stderr: (s: string) => void): number {
  const files = collectArticles(args.paths);
  if (args.out) {
    try {
      mkdirSync(args.out, { recursive: true });
    } catch (e) {
      throw new UsageError(`${args.out}: cannot create output directory (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  let failed = 0;
  let first = true;
  for (const path of files) {
    try {
      const text = readArticle(path, args.maxSizeBytes);
      if (args.out) {
        const target = join(args.out, articleName(path) + EXTENSION[args.format]);
        try {
          writeFileSync(target, render(args.format, path, text, true));
        } catch (e) {
          throw new ArticleError(`${target}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
        }
      } else {
        const out = render(args.format, path, text, first);
        stdout(args.format === 'md' && !first ? '\n' + out : out);
        first = false;
      }
    } catch (e) {
      if (!(e instanceof ArticleError)) throw e;
      stderr(`claimlens: ${e.message}`);
      failed++;
    }
  }
  return failed === 0 ? 0 : 1;
}

/** Runs the CLI; returns the exit code. */
export function main(argv: readonly string[], stdout = (s: string) => { process.stdout.write(s); }, stderr = (s: string) => { process.stderr.write(s + '\n'); }): number {
  try {
    const args = parseArgs(argv);
    if (args.command === 'help') {
      stdout(USAGE + '\n');
      return 0;
    }
    if (args.command === 'version') {
      stdout('claimlens 0.1.0\n');
      return 0;
    }
    return runAnalyze(args, stdout, stderr);
  } catch (e) {
    if (e instanceof UsageError) {
      stderr(`claimlens: ${e.message}`);
      return 2;
    }
    stderr(`claimlens: internal error: ${(e as Error).message}`);
    return 70;
  }
}
