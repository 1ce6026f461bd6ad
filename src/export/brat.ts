/**
 * brat standoff export (also read by INCEpTION): an `.ann` file beside a copy
 * of the text. T lines for claims, hedges, sources and cues with offsets in
 * Unicode code points (brat counts characters the Python way), A lines for
 * status and other attributes, R lines linking them, `#` lines for notes.
 */
import type { MergedView } from '../annotations';
import type { Span } from '../core/types';
import { CodePointIndex } from './codepoints';

/** The two files of a brat document. */
export interface BratExport {
  /** The standoff annotations. */
  ann: string;
  /** The text the offsets refer to: write it as `<name>.txt` (UTF-8) beside `<name>.ann`. */
  txt: string;
}

/** A brat `annotation.conf` declaring the types the export uses. */
export const BRAT_CONFIG = [
  '[entities]', 'Claim', 'Hedge', 'Source', 'Cue', '',
  '[relations]',
  'Attribution\tArg1:Source, Arg2:Cue',
  'AttributedTo\tArg1:Claim, Arg2:Source',
  'HedgedBy\tArg1:Claim, Arg2:Hedge',
  '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>', '',
  '[events]', '',
  '[attributes]',
  'Status\tArg:Claim, Value:confirmed|alleged|denied',
  'Manual\tArg:<ENTITY>',
  'Category\tArg:Hedge, Value:modal|speculative-verb|evidential-adverb|uncertain-noun|unconfirmation|approximator',
  'SourceKind\tArg:Source, Value:person|organisation|publication|anonymous|pronoun|other',
  'CueKind\tArg:Cue, Value:neutral|factive|allegation|denial|belief|unconfirmation|call', '',
].join('\n');

/**
 * Every character Python's `str.splitlines` breaks a line at (brat and
 * INCEpTION read `.ann` files in Python): one inside a T line's text or a note
 * would cut the line in two.
 */
const LINE_BREAK = '\\n\\r\\v\\f\\x1c\\x1d\\x1e\\x85\\u2028\\u2029';
const NOT_LINE_BREAKS = new RegExp(`[^${LINE_BREAK}]+`, 'g');
/** A tab (the field separator) or a line break of any kind. */
const BREAKS_LINE = new RegExp(`[\\t${LINE_BREAK}]`, 'g');

/** Text on one line of an `.ann` file: each tab and line break becomes a space, so the text keeps its length. */
export function oneAnnLine(text: string): string {
  return text.replace(BREAKS_LINE, ' ');
}

/** Writes numbered lines, one T line per distinct (type, span). */
class AnnWriter {
  readonly lines: string[] = [];
  private readonly counters = { T: 0, A: 0, R: 0, '#': 0 };
  private readonly spans = new Map<string, string>();

  constructor(private readonly text: string, private readonly index: CodePointIndex) {}

  private next(kind: keyof AnnWriter['counters']): string {
    return `${kind}${++this.counters[kind]}`;
  }

  /** T line id for a span; a span crossing line breaks becomes one fragment per line (brat's discontinuous form). */
  entity(type: string, span: Span): string {
    const key = `${type}:${span.start}:${span.end}`;
    const known = this.spans.get(key);
    if (known) return known;
    const fragments: Array<[number, number]> = [];
    const piece = this.text.slice(span.start, span.end);
    for (const m of piece.matchAll(NOT_LINE_BREAKS)) fragments.push([span.start + m.index, span.start + m.index + m[0].length]);
    if (fragments.length === 0) fragments.push([span.start, span.end]);
    const offsets = fragments.map(([s, e]) => `${this.index.toCodePoint(s)} ${this.index.toCodePoint(e)}`).join(';');
    const shown = oneAnnLine(fragments.map(([s, e]) => this.text.slice(s, e)).join(' '));
    const id = this.next('T');
    this.lines.push(`${id}\t${type} ${offsets}\t${shown}`);
    this.spans.set(key, id);
    return id;
  }

  attribute(name: string, on: string, value?: string): void {
    this.lines.push(`${this.next('A')}\t${name} ${on}${value ? ` ${value}` : ''}`);
  }

  relation(name: string, from: string, to: string): void {
    this.lines.push(`${this.next('R')}\t${name} Arg1:${from} Arg2:${to}`);
  }

  note(on: string, note: string): void {
    this.lines.push(`${this.next('#')}\tAnnotatorNotes ${on}\t${oneAnnLine(note).replace(/\s+/g, ' ')}`);
  }
}

/** The `.ann` text and the text copy for one article. */
export function toBrat(view: MergedView, text: string): BratExport {
  const w = new AnnWriter(text, new CodePointIndex(text));
  const hedges = view.hedges.map((h) => {
    const id = w.entity('Hedge', h);
    w.attribute('Category', id, h.category);
    if (h.origin === 'manual') w.attribute('Manual', id);
    if (h.note) w.note(id, h.note);
    return id;
  });
  for (const a of view.attributions) {
    const source = w.entity('Source', a.source);
    const cue = w.entity('Cue', a.cue);
    w.attribute('SourceKind', source, a.source.kind);
    w.attribute('CueKind', cue, a.cue.kind);
    w.relation('Attribution', source, cue);
    if (a.origin === 'manual') w.attribute('Manual', cue);
    if (a.note) w.note(cue, a.note);
  }
  for (const c of view.claims) {
    const id = w.entity('Claim', c);
    w.attribute('Status', id, c.status);
    if (c.origin === 'manual') w.attribute('Manual', id);
    const src = c.source;
    if (src?.start !== undefined && src.end !== undefined && src.start < src.end) {
      // Same span as an attribution's source: entity() hands back that T id.
      w.relation('AttributedTo', id, w.entity('Source', { start: src.start, end: src.end, text: src.text }));
    } else if (src) {
      w.note(id, `Source: ${src.text}`);
    }
    for (const h of c.hedges) w.relation('HedgedBy', id, hedges[h]);
    if (c.note) w.note(id, c.note);
  }
  return { ann: w.lines.map((l) => l + '\n').join(''), txt: text };
}
