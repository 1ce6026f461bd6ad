/**
 * `claimlens`: analyses articles from the command line. User errors print one
 * line and exit non-zero, never a stack trace; one bad file among many is
 * reported and the others are still written.
 */
import { accessSync, constants, mkdirSync, writeFileSync } from 'node:fs';
import { join, basename } from 'node:path';
import { analyze, type Analysis } from '../core';
import { toJsonDocument } from '../export/json';
import { CSV_HEADER, csvRow, toCsvRows } from '../export/csv';
import { toMarkdown, toMarkdownSummary } from '../export/markdown';
import { version } from '../../package.json';
import { parseArgs, UsageError, USAGE, type AnalyzeArgs, type Format } from './args';
import { runLedger } from './ledger';
import { runJsonl } from './jsonl';
import { ArticleError, articleName, collectArticles, isMarkdown, readArticle } from './files';

/** Receives output: `stdout` gets text chunks, `stderr` one message line at a time (no newline). */
export type Write = (s: string) => void;

const EXTENSION: Record<Format, string> = { json: '.json', csv: '.csv', md: '.md' };

interface Analysed {
  path: string;
  file: string;
  text: string;
  analysis: Analysis;
}

function errorCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? 'error';
}

/** Reads and analyses one article; any failure becomes an `ArticleError` naming the file. */
function analyseFile(path: string, args: AnalyzeArgs): Analysed {
  const text = readArticle(path, args.maxSizeBytes);
  try {
    return { path, file: basename(path), text, analysis: analyze(text, { markdown: isMarkdown(path), excludeHedgeCategories: args.excludeHedges }) };
  } catch (e) {
    // A defect in one rule must not cost the user the other articles.
    throw new ArticleError(`${path}: internal error while analysing (${(e as Error).message}); please report it`);
  }
}

/** The content of one article's output file. */
function renderOne(format: Format, a: Analysed): string {
  if (format === 'json') return JSON.stringify(toJsonDocument(a.analysis, a.text, { document: a.file }), null, 2) + '\n';
  if (format === 'csv') return csvRow(CSV_HEADER) + toCsvRows(a.analysis, a.text, a.file);
  return toMarkdown(a.analysis, a.text, a.file);
}

/**
 * What goes to stdout: one document for a single file argument, otherwise a
 * JSON array, one CSV with one header, or a Markdown report with a summary.
 */
function renderAll(format: Format, done: readonly Analysed[], single: boolean): string {
  if (single && done.length === 1) return renderOne(format, done[0]);
  if (format === 'json') return JSON.stringify(done.map((a) => toJsonDocument(a.analysis, a.text, { document: a.file })), null, 2) + '\n';
  if (format === 'csv') return csvRow(CSV_HEADER) + done.map((a) => toCsvRows(a.analysis, a.text, a.file)).join('');
  return [toMarkdownSummary(done), ...done.map((a) => toMarkdown(a.analysis, a.text, a.file))].join('\n');
}

/** Creates `--out` and checks it is writable, so that an unusable directory costs one line, not one per file. */
function prepareOut(out: string): void {
  try {
    mkdirSync(out, { recursive: true });
  } catch (e) {
    throw new UsageError(`${out}: cannot create the output directory (${errorCode(e)})`);
  }
  try {
    accessSync(out, constants.W_OK);
  } catch (e) {
    throw new UsageError(`${out}: the output directory is not writable (${errorCode(e)})`);
  }
}

function runAnalyze(args: AnalyzeArgs, stdout: Write, stderr: Write): number {
  const { files, errors } = collectArticles(args.paths);
  let failed = errors.length;
  for (const e of errors) stderr(`claimlens: ${e.message}`);
  if (args.out !== undefined && files.length > 0) prepareOut(args.out);
  const done: Analysed[] = [];
  const written = new Map<string, string>();
  for (const path of files) {
    try {
      const a = analyseFile(path, args);
      if (args.out === undefined) {
        done.push(a);
        continue;
      }
      const target = join(args.out, articleName(path) + EXTENSION[args.format]);
      // "a.txt" and "a.md" both map to a.json; the second would silently replace the first.
      const earlier = written.get(target);
      if (earlier !== undefined) throw new ArticleError(`${path}: not written, ${target} already holds the output of ${earlier}`);
      try {
        writeFileSync(target, renderOne(args.format, a));
      } catch (e) {
        throw new ArticleError(`${target}: cannot write (${errorCode(e)})`);
      }
      written.set(target, path);
    } catch (e) {
      if (!(e instanceof ArticleError)) throw e;
      stderr(`claimlens: ${e.message}`);
      failed++;
    }
  }
  if (args.out === undefined && done.length > 0) {
    const single = args.paths.length === 1 && files.length === 1 && files[0] === args.paths[0];
    stdout(renderAll(args.format, done, single));
  }
  return failed === 0 ? 0 : 1;
}

/**
 * Runs the CLI on `argv` (without node and the script) and returns the exit
 * code: 0 all written, 1 some article failed, 2 usage error, 70 internal error.
 */
export function main(
  argv: readonly string[],
  stdout: Write = (s) => { process.stdout.write(s); },
  stderr: Write = (s) => { process.stderr.write(s + '\n'); },
): number {
  try {
    if (argv[0] === 'ledger') return runLedger(argv.slice(1), { stdout, stderr });
    if (argv[0] === 'analyze' && argv.includes('--jsonl')) {
      // Streaming is asynchronous: bin.ts sets the exit code first, and this later assignment wins.
      void runJsonl({ stderr }).then((code) => { process.exitCode = code; });
      return 0;
    }
    const args = parseArgs(argv);
    if (args.command === 'help') {
      stdout(USAGE + '\n');
      return 0;
    }
    if (args.command === 'version') {
      stdout(`claimlens ${version}\n`);
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
