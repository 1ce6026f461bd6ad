/**
 * The model file: a magic word, a JSON header (class names, lemma
 * exceptions, credit) and the typed arrays of the tag dictionary and the
 * three weight tables (keys, quantised weights, their classes, and each key's
 * count of weights), each 4-byte aligned and little-endian.
 */
import { tableBytes, withoutSmallWeights, type WeightArrays } from './weights';

export const MAGIC = 'CLSYNTX1';

export interface SyntaxModelData {
  /** Joint tag classes, "UPOS|XPOS". */
  tags: string[];
  /** Dependency relations; index = label id. */
  labels: string[];
  /** Pairs (exact-form hash, tag id) of words with one tag. */
  dictionary: Uint32Array;
  /** Hashes of words seen mostly in lower case: a title-case headline is read with these lowered. */
  lowercase: Uint32Array;
  /** Pairs (lower-case form hash, ambiguity class hash). */
  ambiguity: Uint32Array;
  /** [form lower-cased + TAB + XPOS, lemma] pairs. */
  lemmas: Array<[string, string]>;
  tagger: WeightArrays;
  /** The tagger's optional second pass. */
  refine?: WeightArrays;
  parser: WeightArrays;
  labeller: WeightArrays;
  /** Provenance and credit, shown by tools that list the model. */
  meta: Record<string, string>;
}

type TableHeader = { classes: number; scale: number; keys: number; pairs: number };

function tableHeader(t: WeightArrays): TableHeader {
  return { classes: t.classes, scale: t.scale, keys: t.keys.length, pairs: t.cls.length };
}

/** The weight tables in file order; the second tagger pass comes last when present. */
function tablesOf(m: SyntaxModelData): WeightArrays[] {
  return m.refine ? [m.tagger, m.parser, m.labeller, m.refine] : [m.tagger, m.parser, m.labeller];
}

const pad4 = (n: number): number => (n + 3) & ~3;

/** Encodes a model into bytes. */
export function encodeModel(m: SyntaxModelData): Uint8Array {
  const header = JSON.stringify({
    tags: m.tags,
    labels: m.labels,
    lemmas: m.lemmas,
    meta: m.meta,
    dictionary: m.dictionary.length,
    lowercase: m.lowercase.length,
    ambiguity: m.ambiguity.length,
    tables: tablesOf(m).map(tableHeader),
  });
  const headerBytes = new TextEncoder().encode(header);
  const parts: Uint8Array[] = [new TextEncoder().encode(MAGIC), new Uint8Array(new Uint32Array([headerBytes.length]).buffer), headerBytes];
  const add = (view: ArrayBufferView): void => {
    parts.push(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
  };
  let size = 0;
  const align = (): void => {
    size = parts.reduce((s, p) => s + p.length, 0);
    if (size % 4) parts.push(new Uint8Array(4 - (size % 4)));
  };
  align();
  add(m.dictionary);
  add(m.lowercase);
  add(m.ambiguity);
  for (const t of tablesOf(m)) {
    add(t.keys);
    add(t.values);
    align();
    add(t.cls);
    align();
    // a key's count of pairs, not its start: one byte instead of four
    add(Uint8Array.from(t.keys, (_, i) => t.starts[i + 1] - t.starts[i]));
    align();
  }
  size = parts.reduce((s, p) => s + p.length, 0);
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Decodes model bytes; throws a plain Error naming what is wrong. */
export function decodeModel(bytes: Uint8Array): SyntaxModelData {
  if (bytes.length < 12 || new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC) throw new Error(`syntax model: not a ClaimLens syntax model (expected the magic word ${MAGIC})`);
  // copy once so every typed array view below is aligned, whatever offset the caller's bytes have
  const buffer = bytes.slice().buffer;
  const view = new DataView(buffer);
  const headerLength = view.getUint32(8, true);
  if (12 + headerLength > bytes.length) throw new Error('syntax model: truncated header');
  const h = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 12, headerLength))) as {
    tags: string[];
    labels: string[];
    lemmas: Array<[string, string]>;
    meta: Record<string, string>;
    dictionary: number;
    lowercase: number;
    ambiguity: number;
    tables: TableHeader[];
  };
  let at = pad4(12 + headerLength);
  const take = <T>(make: (b: ArrayBuffer, offset: number, length: number) => T, length: number, width: number): T => {
    if (at + length * width > buffer.byteLength) throw new Error('syntax model: truncated data');
    const arr = make(buffer, at, length);
    at = pad4(at + length * width);
    return arr;
  };
  const u32 = (length: number): Uint32Array => take((b, o, l) => new Uint32Array(b, o, l), length, 4);
  const dictionary = u32(h.dictionary);
  const lowercase = u32(h.lowercase);
  const ambiguity = u32(h.ambiguity);
  const tables = h.tables.map((t): WeightArrays => {
    const keys = u32(t.keys);
    const values = take((b, o, l) => new Int16Array(b, o, l), t.pairs, 2);
    const cls = take((b, o, l) => new Uint8Array(b, o, l), t.pairs, 1);
    const counts = take((b, o, l) => new Uint8Array(b, o, l), t.keys, 1);
    const starts = new Uint32Array(t.keys + 1);
    for (let i = 0; i < t.keys; i++) starts[i + 1] = starts[i] + counts[i];
    if (starts[t.keys] !== t.pairs) throw new Error('syntax model: inconsistent weight table');
    return { classes: t.classes, scale: t.scale, keys, starts, values, cls };
  });
  return { tags: h.tags, labels: h.labels, lemmas: h.lemmas, meta: h.meta, dictionary, lowercase, ambiguity, tagger: tables[0], parser: tables[1], labeller: tables[2], refine: tables[3] };
}

/**
 * Drops the smallest weights, one threshold for all tables (they share the
 * perceptron's units), until the model fits `maxBytes`; found by bisection.
 * Returns the threshold (0 when the model fitted already).
 */
export function fitToSize(data: SyntaxModelData, maxBytes: number): number {
  const parts = ['tagger', 'refine', 'parser', 'labeller'] as const;
  const tables = (): WeightArrays[] => parts.map((p) => data[p]).filter((t): t is WeightArrays => t !== undefined);
  const rest = encodeModel(data).length - tables().reduce((s, t) => s + tableBytes(t), 0);
  const size = (min: number): number => rest + tables().reduce((s, t) => s + tableBytes(withoutSmallWeights(t, min)), 0);
  if (size(0) <= maxBytes) return 0;
  let low = 0;
  let high = 1;
  while (size(high) > maxBytes) high *= 2;
  for (let i = 0; i < 20; i++) {
    const mid = (low + high) / 2;
    if (size(mid) > maxBytes) low = mid;
    else high = mid;
  }
  for (const p of parts) {
    const t = data[p];
    if (t) data[p] = withoutSmallWeights(t, high);
  }
  return high;
}
