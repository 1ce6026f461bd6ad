/** Ids of manual annotations: short, derived from the kind and quote, unique within a set. */
import type { FindingKind } from './types';

/** 32-bit FNV-1a as 8 hex digits. */
function fnv32(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** `claim-1a2b3c4d`, with `-2`, `-3` ... appended while the id is taken. */
export function annotationId(kind: FindingKind, exact: string, taken: ReadonlySet<string>): string {
  const base = `${kind}-${fnv32(exact)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
