/**
 * Integer hashing for feature keys. A feature is a template number and up to
 * three atoms (word hashes, tag ids, counts); its key is a 32-bit hash of
 * them, so no feature string is ever built. Key 0 is reserved for "empty".
 */

/** FNV-1a over the UTF-16 code units of `s`. */
export function hashString(s: string): number {
  return hashRange(s, 0, s.length);
}

/** `hashString(s.slice(from, to))` without the slice. */
export function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = Math.max(0, from); i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function mix(h: number, x: number): number {
  h ^= Math.imul(x, 0xcc9e2d51);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0 || 1;
}

/** Key of template `t` over one atom. */
export function key1(t: number, a: number): number {
  return finish(mix(Math.imul(t, 0x9e3779b1), a));
}

/** Key of template `t` over two atoms. */
export function key2(t: number, a: number, b: number): number {
  return finish(mix(mix(Math.imul(t, 0x9e3779b1), a), b));
}

/** Key of template `t` over three atoms. */
export function key3(t: number, a: number, b: number, c: number): number {
  return finish(mix(mix(mix(Math.imul(t, 0x9e3779b1), a), b), c));
}
