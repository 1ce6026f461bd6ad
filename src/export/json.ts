/**
 * The JSON export: the annotation format of FORMAT.md (version 1) plus ids,
 * line/column, origin and the explanation of each status.
 */
import type { Analysis } from '../core/types';
import { LineIndex } from './lines';
import { claimId } from './ids';

export interface JsonExportOptions {
  /** File name recorded as `document`. */
  document: string;
}

export function toJson(analysis: Analysis, text: string, options: JsonExportOptions): string {
  const lines = new LineIndex(text);
  const at = (offset: number) => lines.position(offset);
  const doc = {
    version: 1,
    document: options.document,
    claims: analysis.claims.map((c) => ({
      id: claimId(c.text),
      start: c.start,
      end: c.end,
      text: c.text,
      status: c.status,
      ...at(c.start),
      origin: 'auto',
      explanation: c.explanation,
      source: c.attribution !== undefined ? analysis.attributions[c.attribution].source.text : undefined,
      hedges: c.hedges.map((i) => analysis.hedges[i].text),
    })),
    attributions: analysis.attributions.map((a) => ({
      source: { start: a.source.start, end: a.source.end, text: a.source.text, kind: a.source.kind, ...(a.source.resolved ? { resolved: a.source.resolved } : {}) },
      cue: { start: a.cue.start, end: a.cue.end, text: a.cue.text, kind: a.cue.kind, lemma: a.cue.lemma },
      ...(a.content ? { content: { start: a.content.start, end: a.content.end, text: a.content.text } } : {}),
      ...at(a.cue.start),
    })),
    hedges: analysis.hedges.map((h) => ({ start: h.start, end: h.end, text: h.text, category: h.category, ...at(h.start) })),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
