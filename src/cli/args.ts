/** Command-line arguments of `claimlens`, parsed without a dependency. */
import type { HedgeCategory } from '../core';

const HEDGE_CATEGORIES: readonly HedgeCategory[] = ['modal', 'speculative-verb', 'evidential-adverb', 'uncertain-noun', 'unconfirmation', 'approximator'];

/** Output formats of `claimlens analyze`; each merges in the decisions saved by the editor unless `--raw`. */
export type Format = 'json' | 'csv' | 'md' | 'json-annotated' | 'webannotation' | 'claimreview' | 'brat';
export const FORMATS: readonly Format[] = ['json', 'csv', 'md', 'json-annotated', 'webannotation', 'claimreview', 'brat'];

export interface AnalyzeArgs {
  command: 'analyze';
  paths: string[];
  format: Format;
  out?: string;
  /** Named as the reviewer in claimreview and webannotation output. */
  reviewer?: string;
  /** Where the articles are published: their IRIs in the JSON-LD formats are resolved against it. */
  baseUrl?: string;
  maxSizeBytes: number;
  /** Hedge categories left out, for annotation schemes that do not mark them. */
  excludeHedges: HedgeCategory[];
  /** The analysis alone, without the decisions saved in the editor's sidecars. */
  raw: boolean;
}

/** `usage`: no arguments at all, answered with the usage on stderr and exit code 2. */
export type Args = AnalyzeArgs | { command: 'help' } | { command: 'usage' } | { command: 'version' };

/** A mistake on the command line: printed as one line, exit code 2. */
export class UsageError extends Error {}

export const DEFAULT_MAX_SIZE_MB = 20;

export const USAGE = `usage: claimlens analyze FILE_OR_DIR... [--format FORMAT] [--out DIR] [--reviewer NAME] [--base-url URL] [--max-size MB] [--exclude-hedges CATEGORIES] [--raw]
       claimlens analyze --jsonl  < docs.jsonl > results.jsonl   ({"id","text"} per line)
       claimlens ledger FILE_OR_DIR... [--format json|md|html] [--out FILE] [--raw]
       claimlens ledger --from-jsonl FILE|- [--format json|md|html] [--out FILE]

  --format, -f  json (default; the ClaimLens JSON format), csv (one row per claim), md (a report),
                json-annotated (json plus ids, line/column, origin, notes), webannotation
                (W3C Web Annotation JSON-LD), claimreview (schema.org JSON-LD) or brat
                (<name>.ann + <name>.txt copy; needs --out)
  --raw         the analysis alone: leave out the decisions (status, dismissals, notes, your own
                claims) saved by the editor in .claimlens/ sidecars, which every format includes
  --out, -o     write one file per article into DIR instead of printing
  --reviewer    your name, as the reviewer in claimreview and webannotation output
  --base-url    where the articles are published: their URLs in claimreview and webannotation
                output (default: their paths relative to the current folder)
  --max-size    skip files larger than this many megabytes (default ${DEFAULT_MAX_SIZE_MB})
  --exclude-hedges CATEGORY[,CATEGORY]
                do not mark these hedge categories (${HEDGE_CATEGORIES.join(', ')})
A directory means every .txt, .md and .article file in it except README.* (not recursive).
Exit status: 0 all written, 1 some file could not be analysed, 2 usage error.
The formats are described in docs/export-formats.md of ClaimLens.`;

function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

/** Splits `--flag=value` into its two halves; other arguments are returned whole. */
function splitInline(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return arg.startsWith('--') && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}

/** Parses `argv` (without node and the script); throws `UsageError` on a mistake. */
export function parseArgs(argv: readonly string[]): Args {
  const [command, ...rest] = argv;
  if (command === undefined) return { command: 'usage' };
  if (command === 'help' || command === '--help' || command === '-h') return { command: 'help' };
  if (command === '--version' || command === '-v' || command === 'version') return { command: 'version' };
  if (command !== 'analyze') throw new UsageError(`unknown command "${command}" (try: claimlens analyze FILE_OR_DIR...)`);
  const args: AnalyzeArgs = { command: 'analyze', paths: [], format: 'json', maxSizeBytes: DEFAULT_MAX_SIZE_MB * 1024 * 1024, excludeHedges: [], raw: false };
  let optionsEnded = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (optionsEnded) {
      args.paths.push(arg);
      continue;
    }
    const [flag, inline] = splitInline(arg);
    const value = (): string => {
      const v = inline ?? rest[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--') {
      optionsEnded = true;
    } else if (flag === '--help' || flag === '-h') {
      return { command: 'help' };
    } else if (flag === '--format' || flag === '-f') {
      const f = value().toLowerCase();
      if (!isFormat(f)) throw new UsageError(`unknown format "${f}" (use ${FORMATS.join(', ')})`);
      args.format = f;
    } else if (flag === '--out' || flag === '-o') {
      args.out = value();
    } else if (flag === '--raw') {
      args.raw = true;
    } else if (flag === '--reviewer') {
      args.reviewer = value();
    } else if (flag === '--base-url') {
      const v = value();
      if (!URL.canParse(v)) throw new UsageError(`--base-url needs an absolute URL such as https://example.org/articles/, not "${v}"`);
      args.baseUrl = v;
    } else if (flag === '--max-size') {
      const v = value();
      const mb = Number(v);
      if (!Number.isFinite(mb) || mb <= 0) throw new UsageError(`--max-size needs a positive number of megabytes, not "${v}"`);
      args.maxSizeBytes = Math.floor(mb * 1024 * 1024);
    } else if (flag === '--exclude-hedges') {
      for (const c of value().split(',').map((x) => x.trim()).filter(Boolean)) {
        if (!(HEDGE_CATEGORIES as readonly string[]).includes(c)) throw new UsageError(`unknown hedge category "${c}" (use ${HEDGE_CATEGORIES.join(', ')})`);
        args.excludeHedges.push(c as HedgeCategory);
      }
    } else if (flag.startsWith('-') && flag !== '-') {
      throw new UsageError(`unknown option "${flag}" (see claimlens --help)`);
    } else {
      args.paths.push(arg);
    }
  }
  if (args.paths.length === 0) throw new UsageError('no file or directory given (usage: claimlens analyze FILE_OR_DIR...)');
  if (args.format === 'brat' && args.out === undefined) throw new UsageError('--format brat writes two files per article: give --out DIR');
  return args;
}
