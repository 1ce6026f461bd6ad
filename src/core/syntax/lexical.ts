/**
 * Per-word atoms the tagger and the parser read: hashes of the lower-cased
 * form, its affixes and its shape, computed once per sentence into typed
 * arrays so the feature loops only index numbers.
 */
import { hashRange, hashString } from './hash';

/** Flag bits of a word. */
export const CAPITAL = 1;
export const ALL_CAPS = 2;
export const DIGIT = 4;
export const HYPHEN = 8;
export const FIRST = 16;

export interface WordAtoms {
  n: number;
  /** The form with curly quotes made straight, as the treebank writes them. */
  forms: string[];
  exact: Uint32Array;
  lower: Uint32Array;
  shape: Uint32Array;
  prefix: Uint32Array[];
  suffix: Uint32Array[];
  flags: Uint8Array;
  /** The set of tags the word had in training (its ambiguity class), hashed; 0 for words seen too rarely. */
  ambiguity: Uint32Array;
}

/** Affix lengths: prefixes 1-3, suffixes 1-4. */
const PREFIXES = 3;
const SUFFIXES = 4;

const QUOTES: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u02bc': "'", '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2014': '--', '\u2013': '-' };

/** Straight quotes and ASCII dashes, as in the treebank. */
export function treebankForm(form: string): string {
  return /[\u2018\u2019\u02bc\u201c\u201d\u201e\u2013\u2014]/.test(form) ? form.replace(/[\u2018\u2019\u02bc\u201c\u201d\u201e\u2013\u2014]/g, (c) => QUOTES[c]) : form;
}

/** Word shape: X for upper, x for lower, d for digit, other characters as they are, runs cut at two. */
export function shapeHash(form: string): number {
  let h = 0x811c9dc5;
  let last = -1;
  let run = 0;
  const end = Math.min(form.length, 24);
  for (let i = 0; i < end; i++) {
    const c = form.charCodeAt(i);
    let k: number;
    if (c >= 65 && c <= 90) k = 88;
    else if (c >= 97 && c <= 122) k = 120;
    else if (c >= 48 && c <= 57) k = 100;
    else if (c > 127 && form[i].toLowerCase() !== form[i]) k = 88;
    else if (c > 127 && form[i].toUpperCase() !== form[i]) k = 120;
    else k = c;
    if (k === last) {
      if (++run > 2) continue;
    } else {
      last = k;
      run = 1;
    }
    h = Math.imul(h ^ k, 0x01000193);
  }
  return h >>> 0;
}

function flagsOf(form: string, first: boolean): number {
  let flags = first ? FIRST : 0;
  let upper = 0;
  let letters = 0;
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    if (c >= 48 && c <= 57) flags |= DIGIT;
    else if (c === 45) flags |= HYPHEN;
    else if (c >= 65 && c <= 90) {
      upper++;
      letters++;
    } else if (c >= 97 && c <= 122) letters++;
  }
  const c0 = form.charCodeAt(0);
  if (c0 >= 65 && c0 <= 90) flags |= CAPITAL;
  if (letters > 1 && upper === letters) flags |= ALL_CAPS;
  return flags;
}

/**
 * Atoms of the words of one sentence. `lowered` words are read as if written
 * in lower case (title-case headlines); `ambiguity` maps lower-case form
 * hashes to their ambiguity class.
 */
export function wordAtoms(rawForms: readonly string[], lowered?: readonly boolean[], ambiguity?: ReadonlyMap<number, number>): WordAtoms {
  const n = rawForms.length;
  const atoms: WordAtoms = {
    n,
    forms: new Array<string>(n),
    exact: new Uint32Array(n),
    lower: new Uint32Array(n),
    shape: new Uint32Array(n),
    prefix: Array.from({ length: PREFIXES }, () => new Uint32Array(n)),
    suffix: Array.from({ length: SUFFIXES }, () => new Uint32Array(n)),
    flags: new Uint8Array(n),
    ambiguity: new Uint32Array(n),
  };
  for (let i = 0; i < n; i++) {
    let form = treebankForm(rawForms[i]);
    const lower = form.toLowerCase();
    if (lowered?.[i]) form = lower;
    atoms.forms[i] = form;
    atoms.exact[i] = hashString(form);
    atoms.lower[i] = hashString(lower);
    atoms.shape[i] = shapeHash(form);
    for (let k = 0; k < PREFIXES; k++) atoms.prefix[k][i] = hashRange(lower, 0, Math.min(k + 1, lower.length));
    for (let k = 0; k < SUFFIXES; k++) atoms.suffix[k][i] = hashRange(lower, lower.length - (k + 1), lower.length);
    atoms.flags[i] = flagsOf(form, i === 0);
    atoms.ambiguity[i] = ambiguity?.get(atoms.lower[i]) ?? 0;
  }
  return atoms;
}
