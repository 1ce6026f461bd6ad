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

/** FNV-1a, 64 bits as two 32-bit halves: small, fast and the same everywhere. */
function fnv1a64(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x01000193 ^ 0x5bd1e995) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

export function claimId(text: string): string {
  return `claim-${fnv1a64(normaliseClaimText(text))}`;
}
