/**
 * `claimlens`: analyses articles from the command line. User errors print one
 * line and exit non-zero, never a stack trace; one bad file among many is
 * reported and the others are still written.
 */
import { accessSync, constants, mkdirSync } from 'node:fs';
import { join, basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mergeFindings } from '../annotations';
import { analyze, type Analysis } from '../core';
import { renderArticle, renderCombined, type CombinedFormat, type ExportArticle, type ExportFormat, type ExportOptions } from '../export/formats';
import { toJsonDocument } from '../export/json';
import { CSV_HEADER, csvRow, toCsvRows } from '../export/csv';
import { toMarkdown, toMarkdownSummary } from '../export/markdown';
import { version } from '../../package.json';
import { parseArgs, UsageError, USAGE, type AnalyzeArgs, type Format } from './args';
import { runLedger } from './ledger';
import { runJsonl } from './jsonl';
import { ArticleError, articleName, collectArticles, isMarkdown, readArticle } from './files';
import { readSidecarFor } from './sidecar';
import { writeAllOrNothing, type OutputFile } from './write';

/** Receives output: `stdout` gets text chunks, `stderr` one message line at a time (no newline). */
export type Write = (s: string) => void;

const EXTENSION: Record<Format, string> = {
  json: '.json', csv: '.csv', md: '.md',
  'json-annotated': '.claimlens.json', webannotation: '.annotations.jsonld', claimreview: '.claimreview.jsonld', brat: '.ann',
};

/** The formats that merge the editor's sidecar decisions in, and their export names. */
const ANNOTATED: Partial<Record<Format, ExportFormat>> = { 'json-annotated': 'json', webannotation: 'webannotation', claimreview: 'claimreview', brat: 'brat' };

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

/** The article with its sidecar's decisions merged in; a damaged sidecar is reported and used as far as it can be. */
function asExport(a: Analysed, stderr: Write): ExportArticle {
  const { annotations, warning } = readSidecarFor(a.path);
  if (warning) stderr(`claimlens: ${warning}`);
  return { file: a.file, iri: pathToFileURL(resolve(a.path)).href, text: a.text, view: mergeFindings(a.analysis, annotations, a.text) };
}

function exportOptions(args: AnalyzeArgs): ExportOptions {
  return { reviewer: args.reviewer, date: new Date().toISOString().slice(0, 10) };
}

/** The content of one article's output file, and for brat the text copy. */
function renderOne(args: AnalyzeArgs, a: Analysed, stderr: Write): { content: string; textCopy?: string } {
  const annotated = ANNOTATED[args.format];
  if (annotated) return renderArticle(annotated, asExport(a, stderr), exportOptions(args));
  if (args.format === 'json') return { content: JSON.stringify(toJsonDocument(a.analysis, a.text, { document: a.file }), null, 2) + '\n' };
  if (args.format === 'csv') return { content: csvRow(CSV_HEADER) + toCsvRows(a.analysis, a.text, a.file) };
  return { content: toMarkdown(a.analysis, a.text, a.file) };
}

/**
 * What goes to stdout: one document for a single file argument, otherwise a
 * JSON array, one CSV with one header, or a Markdown report with a summary.
 */
function renderAll(args: AnalyzeArgs, done: readonly Analysed[], single: boolean, stderr: Write): string {
  const { format } = args;
  if (single && done.length === 1) return renderOne(args, done[0], stderr).content;
  const annotated = ANNOTATED[format];
  // brat never gets here: it needs --out.
  if (annotated) return renderCombined(annotated as CombinedFormat, done.map((a) => asExport(a, stderr)), exportOptions(args), 'articles');
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
      const rendered = renderOne(args, a, stderr);
      const files: OutputFile[] = [{ path: target, content: rendered.content }];
      if (rendered.textCopy !== undefined) files.push({ path: join(args.out, articleName(path) + '.txt'), content: rendered.textCopy });
      for (const f of files) {
        // "a.txt" and "a.md" both map to a.json; the second would silently replace the first.
        const earlier = written.get(f.path);
        if (earlier !== undefined) throw new ArticleError(`${path}: not written, ${f.path} already holds the output of ${earlier}`);
        if (resolve(f.path) === resolve(path)) throw new ArticleError(`${path}: not written, ${f.path} is the article itself (choose another --out)`);
      }
      try {
        writeAllOrNothing(files);
      } catch (e) {
        throw new ArticleError(`${target}: cannot write (${errorCode(e)}); nothing was written for ${path}`);
      }
      for (const f of files) written.set(f.path, path);
    } catch (e) {
      if (!(e instanceof ArticleError)) throw e;
      stderr(`claimlens: ${e.message}`);
      failed++;
    }
  }
  if (args.out === undefined && done.length > 0) {
    const single = args.paths.length === 1 && files.length === 1 && files[0] === args.paths[0];
    stdout(renderAll(args, done, single, stderr));
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
