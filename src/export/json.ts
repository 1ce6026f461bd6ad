/**
 * The JSON export: the annotation format of FORMAT.md (version 1) plus ids,
 * line/column, origin, the explanation of each status and the categories of
 * hedges, sources and cues.
 */
import { marksOf } from '../annotations/as-analysis';
import type { Analysis, Span } from '../core/types';
import { LineIndex } from './lines';
import { claimId } from './ids';

export interface JsonExportOptions {
  /** File name recorded as `document`. */
  document: string;
}

/** One article's findings as a plain object in the FORMAT.md shape. */
export function toJsonDocument(analysis: Analysis, text: string, options: JsonExportOptions): object {
  const lines = new LineIndex(text);
  const at = (offset: number) => lines.position(offset);
  // Spans are copied field by field so that the output never depends on extra properties of the core's objects.
  const span = (s: Span) => ({ start: s.start, end: s.end, text: s.text });
  return {
    version: 1,
    document: options.document,
    claims: analysis.claims.map((c) => {
      const a = c.attribution !== undefined ? analysis.attributions[c.attribution] : undefined;
      return {
        id: claimId(c.text),
        ...span(c),
        status: c.status,
        ...at(c.start),
        // `manual` when the analysis carries a person's decisions (viewAsAnalysis).
        origin: marksOf(c).origin ?? 'auto',
        explanation: c.explanation,
        ...(c.attribution !== undefined ? { attribution: c.attribution } : {}),
        ...(a ? { source: a.source.resolved?.text ?? a.source.text } : {}),
        hedges: c.hedges.map((i) => analysis.hedges[i].text),
      };
    }),
    attributions: analysis.attributions.map((a) => ({
      source: { ...span(a.source), kind: a.source.kind, ...(a.source.resolved ? { resolved: span(a.source.resolved) } : {}) },
      cue: { ...span(a.cue), kind: a.cue.kind, lemma: a.cue.lemma },
      ...(a.content ? { content: span(a.content) } : {}),
      ...(a.quoted ? { quoted: true } : {}),
      ...at(a.cue.start),
    })),
    hedges: analysis.hedges.map((h) => ({ ...span(h), category: h.category, rule: h.rule, ...at(h.start) })),
  };
}

/** One article's findings as FORMAT.md JSON text, indented, ending in a newline. */
export function toJson(analysis: Analysis, text: string, options: JsonExportOptions): string {
  return JSON.stringify(toJsonDocument(analysis, text, options), null, 2) + '\n';
}
