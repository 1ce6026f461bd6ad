/**
 * Pronoun and back-reference sources resolved across a document, again after
 * each edit. Resolution reads only the order of the sources and their kind
 * and text, so when an edit leaves those as they were around it, every
 * source points to the same earlier source as before, and only the offsets
 * of the resolved spans need following: no source is resolved again.
 */
import type { Attribution } from './types';
import { resolveSources } from './rules/coreference';

/** How far after the first source at a place another source at that place is looked for. */
const NEAR = 16;

/** Most attributions in the edited blocks for which their order is compared pair by pair. */
const MAX_COMPARED = 64;

/**
 * The index of the attribution whose source starts where the one at `first`
 * does and ends at `end`, or -1. Sources that start at one place belong to
 * one sentence, so the search looks at the `NEAR` attributions from the first.
 */
function sourceAt(attributions: readonly Attribution[], first: number | undefined, end: number): number {
  if (first === undefined) return -1;
  const start = attributions[first].source.start;
  for (let i = first; i < Math.min(attributions.length, first + NEAR); i++) {
    const s = attributions[i].source;
    if (s.start === start && s.end === end) return i;
  }
  return -1;
}

export class SourceLinks {
  /** Per attribution of the last call: the index of the attribution whose source span its resolved span is, or -1. */
  private origin = new Int32Array(0);
  /** Per attribution of the last call: its source's start then. */
  private starts = new Int32Array(0);
  /** The attributions of the last call: their sources' kind and text never change. */
  private previous: readonly Attribution[] = [];
  /** False when a resolved span matched no source span, so links cannot be followed. */
  private traceable = false;

  /**
   * Sets `source.resolved` on the attributions of a document. `edited`: the
   * attributions from `from` to `to` replace those of the last call from
   * `from` to `oldTo`; those before are the same, those after the same ones
   * moved.
   */
  resolve(attributions: Attribution[], text: string, edited?: { from: number; to: number; oldTo: number }): void {
    if (edited && this.sameOrder(attributions, edited)) this.follow(attributions, edited.from);
    else this.resolveAll(attributions, text);
    this.remember(attributions);
  }

  private resolveAll(attributions: Attribution[], text: string): void {
    for (const a of attributions) if (a.source.resolved) delete a.source.resolved;
    resolveSources(attributions, text);
    const byStart = new Map<number, number>();
    attributions.forEach((a, i) => { if (!byStart.has(a.source.start)) byStart.set(a.source.start, i); });
    this.origin = new Int32Array(attributions.length);
    this.traceable = true;
    attributions.forEach((a, i) => {
      const r = a.source.resolved;
      const t = r ? sourceAt(attributions, byStart.get(r.start), r.end) : -1;
      this.origin[i] = t;
      if (r && t < 0) this.traceable = false;
    });
  }

  /** Whether the edited attributions have the same sources as before, in the same order. */
  private sameOrder(attributions: readonly Attribution[], e: { from: number; to: number; oldTo: number }): boolean {
    if (!this.traceable || e.to - e.from !== e.oldTo - e.from || e.to - e.from > MAX_COMPARED) return false;
    for (let i = e.from; i < e.to; i++) {
      const now = attributions[i].source;
      const then = this.previous[i].source;
      if (now.kind !== then.kind || now.text !== then.text) return false;
      for (let j = e.from; j < i; j++) {
        if (Math.sign(now.start - attributions[j].source.start) !== Math.sign(this.starts[i] - this.starts[j])) return false;
      }
    }
    return true;
  }

  /** Points each source from `from` on at its earlier source's span where it is now. */
  private follow(attributions: readonly Attribution[], from: number): void {
    for (let i = from; i < attributions.length; i++) {
      const t = this.origin[i];
      if (t < 0) continue;
      const s = attributions[i].source;
      const o = attributions[t].source;
      const r = s.resolved;
      // a span is shared along a chain of pronouns, but always with the same origin: setting it twice is harmless
      if (r) {
        r.start = o.start;
        r.end = o.end;
      } else {
        s.resolved = { start: o.start, end: o.end, text: o.text };
      }
    }
  }

  private remember(attributions: readonly Attribution[]): void {
    if (this.starts.length !== attributions.length) this.starts = new Int32Array(attributions.length);
    this.previous = attributions;
    for (let i = 0; i < attributions.length; i++) this.starts[i] = attributions[i].source.start;
  }
}
