/**
 * The sidecar file: one per article, versioned, canonical JSON (sorted keys,
 * annotations in text order, 2-space indent, trailing newline) so that it
 * diffs well in git. Parsing never throws: a damaged file yields a clear
 * message and whatever annotations could be recovered.
 */
import { salvageAnnotations } from './salvage';
import { stableStringify } from './stable-json';
import type { AnnotationSet, ManualAnnotation } from './types';
import { readAnnotation } from './validate';

/** Marks the file as ours for a person or tool that finds it. */
export const SIDECAR_FORMAT = 'claimlens-annotations';
/** The format version this code writes and the newest it reads. */
export const SIDECAR_VERSION = 1;

/** The content of one article's sidecar. */
export interface Sidecar {
  /** The article, relative to the workspace, for a person reading the file. */
  document?: string;
  annotations: ManualAnnotation[];
  /**
   * Ids of annotations removed lately, with the time: lets another window
   * tell an entry someone removed from one it never saw. Left out when empty.
   */
  removed?: Record<string, string>;
}

/** What reading a sidecar gave: its content, or a damaged or too-new file. */
export type SidecarParse =
  | { ok: true; sidecar: Sidecar }
  /** Damaged: back the file up, warn with `message`, carry on with `salvaged`. */
  | { ok: false; error: 'corrupt'; message: string; salvaged: ManualAnnotation[] }
  /** Written by a newer ClaimLens: leave the file alone. */
  | { ok: false; error: 'newer-version'; message: string; version: number };

/** Text order, then kind and id, so the order never depends on editing history. */
export function sortAnnotations(annotations: AnnotationSet): ManualAnnotation[] {
  return [...annotations].sort((a, b) =>
    a.anchor.position.start - b.anchor.position.start || a.anchor.position.end - b.anchor.position.end
    || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The canonical text of a sidecar. */
export function serializeSidecar(sidecar: Sidecar): string {
  const removed = sidecar.removed && Object.keys(sidecar.removed).length > 0 ? sidecar.removed : undefined;
  return stableStringify({ format: SIDECAR_FORMAT, version: SIDECAR_VERSION, document: sidecar.document, annotations: sortAnnotations(sidecar.annotations), removed });
}

function corrupt(reason: string, salvaged: ManualAnnotation[], unsearched = ''): SidecarParse {
  const kept = salvaged.length === 1 ? '1 annotation was recovered' : `${salvaged.length} annotations were recovered`;
  return { ok: false, error: 'corrupt', message: `The ClaimLens annotation file is damaged: ${reason}.${unsearched} ${kept}.`, salvaged };
}

const megabytes = (chars: number) => `${(chars / (1024 * 1024)).toFixed(1)} MB`;

/** A damaged file with what a search of it recovered, saying when it was too big to search whole. */
function recovered(reason: string, text: string): SidecarParse {
  const found = salvageAnnotations(text);
  const unsearched = found.scanned < text.length ? ` It is too large to search whole: only its first ${megabytes(found.scanned)} (of ${megabytes(text.length)}) was searched for annotations.` : '';
  return corrupt(reason, found.annotations, unsearched);
}

function newer(version: number): SidecarParse {
  return { ok: false, error: 'newer-version', version, message: `The ClaimLens annotation file was written by a newer version (format ${version}; this one reads ${SIDECAR_VERSION}). It was left untouched; update ClaimLens to edit it.` };
}

function parseJson(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) };
  } catch (e) {
    return { error: `not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
}

/** The `removed` record, its well-formed entries only: it is a hint for merging, never worth refusing a file over. */
function readRemoved(v: unknown): Record<string, string> | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const entries = Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string');
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** Reads a sidecar. */
export function parseSidecar(input: string): SidecarParse {
  const text = input.replace(/^\uFEFF/, '');
  const json = parseJson(text);
  if ('error' in json) {
    // Trust a legible version number even in a broken file: never reinterpret newer data.
    const version = /"version"\s*:\s*(\d+)/.exec(text);
    if (version && Number(version[1]) > SIDECAR_VERSION) return newer(Number(version[1]));
    return recovered(text.trim() === '' ? 'it is empty' : json.error, text);
  }
  const doc = json.value;
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return recovered('it is not a JSON object', text);
  const { version, format, document, annotations, removed } = doc as Record<string, unknown>;
  if (typeof version === 'number' && version > SIDECAR_VERSION) return newer(version);
  const problems: string[] = [];
  if (version !== SIDECAR_VERSION) problems.push(`"version" must be ${SIDECAR_VERSION}`);
  if (format !== SIDECAR_FORMAT) problems.push(`"format" must be "${SIDECAR_FORMAT}"`);
  if (document !== undefined && typeof document !== 'string') problems.push('"document" must be a string');
  if (!Array.isArray(annotations)) return recovered([...problems, '"annotations" must be a list'].join('; '), text);
  const kept: ManualAnnotation[] = [];
  const ids = new Set<string>();
  annotations.forEach((entry, i) => {
    const a = readAnnotation(entry);
    if (typeof a === 'string') problems.push(`annotations[${i}]: ${a}`);
    else if (ids.has(a.id)) problems.push(`annotations[${i}]: duplicate id ${a.id}`);
    else {
      ids.add(a.id);
      kept.push(a);
    }
  });
  if (problems.length > 0) return corrupt(problems.join('; '), kept);
  const gone = readRemoved(removed);
  return { ok: true, sidecar: { ...(typeof document === 'string' ? { document } : {}), annotations: kept, ...(gone ? { removed: gone } : {}) } };
}
