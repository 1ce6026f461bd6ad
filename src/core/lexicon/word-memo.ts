/**
 * A bounded memo of a function of a word, for the per-word facts the rules
 * look up for every token.
 */

/** Words the memo keeps at most before it starts afresh. */
const MEMO_LIMIT = 1 << 15;

/**
 * Bounded memo of a word function: rules ask about the same few thousand
 * words again and again. The words are fresh strings cut from the text; a Map
 * keyed by them has V8 hash each one first, then compare keys scattered over
 * the heap. Here a word of up to four ASCII characters (half the tokens) is
 * keyed by a number made of its characters, and a longer word is hashed with a
 * few multiplications and kept next to its value in one flat array (open
 * addressing, probed in order), at most half full and grown as words come.
 */
export function wordMemo<T>(compute: (word: string) => T): (word: string) => T {
  /** `slots` pairs [word, value], then free pairs (undefined). */
  let table: unknown[] = [];
  let slots = 0;
  let size = 0;
  const find = (word: string): number => {
    let slot = wordHash(word) & (slots - 1);
    for (let key = table[2 * slot]; key !== undefined && key !== word; key = table[2 * slot]) slot = (slot + 1) & (slots - 1);
    return slot;
  };
  const resize = (to: number, keep: boolean): void => {
    const old = table;
    table = new Array<unknown>(2 * to).fill(undefined);
    slots = to;
    if (!keep) size = 0;
    else for (let i = 0; i < old.length; i += 2) if (old[i] !== undefined) {
      const slot = find(old[i] as string);
      table[2 * slot] = old[i];
      table[2 * slot + 1] = old[i + 1];
    }
  };
  resize(1 << 12, false);
  /** Words of up to four ASCII characters, by `shortCode`: a number key needs no string hashed or compared. */
  const short = new Map<number, T>();
  return (word) => {
    const code = shortCode(word);
    if (code >= 0) {
      let value = short.get(code);
      if (value === undefined) {
        if (short.size >= MEMO_LIMIT) short.clear();
        short.set(code, (value = compute(word)));
      }
      return value;
    }
    let slot = find(word);
    if (table[2 * slot] !== undefined) return table[2 * slot + 1] as T;
    if (2 * (size + 1) > slots) {
      // past half full: twice the slots, or a fresh start once the memo holds its limit
      if (size >= MEMO_LIMIT) resize(slots, false);
      else resize(2 * slots, true);
      slot = find(word);
    }
    const value = compute(word);
    table[2 * slot] = word;
    table[2 * slot + 1] = value;
    size++;
    return value;
  };
}

/**
 * A number that stands for a word of one to four ASCII characters, and for no
 * other word: a leading 1, then seven bits per character. -1 for other words.
 */
function shortCode(word: string): number {
  if (word.length > 4) return -1;
  let code = 1;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return -1;
    code = code * 128 + c;
  }
  return code;
}

/** A 32-bit hash of the word's characters (the multiply-and-add of Java's String.hashCode). */
function wordHash(word: string): number {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = (Math.imul(hash, 31) + word.charCodeAt(i)) | 0;
  return hash;
}
