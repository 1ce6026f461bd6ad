/**
 * UTF-16 offsets (JavaScript strings, our JSON) to Unicode code point offsets
 * (brat, Python) and back. They differ after every astral character (most
 * emoji), which takes two UTF-16 units but is one code point.
 */
export class CodePointIndex {
  /** UTF-16 offsets of the low halves of surrogate pairs, ascending; empty for BMP-only text. */
  private readonly lows: number[] = [];

  constructor(text: string) {
    for (let i = 0; i + 1 < text.length; i++) {
      const c = text.charCodeAt(i);
      const d = text.charCodeAt(i + 1);
      if (c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) this.lows.push(++i);
    }
  }

  /** Number of pair halves before `offset` (binary search). */
  private before(offset: number): number {
    let lo = 0;
    let hi = this.lows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.lows[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Code point offset of a UTF-16 offset. */
  toCodePoint(offset: number): number {
    return offset - this.before(offset);
  }

  /** UTF-16 offset of a code point offset. */
  toUtf16(codePoint: number): number {
    // Each pair before the target adds one unit; walk the list since it is sorted.
    let offset = codePoint;
    for (const low of this.lows) {
      if (low < offset + 1) offset++;
      else break;
    }
    return offset;
  }
}
