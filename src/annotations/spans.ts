/** The one span that stands for a finding of each kind, used to anchor and to match it. */
import type { Attribution } from '../core/types';

/** A start/end pair of UTF-16 offsets. */
export interface Range {
  start: number;
  end: number;
}

/** An attribution's span: from the earlier of its source and cue to the later. */
export function attributionSpan(a: Attribution): Range {
  return { start: Math.min(a.source.start, a.cue.start), end: Math.max(a.source.end, a.cue.end) };
}

/** Share of the two ranges that overlaps (intersection over union), 0..1. */
export function overlap(a: Range, b: Range): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  if (inter <= 0) return 0;
  return inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
}
