// Runs a long command (npm installing code-server prints some 455 lines)
// with its output in a log file and one progress line on the terminal:
// elapsed time and the step it is at, rewritten in place on a terminal and
// printed every 30 s otherwise. On failure the log's last lines are shown.
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';

const TAIL_LINES = 25;
const clock = (ms) => `${Math.floor(ms / 60_000)}m${String(Math.floor((ms % 60_000) / 1000)).padStart(2, '0')}s`;

/** The step a line of npm output names, if any ("> code-server@4.99.4 postinstall", "added 530 packages"). */
export function stepOf(line) {
  const script = /^> (\S+) (\w+)$/.exec(line.trim());
  if (script) return `${script[1]} ${script[2]}`;
  if (/^(added|changed|removed) \d+ packages?/.test(line.trim())) return line.trim();
  return null;
}

/**
 * Runs `cmd args` with stdout and stderr into `logFile`; resolves with the exit code.
 * `label` names the work on the progress line; `out` is where the line goes (stderr).
 */
export function runWithProgress(cmd, args, { logFile, label, out = process.stderr, spawnOptions = {} }) {
  const log = createWriteStream(logFile);
  const t0 = Date.now();
  let step = 'starting';
  let lines = 0;
  const tty = !!out.isTTY;
  const line = () => `${label}: ${clock(Date.now() - t0)}, ${step} (${lines} lines in ${logFile})`;
  const show = () => (tty ? out.write(`\r\x1b[K${line()}`) : out.write(`${line()}\n`));
  show();
  const timer = setInterval(show, tty ? 1000 : 30_000);
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { ...spawnOptions, stdio: ['ignore', 'pipe', 'pipe'] });
    let partial = '';
    let finished = false;
    const take = (chunk) => {
      log.write(chunk);
      const text = partial + chunk.toString('utf8');
      const parts = text.split('\n');
      partial = parts.pop() ?? '';
      lines += parts.length;
      for (const l of parts) step = stepOf(l) ?? step;
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    const finish = (code) => {
      if (finished) return;
      finished = true;
      clearInterval(timer);
      if (tty) out.write('\r\x1b[K');
      log.end(() => {
        if (code !== 0) {
          const tail = readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-TAIL_LINES);
          out.write(`${label} failed (exit ${code}) after ${clock(Date.now() - t0)}; the last lines of ${logFile}:\n  ${tail.join('\n  ')}\n`);
        } else {
          out.write(`${label}: done in ${clock(Date.now() - t0)} (log: ${logFile})\n`);
        }
        resolve(code);
      });
    };
    child.on('error', (e) => {
      log.write(`\n${e.message}\n`);
      finish(127);
    });
    child.on('close', (code, signal) => finish(code ?? (signal ? 128 : 1)));
  });
}
