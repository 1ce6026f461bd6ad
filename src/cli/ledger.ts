/**
 * `claimlens ledger DIR... [--format json|md|html] [--out FILE]` and
 * `claimlens ledger --from-jsonl FILE|-`: the claim ledger of a folder of
 * articles (with the decisions of their editor sidecars, unless `--raw`),
 * or of `analyze --jsonl` results. The only file I/O of the ledger.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { analyseArticle } from '../ledger/analyse-article';
import { buildLedger } from '../ledger/ledger';
import { ledgerFromJsonl } from '../ledger/jsonl';
import { toLedgerJson } from '../ledger/render-json';
import { toLedgerMarkdown } from '../ledger/render-md';
import { toLedgerHtml } from '../ledger/render-html';
import type { ArticleRecord, Ledger } from '../ledger/types';
import { DEFAULT_MAX_SIZE_MB, UsageError } from './args';
import { writeFileAtomic } from '../io/atomic-node';
import { RefusedWriteError } from '../io/temp-files';
import { ArticleError, collectArticles, isMarkdown, readArticle } from './files';
import { readSidecarFor } from './sidecar';

export type LedgerFormat = 'json' | 'md' | 'html';

export interface LedgerArgs {
  paths: string[];
  format: LedgerFormat;
  out?: string;
  fromJsonl?: string;
  maxSizeBytes: number;
  /** The analysis alone, without the decisions saved in the editor's sidecars. */
  raw: boolean;
}

/** Output streams of the CLI: `stdout` gets text, `stderr` one message line at a time (no newline). */
export interface LedgerIo {
  stdout: (s: string) => void;
  stderr: (line: string) => void;
  /** Reads all of standard input, for `--from-jsonl -`. */
  readStdin?: () => string;
}

export const LEDGER_USAGE = `usage: claimlens ledger FILE_OR_DIR... [--format json|md|html] [--out FILE] [--max-size MB] [--raw]
       claimlens ledger --from-jsonl FILE|- [--format json|md|html] [--out FILE]
  One row per claim (mentions that state the same proposition, clustered across articles), one column per article.`;

/** Parses the arguments after `ledger`; throws `UsageError` on a mistake. */
export function parseLedgerArgs(argv: readonly string[]): LedgerArgs {
  const args: LedgerArgs = { paths: [], format: 'json', maxSizeBytes: DEFAULT_MAX_SIZE_MB * 1024 * 1024, raw: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].startsWith('--') && argv[i].includes('=') ? argv[i].split(/=(.*)/s, 2) : [argv[i], undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--format' || flag === '-f') {
      const f = value().toLowerCase();
      if (f !== 'json' && f !== 'md' && f !== 'html') throw new UsageError(`unknown ledger format "${f}" (use json, md, html)`);
      args.format = f;
    } else if (flag === '--out' || flag === '-o') args.out = value();
    else if (flag === '--from-jsonl') args.fromJsonl = value();
    else if (flag === '--raw') args.raw = true;
    else if (flag === '--max-size') {
      const mb = Number(value());
      if (!Number.isFinite(mb) || mb <= 0) throw new UsageError('--max-size needs a positive number of megabytes');
      args.maxSizeBytes = Math.floor(mb * 1024 * 1024);
    } else if (flag.startsWith('-') && flag !== '-') throw new UsageError(`unknown option "${flag}" (see claimlens --help)`);
    else args.paths.push(flag);
  }
  if (args.fromJsonl === undefined && args.paths.length === 0) throw new UsageError('no file or directory given (usage: claimlens ledger DIR)');
  if (args.fromJsonl !== undefined && args.paths.length > 0) throw new UsageError('give either articles or --from-jsonl, not both');
  return args;
}

function render(ledger: Ledger, args: LedgerArgs, paths: ReadonlyMap<string, string>): string {
  if (args.format === 'json') return toLedgerJson(ledger);
  if (args.format === 'md') return toLedgerMarkdown(ledger);
  // Links are relative to the page, so that the folder can be moved or zipped as a whole.
  const base = args.out !== undefined ? dirname(resolve(args.out)) : process.cwd();
  return toLedgerHtml(ledger, { articleHref: (meta) => { const p = paths.get(meta.id); return p === undefined ? undefined : relative(base, resolve(p)).split('\\').join('/'); } });
}

/** Runs `claimlens ledger` on `argv` (the arguments after `ledger`); returns the exit code (0, 1 some input failed, 2 usage). */
export function runLedger(argv: readonly string[], io: LedgerIo): number {
  try {
    return ledgerCommand(parseLedgerArgs(argv), io);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`claimlens: ${e.message}`);
    return 2;
  }
}

function ledgerCommand(args: LedgerArgs, io: LedgerIo): number {
  let failed = 0;
  let ledger: Ledger;
  const paths = new Map<string, string>();
  // The files read: --out must never replace one of them.
  const inputs: string[] = args.fromJsonl !== undefined && args.fromJsonl !== '-' ? [args.fromJsonl] : [];
  if (args.fromJsonl !== undefined) {
    let text: string;
    try {
      text = args.fromJsonl === '-' ? (io.readStdin ?? (() => readFileSync(0, 'utf8')))() : readFileSync(args.fromJsonl, 'utf8');
    } catch (e) {
      throw new UsageError(`${args.fromJsonl}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    const built = ledgerFromJsonl(text.split(/\r?\n/));
    for (const s of built.skipped) io.stderr(`claimlens: ${args.fromJsonl}:${s.line}: skipped (${s.reason})`);
    failed = built.skipped.length;
    ledger = built.ledger;
  } else {
    const { files, errors } = collectArticles(args.paths);
    inputs.push(...files);
    for (const e of errors) io.stderr(`claimlens: ${e.message}`);
    failed = errors.length;
    const records: ArticleRecord[] = [];
    for (const path of files) {
      try {
        const id = path.split(/[\\/]/).pop() ?? path;
        const text = readArticle(path, args.maxSizeBytes);
        const sidecar = args.raw ? { annotations: [] } : readSidecarFor(path);
        if (sidecar.warning) io.stderr(`claimlens: ${sidecar.warning}`);
        records.push(analyseArticle(text, id, isMarkdown(path), {}, sidecar.annotations));
        paths.set(id, path);
      } catch (e) {
        // A defect in one rule must not cost the user the other articles.
        io.stderr(`claimlens: ${e instanceof ArticleError ? e.message : `${path}: internal error while analysing (${(e as Error).message})`}`);
        failed++;
      }
    }
    ledger = buildLedger(records);
  }
  const output = render(ledger, args, paths);
  if (args.out === undefined) io.stdout(output);
  else {
    try {
      writeFileAtomic(args.out, output, { inputs });
    } catch (e) {
      if (e instanceof RefusedWriteError) throw new UsageError(e.message);
      throw new UsageError(`${args.out}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  }
  return failed === 0 ? 0 : 1;
}
