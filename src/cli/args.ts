/** Command-line arguments of `claimlens`, parsed without a dependency. */

export type Format = 'json' | 'csv' | 'md';
export const FORMATS: readonly Format[] = ['json', 'csv', 'md'];

export interface AnalyzeArgs {
  command: 'analyze';
  paths: string[];
  format: Format;
  out?: string;
  maxSizeBytes: number;
}

export type Args = AnalyzeArgs | { command: 'help' } | { command: 'version' };

/** A user error: printed as one line, exit code 2. */
export class UsageError extends Error {}

export const DEFAULT_MAX_SIZE_MB = 20;

export const USAGE = `usage: claimlens analyze FILE_OR_DIR... [--format json|csv|md] [--out DIR] [--max-size MB]

  --format    json (default; FORMAT.md annotations), csv (one row per claim) or md (a report)
  --out DIR   write DIR/<name>.json|.csv|.md per article instead of printing
  --max-size  skip files larger than this many megabytes (default ${DEFAULT_MAX_SIZE_MB})
A directory means every .txt, .md and .article file in it.`;

export function parseArgs(argv: readonly string[]): Args {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return { command: 'help' };
  if (command === '--version' || command === '-v') return { command: 'version' };
  if (command !== 'analyze') throw new UsageError(`unknown command "${command}" (try: claimlens analyze FILE_OR_DIR...)`);
  const args: AnalyzeArgs = { command: 'analyze', paths: [], format: 'json', maxSizeBytes: DEFAULT_MAX_SIZE_MB * 1024 * 1024 };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? rest[++i];
      if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--format' || flag === '-f') {
      const f = value();
      if (!FORMATS.includes(f as Format)) throw new UsageError(`unknown format "${f}" (use ${FORMATS.join(', ')})`);
      args.format = f as Format;
    } else if (flag === '--out' || flag === '-o') {
      args.out = value();
    } else if (flag === '--max-size') {
      const v = value();
      const mb = Number(v);
      if (!Number.isFinite(mb) || mb <= 0) throw new UsageError(`--max-size needs a positive number of megabytes, not "${v}"`);
      args.maxSizeBytes = Math.floor(mb * 1024 * 1024);
    } else if (flag.startsWith('-') && flag !== '-') {
      throw new UsageError(`unknown option "${flag}"`);
    } else {
      args.paths.push(arg);
    }
  }
  if (args.paths.length === 0) throw new UsageError('no file or directory given');
  return args;
}
