#!/usr/bin/env node
// `npm start`: opens samples/ with the ClaimLens extension loaded.
//  - desktop VS Code (`code --extensionDevelopmentPath=. samples`) when `code` is on the PATH;
//  - otherwise the offline code-server harness, serving samples/ at a printed
//    localhost address until Ctrl-C.
//
// Options: --web (use code-server even when `code` exists), --port N
// (default 8080 when free), --theme light|dark, --no-build, [folder].
// Without the Debian packages the offline editor needs, it prints one line
// naming them with the install command, and exits 1.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { getFreePort, repoRoot, run, startHarness } from './e2e/harness.mjs';
import { missingPackages, missingPackagesLine } from './e2e/system-packages.mjs';

const argv = process.argv.slice(2);
const opt = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const positional = argv.filter((a, i) => !a.startsWith('--') && !['--port', '--theme'].includes(argv[i - 1]));
const folder = resolve(repoRoot, positional[0] ?? 'samples');

function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/** Stops with one line on stderr instead of a stack trace. */
function fail(message) {
  console.error(message);
  process.exit(1);
}

const desktop = !argv.includes('--web') && onPath('code');
if (!desktop) {
  const missing = missingPackages();
  if (missing.length) fail(missingPackagesLine(missing));
}

async function portFree(port) {
  const { createServer } = await import('node:net');
  return new Promise((res) => {
    const s = createServer();
    s.once('error', () => res(false));
    s.listen(port, '127.0.0.1', () => s.close(() => res(true)));
  });
}

if (!existsSync(folder)) fail(`No such folder: ${folder}`);
if (!argv.includes('--no-build')) run('npm', ['run', '-s', 'build']);

if (desktop) {
  console.log(`Opening ${folder} in VS Code with the extension from ${repoRoot}`);
  const child = spawn('code', [`--extensionDevelopmentPath=${repoRoot}`, folder], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const wanted = opt('--port') ? Number(opt('--port')) : 8080;
  const port = (await portFree(wanted)) ? wanted : await getFreePort();
  const h = await startHarness({
    name: 'start',
    folder,
    port,
    theme: opt('--theme') ?? 'light',
    watchdogMs: 0,
    settings: { 'editor.minimap.enabled': true },
  }).catch((e) => fail(`Could not start the offline editor: ${String(e?.message ?? e).split('\n')[0]}`));
  console.log(`\nClaimLens is running in VS Code (code-server, offline) with ${folder}:\n\n    ${h.url}\n\nOpen it in a browser. Press Ctrl-C to stop. (Server log: ${h.logFile})`);
  // Keep serving until a signal; the harness kills the server on SIGINT/SIGTERM.
  h.server.on('exit', (code) => {
    console.error(`code-server exited (${code}); see ${h.logFile}`);
    process.exit(code ?? 1);
  });
  setInterval(() => {}, 1 << 30);
}
