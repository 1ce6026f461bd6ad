/**
 * `.claimlens.json`, the workspace file a newsroom commits beside its
 * articles: which files to analyse and extra lexicon entries. Pure (text in,
 * settings out), so the editor and the CLI read it the same way; a malformed
 * file yields a message and no configuration, and the caller falls back to
 * the settings. schemas/claimlens.schema.json describes the same shape.
 */

/** The file name, at the root of a workspace folder (or the CLI's working directory). */
export const WORKSPACE_CONFIG_FILE = '.claimlens.json';
/** Larger files are refused unread: a configuration is a few hundred bytes. */
export const MAX_WORKSPACE_CONFIG_BYTES = 256 * 1024;

/** The lists a workspace file can add to the settings. */
export interface ScopeLists {
  /** Globs of further files to analyse whatever their language. */
  include: string[];
  /** Globs of files never analysed. */
  exclude: string[];
  extraHedges: string[];
  addedReportingVerbs: string[];
  removedReportingVerbs: string[];
}

export interface ParsedWorkspaceConfig {
  /** The lists, or undefined when the file cannot be used at all. */
  config?: ScopeLists;
  /** What is wrong, for one warning: the reason the file is ignored, or the parts of it that are. */
  problems: string[];
}

/** Where each list lives in the file: a top-level key, or a key inside an object. */
const FIELDS: Record<keyof ScopeLists, [string] | [string, string]> = {
  include: ['include'],
  exclude: ['exclude'],
  extraHedges: ['hedges', 'extra'],
  addedReportingVerbs: ['reportingVerbs', 'added'],
  removedReportingVerbs: ['reportingVerbs', 'removed'],
};
const KNOWN_KEYS: Record<string, string[] | true> = { $schema: true, include: true, exclude: true, hedges: ['extra'], reportingVerbs: ['added', 'removed'] };

export function emptyScopeLists(): ScopeLists {
  return { include: [], exclude: [], extraHedges: [], addedReportingVerbs: [], removedReportingVerbs: [] };
}

/** Line and column (1-based) of an offset, for messages. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before[before.length - 1].length + 1}`;
}

/** JSON.parse's error on one line, with the place as line and column where the engine gives an offset. */
function syntaxMessage(text: string, error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
  const at = /position (\d+)/.exec(message);
  const short = message.replace(/ in JSON at position \d+.*$/, '');
  return at ? `${short} at ${lineAndColumn(text, Number(at[1]))}` : short;
}

/** Parses the file's text; never throws. */
export function parseWorkspaceConfig(text: string): ParsedWorkspaceConfig {
  if (text.length > MAX_WORKSPACE_CONFIG_BYTES) return { problems: [`the file is larger than ${MAX_WORKSPACE_CONFIG_BYTES / 1024} KB`] };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { problems: [`it is not valid JSON (${syntaxMessage(text, error)})`] };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problems: ['it must hold one JSON object, { … }'] };
  const root = value as Record<string, unknown>;
  const problems: string[] = [];
  for (const [key, value] of Object.entries(root)) {
    const known = KNOWN_KEYS[key];
    if (!known) problems.push(`unknown key "${key}" is ignored`);
    else if (Array.isArray(known) && typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const inner of Object.keys(value)) if (!known.includes(inner)) problems.push(`unknown key "${key}.${inner}" is ignored`);
    }
  }
  const config = emptyScopeLists();
  for (const [field, path] of Object.entries(FIELDS) as [keyof ScopeLists, string[]][]) {
    const list = readList(root, path, problems);
    if (list) config[field] = list;
  }
  return { config, problems };
}

/** A list of strings at a key path; undefined (with a problem noted) when it has the wrong shape. */
function readList(root: Record<string, unknown>, path: string[], problems: string[]): string[] | undefined {
  let value: unknown = root;
  for (const [i, key] of path.entries()) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push(`"${path.slice(0, i).join('.')}" must be an object and is ignored`);
      return undefined;
    }
    value = (value as Record<string, unknown>)[key];
    if (value === undefined) return undefined;
  }
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    problems.push(`"${path.join('.')}" must be a list of strings and is ignored`);
    return undefined;
  }
  return value.map((item: string) => item.trim()).filter((item) => item.length > 0);
}

/** The settings' lists with a workspace file's added (each list is the union, settings first). */
export function combineScopeLists(settings: ScopeLists, file: ScopeLists | undefined): ScopeLists {
  if (!file) return settings;
  const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];
  return {
    include: union(settings.include, file.include),
    exclude: union(settings.exclude, file.exclude),
    extraHedges: union(settings.extraHedges, file.extraHedges),
    addedReportingVerbs: union(settings.addedReportingVerbs, file.addedReportingVerbs),
    removedReportingVerbs: union(settings.removedReportingVerbs, file.removedReportingVerbs),
  };
}
