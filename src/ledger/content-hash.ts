/**
 * The cache key of an analysed article: a 64-bit hash (two independent
 * 32-bit multiply-xor lanes) of everything the record depends on, its text,
 * its id (the outlet falls back to the file name), the analysis settings and
 * a salt naming the analyser's version. Pure and synchronous, so the same key
 * is computed in a Node worker, a Web Worker or a test.
 */
import type { ArticleOptions } from './analyse-article';

/** Bumped when the record shape or the cache file changes. */
export const CACHE_FORMAT = 1;

/** A 16-hex-digit hash of `text`. Not cryptographic: collisions are only unlikely, never forced. */
export function contentHash(text: string): string {
  let h1 = 0xdeadbeef ^ text.length;
  let h2 = 0x41c6ce57 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  // Final avalanche, so that texts differing in their last character differ in every digit.
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/** The settings part of a key: the same options in any order give the same string. */
export function settingsKey(options: ArticleOptions, salt: string): string {
  const sorted = Object.keys(options).sort().map((k) => [k, (options as Record<string, unknown>)[k]]);
  return `${CACHE_FORMAT}|${salt}|${JSON.stringify(sorted)}`;
}

/** The key an article's record is cached under. */
export function recordKey(id: string, text: string, markdown: boolean, settings: string): string {
  return `${contentHash(text)}-${contentHash(`${settings}\n${markdown ? 'md' : 'text'}\n${id}`)}`;
}
