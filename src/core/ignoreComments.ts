/**
 * Ignore comments in an article, the way Vale and cSpell users mark text a
 * linter should leave alone (the same markers in Markdown and plain text):
 *
 *   <!-- claimlens-disable -->  …  <!-- claimlens-enable -->   nothing in between
 *   <!-- claimlens-disable-next-line -->                        nothing on the next line
 *   <!-- claimlens-disable-line -->                             nothing on its own line
 *
 * Each marker may name kinds after the keyword (`claims`, `hedges`,
 * `attributions`, space separated); none names all. A finding that overlaps
 * an ignored range of its kind is dropped, and so is one that overlaps a
 * marker, so that the marker text never yields findings.
 */
import type { Analysis, Span } from './types';

export type FindingKind = 'claims' | 'hedges' | 'attributions';
export const FINDING_KINDS: readonly FindingKind[] = ['claims', 'hedges', 'attributions'];

/** A stretch of text in which findings of some kinds are not reported (`end` exclusive). */
export interface IgnoredRange {
  start: number;
  end: number;
  kinds: readonly FindingKind[];
}

/** `disable-next-line` before `disable-line` before `disable`, so the longer keyword wins. */
const MARKER = /<!--[ \t]*claimlens-(disable-next-line|disable-line|disable|enable)\b([^>\n]*?)[ \t]*-->/g;
const KIND_WORDS: Record<string, FindingKind> = {
  claims: 'claims', claim: 'claims',
  hedges: 'hedges', hedge: 'hedges',
  attributions: 'attributions', attribution: 'attributions',
};

/** The kinds a marker names; all when it names none, none when it names only unknown words. */
function kindsOf(words: string): FindingKind[] {
  const named = words.trim().split(/\s+/).filter(Boolean);
  if (named.length === 0) return [...FINDING_KINDS];
  return FINDING_KINDS.filter((kind) => named.some((word) => KIND_WORDS[word.toLowerCase()] === kind));
}

/** The text with every marker replaced by spaces: same length, same offsets. */
export function maskIgnoreComments(text: string): string {
  if (!text.includes('claimlens-')) return text;
  return text.replace(MARKER, (m) => ' '.repeat(m.length));
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end < 0 ? text.length : end;
}

/** The ranges the markers in a text switch off, markers included, in text order of their start. */
export function ignoredRanges(text: string): IgnoredRange[] {
  if (!text.includes('claimlens-')) return [];
  const ranges: IgnoredRange[] = [];
  /** Where each kind's open `disable` started. */
  const open = new Map<FindingKind, number>();
  const close = (kind: FindingKind, end: number) => {
    const start = open.get(kind);
    if (start === undefined) return;
    open.delete(kind);
    ranges.push({ start, end, kinds: [kind] });
  };
  for (const m of text.matchAll(MARKER)) {
    const start = m.index;
    const end = start + m[0].length;
    const kinds = kindsOf(m[2]);
    ranges.push({ start, end, kinds: FINDING_KINDS });
    switch (m[1]) {
      case 'disable':
        for (const kind of kinds) if (!open.has(kind)) open.set(kind, end);
        break;
      case 'enable':
        for (const kind of kinds) close(kind, start);
        break;
      case 'disable-line':
        if (kinds.length) ranges.push({ start: lineStart(text, start), end: lineEnd(text, end), kinds });
        break;
      case 'disable-next-line': {
        const next = text.indexOf('\n', end);
        if (next >= 0 && kinds.length) ranges.push({ start: next + 1, end: lineEnd(text, next + 1), kinds });
        break;
      }
    }
  }
  for (const kind of FINDING_KINDS) close(kind, text.length);
  return ranges.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Whether a span overlaps a range (an empty span counts when it sits inside). */
function overlaps(span: { start: number; end: number }, range: IgnoredRange): boolean {
  return span.start < range.end && (span.end > range.start || (span.start === span.end && span.start >= range.start));
}

/**
 * The analysis without the findings the ranges switch off. Claims keep their
 * links: attribution and hedge indices are renumbered, and a link to a
 * dropped finding is removed.
 */
export function withoutIgnored(analysis: Analysis, ranges: readonly IgnoredRange[]): Analysis {
  if (ranges.length === 0) return analysis;
  const hit = (kind: FindingKind, ...spans: Span[]) => ranges.some((r) => r.kinds.includes(kind) && spans.some((s) => overlaps(s, r)));
  const attributionIndex = renumber(analysis.attributions, (a) => !hit('attributions', a.source, a.cue));
  const hedgeIndex = renumber(analysis.hedges, (h) => !hit('hedges', h));
  const claims = analysis.claims
    .filter((c) => !hit('claims', c))
    .map((c) => {
      const attribution = c.attribution === undefined ? undefined : attributionIndex[c.attribution];
      const hedges = c.hedges.map((i) => hedgeIndex[i]).filter((i): i is number => i !== undefined);
      const { attribution: _dropped, ...rest } = c;
      return attribution === undefined ? { ...rest, hedges } : { ...rest, attribution, hedges };
    });
  return {
    ...analysis,
    claims,
    attributions: analysis.attributions.filter((_, i) => attributionIndex[i] !== undefined),
    hedges: analysis.hedges.filter((_, i) => hedgeIndex[i] !== undefined),
  };
}

/** New index of each kept item, undefined for a dropped one. */
function renumber<T>(items: readonly T[], keep: (item: T) => boolean): (number | undefined)[] {
  let next = 0;
  return items.map((item) => (keep(item) ? next++ : undefined));
}

/** For callers with the original text at hand: parse its markers and drop what they switch off. */
export function applyIgnoreComments(analysis: Analysis, text: string): Analysis {
  return withoutIgnored(analysis, ignoredRanges(text));
}
