/**
 * A word-keyed map for the rules' per-word lookups (hedges, reporting cues,
 * source nouns).
 */
/**
 * A read-only map by word that most words miss. A Map lookup hashes and
 * compares the word, which made it the largest cost of the rules' scans; a
 * bit per shape of the keys (length, first and last character) turns most
 * misses away before it. A word whose shape no key has is surely no key.
 */
export class WordMap<T> {
  private readonly map: ReadonlyMap<string, T>;
  /** One bit per shape that some key has. */
  private readonly shapes = new Uint32Array(SHAPE_COUNT / 32);

  constructor(map: ReadonlyMap<string, T>) {
    this.map = map;
    for (const key of map.keys()) {
      const s = shapeOf(key);
      this.shapes[s >>> 5] |= 1 << (s & 31);
    }
  }

  get(word: string): T | undefined {
    const s = shapeOf(word);
    return (this.shapes[s >>> 5] & (1 << (s & 31))) === 0 ? undefined : this.map.get(word);
  }
}

/** Lengths 0 to 31 (longer words share 31), by 32 first and 32 last characters. */
const SHAPE_COUNT = 32 * 32 * 32;

/** A word's shape: its length and the low five bits of its first and last character codes (a-z are distinct there). */
function shapeOf(word: string): number {
  const n = word.length < 32 ? word.length : 31;
  return (n << 10) | ((word.charCodeAt(0) & 31) << 5) | (word.charCodeAt(word.length - 1) & 31);
}
