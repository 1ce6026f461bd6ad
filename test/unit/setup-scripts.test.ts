/**
 * The set-up scripts speak in one line: `npm start` without the Debian
 * packages names every missing one with the install command (no stack
 * trace), and a long install shows progress while its output goes to a log.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

describe('set-up scripts', () => {
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), 'claimlens-setup-')); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('npm start without ripgrep and chromium prints one line naming both and how to install them', () => {
    // An empty PATH: neither rg nor code is found; CHROMIUM_PATH points nowhere.
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'start.mjs')], {
      cwd: root,
      encoding: 'utf8',
      env: { PATH: dir, HOME: dir, CHROMIUM_PATH: join(dir, 'no-chromium'), CLAIMLENS_CACHE_DIR: dir },
      timeout: 30_000,
    });
    assert.equal(r.status, 1, r.stderr);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 1, `one line, not a stack trace:\n${r.stderr}`);
    assert.match(lines[0], /\bripgrep\b/);
    assert.match(lines[0], /\bchromium\b/);
    assert.match(lines[0], /apt-get install -y [^&]*\bripgrep\b/);
    assert.equal(r.stdout, '', 'nothing built or started');
  });

  it('a long install shows a progress line and keeps its output in a log; a failure shows the log tail', () => {
    const log = join(dir, 'install.log');
    const script = (exit: number) => `
      import { runWithProgress } from ${JSON.stringify(join(root, 'scripts', 'e2e', 'progress.mjs'))};
      const code = await runWithProgress(process.execPath, ['-e', 'console.log("> code-server@4.99.4 postinstall"); for (let i = 0; i < 455; i++) console.log("build line " + i); process.exitCode = ${exit}'], { logFile: ${JSON.stringify(log)}, label: 'installing' });
      process.exitCode = code === ${exit} ? 0 : 9;`;
    const ok = spawnSync(process.execPath, ['--input-type=module', '-e', script(0)], { encoding: 'utf8', timeout: 30_000 });
    assert.equal(ok.status, 0, ok.stderr);
    assert.equal(ok.stdout, '');
    const shown = ok.stderr.trim().split('\n');
    assert.ok(shown.length <= 3, `a few progress lines, not the build output:\n${ok.stderr}`);
    assert.match(shown.at(-1) ?? '', /^installing: done in 0m\d\ds/);
    assert.equal(readFileSync(log, 'utf8').trim().split('\n').length, 456, 'all output in the log');

    const failed = spawnSync(process.execPath, ['--input-type=module', '-e', script(3)], { encoding: 'utf8', timeout: 30_000 });
    assert.equal(failed.status, 0, failed.stderr);
    assert.match(failed.stderr, /installing failed \(exit 3\)/);
    assert.match(failed.stderr, /build line 454/);
    assert.doesNotMatch(failed.stderr, /build line 100\b/);
  });
});
