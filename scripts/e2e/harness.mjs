// Offline VS Code harness: code-server (real VS Code, served over HTTP) with
// the built ClaimLens extension installed, opened in headless Chromium through
// playwright-core. Everything started here is torn down by `harness.close()`,
// and again on process exit / signals / a global watchdog, so a crashed test
// never leaves a server or browser behind.
//
//   const h = await startHarness({ folder: 'samples', theme: 'dark' });
//   const page = await h.openWorkbench();
//   ...
//   await h.close();
/* global fetch */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { ensureCodeServer, repoRoot } from './install-code-server.mjs';
import { chromiumCandidates, missingPackagesLine } from './system-packages.mjs';

export { repoRoot };
export const resultsDir = resolve(process.env.CLAIMLENS_TEST_RESULTS || join(repoRoot, 'test-results'));

const log = (...a) => console.error('[harness]', ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export const THEMES = {
  light: 'Default Light Modern',
  dark: 'Default Dark Modern',
  'hc-dark': 'Default High Contrast',
  'hc-light': 'Default High Contrast Light',
};

/** Settings that keep the workbench quiet and deterministic for tests. */
export function baseSettings(theme = 'light') {
  return {
    'workbench.colorTheme': THEMES[theme] ?? theme,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.editor.enablePreview': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'security.workspace.trust.enabled': false,
    'git.enabled': false,
    'git.openRepositoryInParentFolders': 'never',
    'files.hotExit': 'off',
    'files.autoSave': 'off',
    'editor.hover.delay': 200,
    'editor.minimap.enabled': false,
    'editor.wordWrap': 'on',
    'chat.commandCenter.enabled': false,
    'window.commandCenter': false,
    'workbench.layoutControl.enabled': false,
    'accessibility.signals.sounds.volume': 0,
    'notebook.experimental.generate': false,
  };
}

export function getFreePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

export function findChromium() {
  const found = chromiumCandidates().find((c) => existsSync(c));
  if (found) return found;
  throw new Error(`${missingPackagesLine(['chromium'])} (or set CHROMIUM_PATH)`);
}

function readManifest(dir) {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
}

/**
 * Copies an extension into `extensionsDir` as `publisher.name-version`, the way
 * an installed .vsix looks. For the repo itself only what the .vsix ships is
 * copied (manifest, dist/, media/, syntaxes/, files the manifest names).
 */
export function installExtensionFolder(srcDir, extensionsDir, { all = false } = {}) {
  const m = readManifest(srcDir);
  const id = `${m.publisher}.${m.name}-${m.version}`;
  const dest = join(extensionsDir, id);
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  if (all) {
    cpSync(srcDir, dest, { recursive: true, filter: (s) => !s.includes('/node_modules/') });
  } else {
    const wanted = new Set(['package.json', 'package.nls.json', 'README.md', 'CHANGELOG.md', 'LICENSE', 'LICENSE.md', 'dist', 'media', 'syntaxes', 'language-configuration.json']);
    // anything the manifest points at by relative path (grammars, icons, configs)
    JSON.stringify(m, (_k, v) => {
      if (typeof v === 'string' && v.startsWith('./')) wanted.add(v.slice(2).split('/')[0]);
      return v;
    });
    for (const name of readdirSync(srcDir)) {
      if (wanted.has(name) || /^package\.nls\..*\.json$/.test(name)) {
        cpSync(join(srcDir, name), join(dest, name), { recursive: true });
      }
    }
  }
  return { id, dir: dest, manifest: m };
}

// ---------------------------------------------------------------- cleanup ---

const live = new Set(); // harness instances not yet closed
let handlersInstalled = false;

const killedPids = new Set();

/** True while /proc shows the pid as a live (non-zombie) process. */
function aliveInProc(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'latin1');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** Kills every process whose environment carries our run token (Linux /proc). */
function killByToken(token, signal = 'SIGKILL') {
  let n = 0;
  let pids = [];
  try { pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d)); } catch { return 0; }
  for (const p of pids) {
    const pid = Number(p);
    if (pid === process.pid) continue;
    try {
      const env = readFileSync(`/proc/${p}/environ`, 'latin1');
      if (env.includes(`CLAIMLENS_E2E_TOKEN=${token}\0`)) { process.kill(pid, signal); killedPids.add(pid); n++; }
    } catch { /* gone or not ours */ }
  }
  return n;
}

function killSync(h) {
  if (h.server?.pid) {
    try { process.kill(-h.server.pid, 'SIGKILL'); } catch { /* already gone */ }
  }
  if (h.browserPid) {
    try { process.kill(h.browserPid, 'SIGKILL'); } catch { /* already gone */ }
  }
  killByToken(h.token);
  if (!h.keep && h.root) {
    try { rmSync(h.root, { recursive: true, force: true }); } catch { /* best effort */ }
  }
}

function installHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', () => { for (const h of live) killSync(h); });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => {
      log(`${sig}: shutting down`);
      for (const h of live) killSync(h);
      process.exit(sig === 'SIGINT' ? 130 : 143);
    });
  }
}

// ---------------------------------------------------------------- harness ---

/**
 * Starts code-server with a fresh profile.
 * @param {object} o
 * @param {string} o.folder        workspace folder to open
 * @param {string} [o.theme]       'light' | 'dark' | a theme label
 * @param {object} [o.settings]    extra user settings
 * @param {Array<string|{dir:string}>} [o.extensions] extra extension folders to install (copied whole)
 * @param {boolean} [o.withClaimLens=true] install the built extension from the repo
 * @param {object} [o.env]         extra environment for the server and extension host
 * @param {number} [o.watchdogMs]  hard limit for the whole harness lifetime
 * @param {boolean} [o.workspaceTrust=false] keep workspace trust on: the folder then opens in Restricted Mode
 */
export async function startHarness(o = {}) {
  installHandlers();
  const entry = await ensureCodeServer();
  const token = randomBytes(8).toString('hex');
  const keep = !!process.env.CLAIMLENS_E2E_KEEP;
  const root = mkdtempSync(join(tmpdir(), 'claimlens-e2e-'));
  const extensionsDir = join(root, 'extensions');
  const userDataDir = join(root, 'user-data');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  mkdirSync(resultsDir, { recursive: true });

  // With trust on and no startup prompt, a folder nobody trusted yet opens in Restricted Mode.
  const trust = o.workspaceTrust ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'never', 'security.workspace.trust.banner': 'never' } : {};
  const settings = { ...baseSettings(o.theme ?? 'light'), ...trust, ...(o.settings ?? {}) };
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));

  const installed = [];
  if (o.withClaimLens !== false) {
    if (!process.env.CLAIMLENS_E2E_EXTENSION && !existsSync(join(repoRoot, 'dist', 'extension.js'))) {
      log('warning: dist/extension.js is missing (run `npm run build`); installing the manifest only');
    }
    // CLAIMLENS_E2E_EXTENSION=<dir>: test another build of the extension (e.g. a mock while developing tests)
    const alt = process.env.CLAIMLENS_E2E_EXTENSION;
    installed.push(alt ? installExtensionFolder(resolve(alt), extensionsDir, { all: true }) : installExtensionFolder(repoRoot, extensionsDir));
  }
  for (const e of o.extensions ?? []) {
    const x = installExtensionFolder(typeof e === 'string' ? e : e.dir, extensionsDir, { all: true });
    // extra files written into the installed copy, e.g. a runner's config.json
    for (const [name, content] of Object.entries(e.files ?? {})) {
      writeFileSync(join(x.dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
    }
    installed.push(x);
  }

  const folder = resolve(o.folder ?? join(repoRoot, 'samples'));
  const port = o.port ?? await getFreePort();
  const logFile = join(resultsDir, `code-server-${o.name ?? 'run'}.log`);
  const out = createWriteStream(logFile);
  const args = [
    entry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    ...(o.workspaceTrust ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--extensions-dir', extensionsDir,
    '--user-data-dir', userDataDir,
    '--log', process.env.CLAIMLENS_E2E_LOG_LEVEL || 'info',
    folder,
  ];
  const env = {
    ...process.env,
    ...(o.env ?? {}),
    CLAIMLENS_E2E_TOKEN: token,
    // code-server reads these; keep it from touching the real home profile
    XDG_CONFIG_HOME: join(root, 'config'),
    XDG_DATA_HOME: join(root, 'data'),
    PASSWORD: '',
    VSCODE_PROXY_URI: '',
  };
  delete env.ELECTRON_RUN_AS_NODE;
  const server = spawn(process.execPath, args, { cwd: root, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout.pipe(out, { end: false });
  server.stderr.pipe(out, { end: false });
  let exited = null;
  server.on('exit', (code, sig) => { exited = { code, sig }; });

  const h = {
    token, root, extensionsDir, userDataDir, folder, port, server, logFile, installed, keep,
    url: `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`,
    browser: null, browserPid: 0, pages: [],
    closed: false,
  };
  live.add(h);

  const watchdogMs = o.watchdogMs ?? Number(process.env.CLAIMLENS_E2E_WATCHDOG_MS || 20 * 60_000);
  // 0 = no watchdog (npm start keeps serving until Ctrl-C)
  const watchdog = watchdogMs > 0 ? setTimeout(() => {
    log(`watchdog: harness alive for ${watchdogMs} ms, killing everything`);
    killSync(h);
    process.exit(124);
  }, watchdogMs) : null;
  watchdog?.unref();

  h.close = async () => {
    if (h.closed) return;
    h.closed = true;
    if (watchdog) clearTimeout(watchdog);
    try { if (h.browser) await Promise.race([h.browser.close(), sleep(5000)]); } catch { /* ignore */ }
    if (server.exitCode === null && server.signalCode === null) {
      try { process.kill(-server.pid, 'SIGTERM'); } catch { /* gone */ }
      for (let i = 0; i < 30 && server.exitCode === null && server.signalCode === null; i++) await sleep(100);
    }
    killSync(h);
    // wait until nothing that carries our token is left (ext host, pty host, Chromium helpers)
    for (let i = 0; i < 50 && killByToken(token) > 0; i++) await sleep(100);
    if (server.pid) killedPids.add(server.pid);
    if (h.browserPid) killedPids.add(h.browserPid);
    for (let i = 0; i < 50 && [...killedPids].some(aliveInProc); i++) await sleep(100);
    out.end();
    live.delete(h);
    if (!keep) rmSync(root, { recursive: true, force: true });
  };

  // wait for the HTTP server
  const deadline = Date.now() + (o.startTimeoutMs ?? 90_000);
  for (;;) {
    if (exited) {
      await h.close();
      throw new Error(`code-server exited early (${JSON.stringify(exited)}); see ${logFile}`);
    }
    try {
      const r = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (r.ok) break;
    } catch { /* not yet */ }
    if (Date.now() > deadline) {
      await h.close();
      throw new Error(`code-server did not listen on ${port} in time; see ${logFile}`);
    }
    await sleep(250);
  }

  /** Launches Chromium (once) and opens the workbench; resolves when it is interactive. */
  h.openWorkbench = async ({ viewport = { width: 1400, height: 900 }, timeoutMs = 120_000, url = h.url } = {}) => {
    if (!h.browser) {
      const { chromium } = await import('playwright-core');
      h.browser = await chromium.launch({
        executablePath: findChromium(),
        headless: true,
        timeout: 60_000,
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
          '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-default-apps',
          '--password-store=basic', '--use-mock-keychain', '--disable-crash-reporter', '--disable-breakpad'],
        env: { ...process.env, CLAIMLENS_E2E_TOKEN: token },
      });
      try { h.browserPid = h.browser.process?.()?.pid ?? 0; } catch { h.browserPid = 0; }
    }
    const context = await h.browser.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    h.pages.push(page);
    page.on('pageerror', (e) => h.consoleErrors.push(String(e)));
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
    await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout: timeoutMs });
    // the explorer / editor area is there once the workbench has restored
    await page.waitForSelector('.monaco-workbench .part.editor', { timeout: timeoutMs });
    return page;
  };
  h.consoleErrors = [];

  return h;
}

/** Runs fn(harness) and always closes the harness. */
export async function withHarness(opts, fn) {
  const h = await startHarness(opts);
  try {
    return await fn(h);
  } finally {
    await h.close();
  }
}

/** True when a process with this pid is gone. Exported for tests of the harness itself. */
export function isGone(pid) {
  try { process.kill(pid, 0); return false; } catch { return true; }
}

/** Runs a command, inheriting stdio; throws on failure. */
export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: repoRoot, ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}
