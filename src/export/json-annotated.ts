/**
 * JSON export of the merged view: the annotation format of FORMAT.md
 * (version 1) plus ids, line/column, origin, notes and explanations.
 * Dismissed findings are left out. `importAnnotations` reads it back.
 */
import type { MergedView, ManualMarks } from '../annotations';
import { findingIds } from './finding-ids';
import { LineIndex } from './lines';

/** What the document is called in the export. */
export interface AnnotatedJsonOptions {
  /** File name recorded as `document`. */
  document: string;
}

/** Origin and, when there is one, the note of an item. */
function manual(m: ManualMarks): { origin: string; note?: string } {
  return m.note ? { origin: m.origin, note: m.note } : { origin: m.origin };
}

/** The JSON text, 2-space indented with a trailing newline. */
export function toAnnotatedJson(view: MergedView, text: string, options: AnnotatedJsonOptions): string {
  const lines = new LineIndex(text);
  const ids = findingIds(view);
  const doc = {
    version: 1,
    document: options.document,
    claims: view.claims.map((c, i) => ({
      id: ids.claims[i],
      start: c.start,
      end: c.end,
      text: c.text,
      status: c.status,
      ...lines.position(c.start),
      ...manual(c),
      explanation: c.explanation,
      source: c.source?.text,
      cue: c.cue?.text,
      hedges: c.hedges.map((h) => view.hedges[h].text),
    })),
    attributions: view.attributions.map((a, i) => ({
      id: ids.attributions[i],
      source: { start: a.source.start, end: a.source.end, text: a.source.text, kind: a.source.kind },
      cue: { start: a.cue.start, end: a.cue.end, text: a.cue.text, kind: a.cue.kind },
      ...(a.content ? { content: { start: a.content.start, end: a.content.end, text: a.content.text } } : {}),
      ...lines.position(a.cue.start),
      ...manual(a),
    })),
    hedges: view.hedges.map((h, i) => ({ id: ids.hedges[i], start: h.start, end: h.end, text: h.text, category: h.category, ...lines.position(h.start), ...manual(h) })),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
