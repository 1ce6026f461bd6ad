#!/usr/bin/env node
// Installs code-server (real VS Code served to a browser) into a cache folder
// that belongs to the test scripts, never to the extension's dependencies.
//
//   node scripts/e2e/install-code-server.mjs          # install if missing, print the entry path
//   node scripts/e2e/install-code-server.mjs --force  # reinstall
//
// Idempotent: a marker file is written only after the install and its
// postinstall (which builds VS Code's own node_modules) have been verified.
// Needs the Debian packages `libkrb5-dev ripgrep` (and `chromium` for the
// browser side): see scripts/e2e/README.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, statSync, copyFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runWithProgress } from './progress.mjs';
import { DEBIAN_PACKAGES, missingPackages, missingPackagesLine, which } from './system-packages.mjs';

export const CODE_SERVER_VERSION = process.env.CLAIMLENS_CODE_SERVER_VERSION || '4.99.4';
// @vscode/ripgrep as pinned by that code-server; its postinstall downloads a
// binary from the internet unless the tarball is already in its cache.
const RIPGREP_PKG_VERSION = '1.15.11';
const RIPGREP_ASSET = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '..', '..');
export const cacheRoot = resolve(process.env.CLAIMLENS_CACHE_DIR || join(repoRoot, '.cache'));
export const installDir = join(cacheRoot, `code-server-${CODE_SERVER_VERSION}`);
const pkgDir = join(installDir, 'node_modules', 'code-server');
export const entryPath = join(pkgDir, 'out', 'node', 'entry.js');
const marker = join(installDir, '.claimlens-installed.json');

const log = (...a) => console.error('[code-server]', ...a);

/** True when the install looks complete (marker + the files code-server needs at run time). */
export function isInstalled() {
  if (!existsSync(marker) || !existsSync(entryPath)) return false;
  try {
    const m = JSON.parse(readFileSync(marker, 'utf8'));
    return m.version === CODE_SERVER_VERSION && verify().length === 0;
  } catch {
    return false;
  }
}

/** Problems with the installed tree; empty when it is usable. */
function verify() {
  const problems = [];
  const need = [
    entryPath,
    join(pkgDir, 'lib', 'vscode', 'out', 'server-main.js'),
    // built by code-server's postinstall (npm install inside lib/vscode)
    join(pkgDir, 'lib', 'vscode', 'node_modules'),
    join(pkgDir, 'lib', 'vscode', 'node_modules', '@vscode', 'spdlog', 'build', 'Release', 'spdlog.node'),
    join(pkgDir, 'lib', 'vscode', 'node_modules', 'node-pty', 'build', 'Release', 'pty.node'),
  ];
  for (const p of need) if (!existsSync(p)) problems.push(`missing ${p}`);
  const rg = findRipgrep();
  if (!rg) problems.push('missing @vscode/ripgrep binary (bin/rg)');
  return problems;
}

function findRipgrep() {
  const candidates = [
    join(pkgDir, 'lib', 'vscode', 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg'),
  ];
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** Put Debian's rg where @vscode/ripgrep's postinstall looks before downloading. */
function seedRipgrepCache() {
  const rg = which('rg');
  if (!rg) throw new Error('ripgrep is not installed: apt-get install -y ripgrep');
  // @vscode/ripgrep uses os.tmpdir() (honours TMPDIR) for its cache.
  const cacheDir = join(tmpdir(), `vscode-ripgrep-cache-${RIPGREP_PKG_VERSION}`);
  const tarball = join(cacheDir, RIPGREP_ASSET);
  if (existsSync(tarball) && statSync(tarball).size > 0) return rg;
  mkdirSync(cacheDir, { recursive: true });
  const stage = join(cacheDir, 'stage');
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(stage, { recursive: true });
  copyFileSync(rg, join(stage, 'rg'));
  chmodSync(join(stage, 'rg'), 0o755);
  const r = spawnSync('tar', ['-czf', tarball, '-C', stage, 'rg'], { stdio: 'inherit' });
  rmSync(stage, { recursive: true, force: true });
  if (r.status !== 0) throw new Error('could not create the ripgrep tarball');
  log(`seeded ripgrep cache ${tarball}`);
  return rg;
}

function checkSystem() {
  // The browser is not needed to install; the scripts that run it check for it.
  const missing = missingPackages(DEBIAN_PACKAGES.filter((p) => p.name !== 'chromium'));
  if (missing.length) throw new Error(missingPackagesLine(missing));
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 20) log(`warning: code-server ${CODE_SERVER_VERSION} is built for Node 20, this is Node ${process.versions.node}`);
}

async function withLock(fn) {
  mkdirSync(cacheRoot, { recursive: true });
  const lock = `${installDir}.lock`;
  const deadline = Date.now() + 30 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      // stale lock: owner gone
      let pid = 0;
      try { pid = Number(readFileSync(join(lock, 'pid'), 'utf8')); } catch { /* being written */ }
      let alive = false;
      if (pid) { try { process.kill(pid, 0); alive = true; } catch { alive = false; } }
      if (pid && !alive) { rmSync(lock, { recursive: true, force: true }); continue; }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock}`);
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Ensures code-server is installed; returns the path of its entry script (run it with node). */
export async function ensureCodeServer({ force = false } = {}) {
  if (!force && isInstalled()) return entryPath;
  return withLock(async () => {
    if (!force && isInstalled()) return entryPath;
    checkSystem();
    seedRipgrepCache();
    const t0 = Date.now();
    log(`installing code-server@${CODE_SERVER_VERSION} into ${installDir} (takes a few minutes)`);
    rmSync(installDir, { recursive: true, force: true });
    mkdirSync(installDir, { recursive: true });
    writeFileSync(join(installDir, 'package.json'), JSON.stringify({
      name: 'claimlens-code-server-cache',
      private: true,
      description: 'Test-only cache for the ClaimLens e2e harness; not part of the extension.',
    }, null, 2) + '\n');
    const env = {
      ...process.env,
      npm_config_unsafe_perm: 'true',
      npm_config_yes: 'true',
      // npm 11 may hold back dependency install scripts until approved; the
      // whole point here is code-server's postinstall, and this tree is a
      // throw-away test cache. The env form reaches the nested npm installs
      // that postinstall runs too.
      npm_config_ignore_scripts: 'false',
      npm_config_dangerously_allow_all_scripts: 'true',
      npm_config_foreground_scripts: 'true',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
      npm_config_progress: 'false',
    };
    // node-gyp must build against the local Node headers: it cannot download them offline.
    if (!env.npm_config_nodedir && existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr';
    const args = ['install', '--prefix', installDir, '--no-save', '--no-package-lock',
      '--foreground-scripts', '--ignore-scripts=false', `code-server@${CODE_SERVER_VERSION}`];
    // Hundreds of lines of build output go to a log file; the terminal gets one progress line.
    const logFile = `${installDir}-install.log`;
    const status = await runWithProgress('npm', args, { logFile, label: `[code-server] installing ${CODE_SERVER_VERSION}`, spawnOptions: { cwd: installDir, env } });
    if (status !== 0) throw new Error(`npm install code-server failed (exit ${status}); see ${logFile}`);
    // Belt and braces: if ripgrep's postinstall still did not put a binary in place, use Debian's.
    const rgDir = join(pkgDir, 'lib', 'vscode', 'node_modules', '@vscode', 'ripgrep');
    if (existsSync(rgDir) && !findRipgrep()) {
      mkdirSync(join(rgDir, 'bin'), { recursive: true });
      copyFileSync(which('rg'), join(rgDir, 'bin', 'rg'));
      chmodSync(join(rgDir, 'bin', 'rg'), 0o755);
    }
    const problems = verify();
    if (problems.length) {
      throw new Error(`code-server install is incomplete (did its postinstall run?):\n  ${problems.join('\n  ')}`);
    }
    const secs = Math.round((Date.now() - t0) / 1000);
    writeFileSync(marker, JSON.stringify({ version: CODE_SERVER_VERSION, node: process.version, seconds: secs, at: new Date().toISOString() }, null, 2) + '\n');
    log(`installed in ${secs}s`);
    return entryPath;
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const p = await ensureCodeServer({ force: process.argv.includes('--force') });
    console.log(p);
  } catch (e) {
    console.error(`[code-server] ${e.message}`);
    process.exit(1);
  }
}
