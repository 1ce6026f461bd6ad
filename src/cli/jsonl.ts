/**
 * `claimlens analyze --jsonl`: reads `{"id", "text"}` lines on standard input
 * and writes one result line per document on standard output as it goes, so
 * that batch engines (GNU parallel --pipe, Spark's pipe, Hadoop streaming)
 * can fan the analysis out. A bad line yields an error line, never a crash.
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { analyseJsonlLine } from '../ledger/jsonl';

/** Where the lines come from and go to; the process's streams by default. */
export interface JsonlIo {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** One message line at a time, without a newline. */
  stderr?: (line: string) => void;
}

/** Runs the batch; resolves to the exit code: 0 all lines analysed, 1 some lines were errors. */
export async function runJsonl(io: JsonlIo = {}): Promise<number> {
  const input = io.input ?? process.stdin;
  const output = io.output ?? process.stdout;
  const stderr = io.stderr ?? ((line: string) => { process.stderr.write(line + '\n'); });
  const lines = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  let errors = 0;
  for await (const line of lines) {
    n++;
    const result = analyseJsonlLine(line, n);
    if (result === undefined) continue;
    if (!result.ok) {
      errors++;
      stderr(`claimlens: line ${n}: ${(JSON.parse(result.line) as { error: string }).error}`);
    }
    // Respect backpressure: a slow reader must not make us buffer the whole archive.
    if (!output.write(result.line + '\n')) await once(output, 'drain');
  }
  return errors === 0 ? 0 : 1;
}
