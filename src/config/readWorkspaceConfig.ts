/**
 * `.claimlens.json` for the command line: found in a folder or the nearest of
 * its parents (as Vale and cSpell find theirs), read and parsed. Node only;
 * the parsing itself is the editor's, in workspaceConfig.ts.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { firstMatch } from './glob';
import { MAX_WORKSPACE_CONFIG_BYTES, parseWorkspaceConfig, WORKSPACE_CONFIG_FILE, type ScopeLists } from './workspaceConfig';

export interface WorkspaceConfigFile {
  /** The folder the file's globs are relative to. */
  folder: string;
  /** The lists, or undefined when the file cannot be used. */
  config?: ScopeLists;
  /** One line saying what is wrong with the file, if anything. */
  warning?: string;
}

/** The `.claimlens.json` in `start` or the nearest parent folder, or undefined when there is none. */
export function readWorkspaceConfig(start: string): WorkspaceConfigFile | undefined {
  for (let folder = resolve(start); ; folder = dirname(folder)) {
    const path = join(folder, WORKSPACE_CONFIG_FILE);
    const found = statSync(path, { throwIfNoEntry: false });
    if (found?.isFile()) return readAt(folder, path, found.size);
    if (dirname(folder) === folder) return undefined;
  }
}

function readAt(folder: string, path: string, size: number): WorkspaceConfigFile {
  if (size > MAX_WORKSPACE_CONFIG_BYTES) return { folder, warning: `${path} is ignored: it is larger than ${MAX_WORKSPACE_CONFIG_BYTES / 1024} KB` };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { folder, warning: `${path} is ignored: it cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  const { config, problems } = parseWorkspaceConfig(text);
  if (problems.length === 0) return { folder, config };
  const warning = config ? `parts of ${path} are ignored: ${problems.join('; ')}` : `${path} is ignored: ${problems.join('; ')}`;
  return { folder, config, warning };
}

/** The exclude glob of the file that matches a path, if any. */
export function excludedBy(file: WorkspaceConfigFile, path: string): string | undefined {
  const rel = relative(file.folder, resolve(path));
  if (rel.startsWith('..')) return undefined;
  return firstMatch(file.config?.exclude ?? [], rel.split(sep).join('/'));
}
