/**
 * Stable claim ids derived from the claim's normalised text, so that the same
 * claim exported twice, or from two articles, gets the same id.
 */

/** Lower case, straight quotes, single spaces, no edge punctuation. */
export function normaliseClaimText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'.,;:]+|[\s"'.,;:]+$/g, '');
}

/**
 * 64 bits from two 32-bit FNV-1a hashes with different offset bases and odd
 * primes (an even multiplier would shift early characters out of the hash):
 * small, fast and the same in Node and browsers.
 */
function hash64(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

/** The id of a claim: the same for the same normalised text. */
export function claimId(text: string): string {
  return `claim-${hash64(normaliseClaimText(text))}`;
}
