/**
 * Citation markers ("[3]", "[1, 2]", "[4–6]") resolved to the entries of the
 * article's reference list. Entries are the reference blocks the analysis
 * found, plus any "[n] ..." line and any "n. ..." line under a
 * "References"/"Sources"/"Notes" heading.
 */
import type { Analysis, Span } from '../core/types';
import { parseEntryFields, type ReferenceFields } from './reference-entry';

/** One reference-list entry. */
export interface Reference extends Span, ReferenceFields {
  number: number;
}

/** One in-text marker and the entries it cites. */
export interface CitationMarker extends Span {
  numbers: number[];
  references: Reference[];
  /** Numbers the reference list has no entry for. */
  missing: number[];
}

export interface Citation {
  markers: CitationMarker[];
  references: Reference[];
}

const ENTRY = /^[ \t]*(?:\[(\d{1,3})\]|(\d{1,3})[.)])[ \t]+(\S.*)$/gm;
const HEADING = /^[ \t]*#*[ \t]*(references|sources|notes|bibliography|works cited|endnotes)[ \t]*:?[ \t]*$/im;
const MARKER = /\[(\d{1,3}(?:\s*[-–,]\s*\d{1,3})*)\](?!\()/g;
/** A range wider than this is a typo, not a citation. */
const MAX_RANGE = 50;

/** Parses one entry line ("[3] ..." or "3. ..."); undefined when it is not one. */
export function parseReference(line: string, offset = 0): Reference | undefined {
  const m = new RegExp(ENTRY.source, 'm').exec(line);
  if (!m) return undefined;
  return { number: Number(m[1] ?? m[2]), start: offset + m.index, end: offset + m.index + m[0].length, text: m[0].trim(), ...parseEntryFields(m[3]) };
}

function referencesIn(text: string, analysis: Analysis): Reference[] {
  const heading = HEADING.exec(text);
  const listStart = heading ? heading.index : text.length;
  const blocks = analysis.blocks.filter((b) => b.kind === 'reference');
  const byNumber = new Map<number, Reference>();
  for (const m of text.matchAll(ENTRY)) {
    const start = m.index;
    const bracketed = m[1] !== undefined;
    const inList = start >= listStart || blocks.some((b) => start >= b.start && start < b.end);
    if (!bracketed && !inList) continue;
    const ref = parseReference(m[0], start);
    // A later list (the real one) wins over a stray early line with the same number.
    if (ref) byNumber.set(ref.number, ref);
  }
  return [...byNumber.values()].sort((a, b) => a.start - b.start);
}

function numbersOf(inner: string): number[] {
  const out: number[] = [];
  for (const part of inner.split(',')) {
    const [a, b] = part.split(/[-–]/).map((s) => Number(s.trim()));
    if (b === undefined) out.push(a);
    else if (b >= a && b - a <= MAX_RANGE) for (let n = a; n <= b; n++) out.push(n);
  }
  return out;
}

/** The article's citation markers with their resolved entries, and its reference list. */
export function findCitations(text: string, analysis: Analysis): Citation {
  const references = referencesIn(text, analysis);
  const byNumber = new Map(references.map((r) => [r.number, r]));
  const markers: CitationMarker[] = [];
  for (const m of text.matchAll(MARKER)) {
    // An entry's own "[3]" at the start of its line is a label, not a citation.
    if (references.some((r) => m.index >= r.start && m.index < r.end)) continue;
    const numbers = numbersOf(m[1]);
    const found = numbers.flatMap((n) => byNumber.get(n) ?? []);
    markers.push({ start: m.index, end: m.index + m[0].length, text: m[0], numbers, references: found, missing: numbers.filter((n) => !byNumber.has(n)) });
  }
  return { markers, references };
}
