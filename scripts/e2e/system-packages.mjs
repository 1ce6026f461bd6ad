// The Debian packages the offline editor needs: libkrb5-dev and ripgrep to
// install code-server, chromium for the UI and integration tests. One check,
// one line naming every missing package with the command that installs them.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The path of a command on the PATH, or null. */
export function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** Where Chromium may be; CHROMIUM_PATH, when set, is the only place looked at. */
export function chromiumCandidates(env = process.env) {
  return env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
}

/** Each package with how to tell it is installed. */
export const DEBIAN_PACKAGES = [
  { name: 'libkrb5-dev', present: () => existsSync('/usr/include/gssapi/gssapi.h') || existsSync('/usr/include/krb5.h') },
  { name: 'ripgrep', present: () => which('rg') !== null },
  { name: 'chromium', present: () => chromiumCandidates().some((p) => existsSync(p)) },
];

/** The command that installs `names` (with sudo unless run as root). */
export function installCommand(names = DEBIAN_PACKAGES.map((p) => p.name)) {
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  return `${sudo}apt-get update && ${sudo}apt-get install -y ${names.join(' ')}`;
}

/** Names of the packages that are missing, from `packages` (all by default). */
export function missingPackages(packages = DEBIAN_PACKAGES) {
  return packages.filter((p) => !p.present()).map((p) => p.name);
}

/** The one line that says what is missing and how to install it. */
export function missingPackagesLine(missing) {
  return `ClaimLens needs the Debian package${missing.length > 1 ? 's' : ''} ${missing.join(', ')}, not installed here: ${installCommand(missing)}`;
}
