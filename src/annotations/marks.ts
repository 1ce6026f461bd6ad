/** Folds the annotations that apply to one finding into its manual marks (later ones win). */
import { resolveAnchor } from '../core/anchoring';
import type { Status } from '../core/types';
import type { Attached } from './match';
import type { ManualMarks, MergedSource } from './view';
import type { ManualSource } from './types';

/** The manual side of one finding, all its annotations combined. */
export interface Folded {
  marks: ManualMarks;
  status?: Status;
  dismissed: boolean;
  added: boolean;
  source?: ManualSource;
}

/** The combined effect of the annotations on one finding; none means an untouched, auto finding. */
export function fold(attached: readonly Attached[] | undefined): Folded {
  const out: Folded = { marks: { origin: 'auto' }, dismissed: false, added: false };
  for (const { annotation: a, state } of attached ?? []) {
    out.marks = { ...out.marks, origin: 'manual', annotationId: a.id, anchorState: state };
    if (a.note !== undefined) out.marks.note = a.note;
    if (a.updated !== undefined && (out.marks.updated === undefined || a.updated > out.marks.updated)) out.marks.updated = a.updated;
    if (a.status !== undefined) out.status = a.status;
    if (a.source !== undefined) out.source = a.source;
    if (a.added) out.added = true;
    out.dismissed = a.dismissed === true;
  }
  return out;
}

/** A manual source as it stands in the current text: offsets when its anchor still attaches. */
export function placeSource(text: string, source: ManualSource): MergedSource {
  const out: MergedSource = { text: source.text };
  if (source.kind) out.kind = source.kind;
  if (source.anchor) {
    const r = resolveAnchor(text, source.anchor);
    if (r.state !== 'orphaned') Object.assign(out, { text: text.slice(r.start, r.end), start: r.start, end: r.end });
  }
  return out;
}
