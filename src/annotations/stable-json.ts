/**
 * JSON that diffs well: keys sorted at every level, 2-space indent, a
 * trailing newline, `undefined` members left out. Arrays keep their order
 * (the caller sorts them).
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function sortKeys(value: unknown): Json | undefined {
  if (value === undefined || typeof value === 'function') return undefined;
  if (value === null || typeof value !== 'object') return value as Json;
  if (Array.isArray(value)) return value.map((v) => sortKeys(v) ?? null);
  const out: { [key: string]: Json } = {};
  for (const key of Object.keys(value).sort()) {
    const v = sortKeys((value as Record<string, unknown>)[key]);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

/** `value` as canonical JSON text. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(sortKeys(value), null, 2) + '\n';
}
