/**
 * The weights of a linear classifier over hashed features: a frozen compact
 * table for the shipped model, and the averaged perceptron that trains it.
 * Both answer the same `score` call, so the tagger and the parser run the
 * same code while training and when shipped.
 */

/** Adds the weights of `n` feature keys into `scores` (one slot per class). */
export interface Scorer {
  readonly classes: number;
  score(keys: Uint32Array, n: number, scores: Float64Array): void;
}

/** The stored form: sorted keys, and per key a run of (class, quantised weight) pairs. */
export interface WeightArrays {
  classes: number;
  scale: number;
  keys: Uint32Array;
  /** `starts[i]` to `starts[i + 1]` index the pairs of `keys[i]`. */
  starts: Uint32Array;
  cls: Uint8Array;
  values: Int16Array;
}

/**
 * Read-only weights: an open-addressing table whose slot holds the key, the
 * number of its pairs and where they start, and one array of the pairs
 * (class, weight) side by side, so a lookup touches two places in memory.
 */
export class FrozenWeights implements Scorer {
  readonly classes: number;
  /** Per slot: key, pair count, first pair index (three Uint32 each). */
  private readonly slots: Uint32Array;
  private readonly mask: number;
  private readonly pairClass: Uint8Array;
  private readonly pairWeight: Float32Array;

  constructor(readonly arrays: WeightArrays) {
    this.classes = arrays.classes;
    const { keys, starts, cls, values, scale } = arrays;
    let size = 16;
    while (size < keys.length * 2) size *= 2;
    this.mask = size - 1;
    this.slots = new Uint32Array(size * 3);
    this.pairClass = cls;
    this.pairWeight = new Float32Array(values.length);
    for (let i = 0; i < values.length; i++) this.pairWeight[i] = values[i] * scale;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      let h = key & this.mask;
      while (this.slots[h * 3] !== 0) h = (h + 1) & this.mask;
      this.slots[h * 3] = key;
      this.slots[h * 3 + 1] = starts[i + 1] - starts[i];
      this.slots[h * 3 + 2] = starts[i];
    }
  }

  score(keys: Uint32Array, n: number, scores: Float64Array): void {
    const { slots, mask, pairClass, pairWeight } = this;
    for (let f = 0; f < n; f++) {
      const key = keys[f];
      let h = key & mask;
      let k = slots[h * 3];
      while (k !== 0 && k !== key) {
        h = (h + 1) & mask;
        k = slots[h * 3];
      }
      if (k === 0) continue;
      const start = slots[h * 3 + 2];
      const end = start + slots[h * 3 + 1];
      for (let j = start; j < end; j++) scores[pairClass[j]] += pairWeight[j];
    }
  }
}

/**
 * An averaged perceptron (Collins 2002) with lazy averaging: each row keeps
 * the running total of its weights up to the step it was last touched.
 */
export class PerceptronWeights implements Scorer {
  private readonly rows = new Map<number, number>();
  private weights: Float32Array;
  private totals: Float64Array;
  private stamps: Int32Array;
  /** How many updates touched each row: rarely updated features are left out of the model. */
  private touches: Int32Array;
  private used = 0;
  /** Training instances seen: the denominator of the average. */
  private step = 1;

  constructor(readonly classes: number) {
    this.weights = new Float32Array(1024 * classes);
    this.totals = new Float64Array(1024 * classes);
    this.stamps = new Int32Array(1024);
    this.touches = new Int32Array(1024);
  }

  score(keys: Uint32Array, n: number, scores: Float64Array): void {
    const C = this.classes;
    const w = this.weights;
    for (let f = 0; f < n; f++) {
      const row = this.rows.get(keys[f]);
      if (row === undefined) continue;
      const base = row * C;
      for (let c = 0; c < C; c++) scores[c] += w[base + c];
    }
  }

  /** One more training instance has been seen. */
  tick(): void {
    this.step++;
  }

  /** Moves the weights of these features towards `truth` and away from `guess`. */
  update(keys: Uint32Array, n: number, truth: number, guess: number): void {
    if (truth === guess) return;
    const C = this.classes;
    for (let f = 0; f < n; f++) {
      const row = this.row(keys[f]);
      const base = row * C;
      this.touches[row]++;
      const elapsed = this.step - this.stamps[row];
      if (elapsed > 0) {
        for (let c = 0; c < C; c++) this.totals[base + c] += elapsed * this.weights[base + c];
        this.stamps[row] = this.step;
      }
      this.weights[base + truth] += 1;
      this.weights[base + guess] -= 1;
    }
  }

  private row(key: number): number {
    let row = this.rows.get(key);
    if (row !== undefined) return row;
    row = this.used++;
    if (row >= this.stamps.length) this.grow();
    this.rows.set(key, row);
    this.stamps[row] = this.step;
    return row;
  }

  private grow(): void {
    const C = this.classes;
    const weights = new Float32Array(this.stamps.length * 2 * C);
    weights.set(this.weights);
    const totals = new Float64Array(this.stamps.length * 2 * C);
    totals.set(this.totals);
    const stamps = new Int32Array(this.stamps.length * 2);
    stamps.set(this.stamps);
    const touches = new Int32Array(this.stamps.length * 2);
    touches.set(this.touches);
    this.touches = touches;
    this.weights = weights;
    this.totals = totals;
    this.stamps = stamps;
  }

  /**
   * The averaged weights, quantised to 16 bits with one scale, leaving out
   * every weight whose magnitude is below `prune` (in averaged units) and
   * every feature fewer than `minTouches` updates touched.
   */
  freeze(prune: number, minTouches = 1): WeightArrays {
    const C = this.classes;
    const keys = [...this.rows.keys()].sort((a, b) => a - b);
    let maxAbs = 0;
    const rowsAveraged: Float64Array[] = [];
    for (const key of keys) {
      const row = this.rows.get(key)!;
      const base = row * C;
      const elapsed = this.step - this.stamps[row];
      const out = new Float64Array(C);
      for (let c = 0; c < C; c++) {
        out[c] = (this.totals[base + c] + elapsed * this.weights[base + c]) / this.step;
        if (Math.abs(out[c]) > maxAbs) maxAbs = Math.abs(out[c]);
      }
      rowsAveraged.push(out);
    }
    const scale = maxAbs > 0 ? maxAbs / 32767 : 1;
    const keptKeys: number[] = [];
    const starts: number[] = [0];
    const cls: number[] = [];
    const values: number[] = [];
    for (let i = 0; i < keys.length; i++) {
      if (this.touches[this.rows.get(keys[i])!] < minTouches) continue;
      const row = rowsAveraged[i];
      const before = cls.length;
      for (let c = 0; c < C; c++) {
        if (Math.abs(row[c]) < prune) continue;
        const q = Math.round(row[c] / scale);
        if (q === 0) continue;
        cls.push(c);
        values.push(q);
      }
      if (cls.length === before) continue;
      keptKeys.push(keys[i]);
      starts.push(cls.length);
    }
    return {
      classes: C,
      scale,
      keys: Uint32Array.from(keptKeys),
      starts: Uint32Array.from(starts),
      cls: Uint8Array.from(cls),
      values: Int16Array.from(values),
    };
  }
}

/** The table without the weights whose magnitude (in averaged units) is below `min`, nor the keys left with none. */
export function withoutSmallWeights(t: WeightArrays, min: number): WeightArrays {
  const keys: number[] = [];
  const starts: number[] = [0];
  const cls: number[] = [];
  const values: number[] = [];
  for (let i = 0; i < t.keys.length; i++) {
    const before = cls.length;
    for (let j = t.starts[i]; j < t.starts[i + 1]; j++) {
      if (Math.abs(t.values[j] * t.scale) < min) continue;
      cls.push(t.cls[j]);
      values.push(t.values[j]);
    }
    if (cls.length === before) continue;
    keys.push(t.keys[i]);
    starts.push(cls.length);
  }
  return { classes: t.classes, scale: t.scale, keys: Uint32Array.from(keys), starts: Uint32Array.from(starts), cls: Uint8Array.from(cls), values: Int16Array.from(values) };
}

/** Bytes a table takes in the model file: a key and its count, then a class and a weight per pair. */
export function tableBytes(t: WeightArrays): number {
  return t.keys.length * 5 + t.cls.length * 3;
}
