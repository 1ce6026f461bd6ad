/**
 * The arc-hybrid transition system (Kuhlmann et al. 2011) with the root at
 * the end of the buffer (Ballesteros & Nivre 2013): SHIFT pushes the next
 * word, LEFT makes the stack top a dependent of the next word, RIGHT makes it
 * a dependent of the word below it. Words are 0..n-1; n is the root.
 */

export const SHIFT = 0;
export const LEFT = 1;
export const RIGHT = 2;
export const MOVES = 3;

export class ParseState {
  readonly stack: Int32Array;
  /** Stack size; the top is `stack[depth - 1]`. */
  depth = 0;
  /** The next word in the buffer; `n` when only the root is left. */
  next = 0;
  readonly heads: Int32Array;
  /** Leftmost and second leftmost, rightmost and second rightmost dependents; -1 if none. */
  readonly left1: Int32Array;
  readonly left2: Int32Array;
  readonly right1: Int32Array;
  readonly right2: Int32Array;
  readonly leftCount: Int32Array;
  readonly rightCount: Int32Array;

  constructor(readonly n: number) {
    this.stack = new Int32Array(n + 1);
    this.heads = new Int32Array(n + 1).fill(-1);
    this.left1 = new Int32Array(n + 1).fill(-1);
    this.left2 = new Int32Array(n + 1).fill(-1);
    this.right1 = new Int32Array(n + 1).fill(-1);
    this.right2 = new Int32Array(n + 1).fill(-1);
    this.leftCount = new Int32Array(n + 1);
    this.rightCount = new Int32Array(n + 1);
  }

  get done(): boolean {
    return this.depth === 0 && this.next === this.n;
  }

  /** The `k`-th word from the stack top, or -1. */
  stackAt(k: number): number {
    return k < this.depth ? this.stack[this.depth - 1 - k] : -1;
  }

  /** The `k`-th item of the buffer (the root counts), or -1. */
  bufferAt(k: number): number {
    const i = this.next + k;
    return i <= this.n ? i : -1;
  }

  /** Only one word may attach to the root: LEFT onto it waits until the stack holds one word. */
  valid(move: number): boolean {
    if (move === SHIFT) return this.next < this.n;
    if (move === LEFT) return this.depth >= 1 && (this.next < this.n || this.depth === 1);
    return this.depth >= 2;
  }

  apply(move: number): void {
    if (move === SHIFT) {
      this.stack[this.depth++] = this.next++;
      return;
    }
    const dependent = this.stack[--this.depth];
    const head = move === LEFT ? this.next : this.stack[this.depth - 1];
    this.heads[dependent] = head;
    if (dependent < head) {
      this.leftCount[head]++;
      if (this.left1[head] === -1 || dependent < this.left1[head]) {
        this.left2[head] = this.left1[head];
        this.left1[head] = dependent;
      } else if (this.left2[head] === -1 || dependent < this.left2[head]) this.left2[head] = dependent;
    } else {
      this.rightCount[head]++;
      if (this.right1[head] === -1 || dependent > this.right1[head]) {
        this.right2[head] = this.right1[head];
        this.right1[head] = dependent;
      } else if (this.right2[head] === -1 || dependent > this.right2[head]) this.right2[head] = dependent;
    }
  }
}

/**
 * How many gold arcs a move makes unreachable (Goldberg & Nivre 2013): the
 * dynamic oracle's cost, exact for projective trees. `gold[i]` is the gold
 * head of word i (n for the root).
 */
export function moveCost(st: ParseState, move: number, gold: Int32Array): number {
  const n = st.n;
  const b = st.next;
  if (move === SHIFT) {
    let cost = 0;
    for (let k = 0; k < st.depth; k++) {
      const s = st.stack[k];
      if (gold[s] === b) cost++;
      if (gold[b] === s && k !== st.depth - 1) cost++;
    }
    return cost;
  }
  const s0 = st.stack[st.depth - 1];
  let cost = 0;
  for (let k = b; k < n; k++) if (gold[k] === s0) cost++;
  const h = gold[s0];
  if (move === LEFT) {
    if (h !== b && h >= b) cost++;
    if (st.depth >= 2 && h === st.stack[st.depth - 2]) cost++;
  } else if (h >= b) cost++;
  return cost;
}
