/**
 * The plain-text lines of the ledger's hovers: how a claim is treated in the
 * other articles, and what a citation marker cites. The editor escapes them
 * for Markdown; kept here, free of `vscode`, so they are unit-tested.
 */
import type { CitationMarker, Reference } from './citations';
import type { Elsewhere } from './ledger-table';
import type { Stance } from './types';

const PHRASE: Readonly<Record<Stance, string>> = {
  alleged: 'alleged by',
  confirmed: 'confirmed by',
  denied: 'denied by',
  'no-evidence': 'no evidence per',
};
/** More articles than this end in "and N more". */
const MAX_ARTICLES = 8;

/** One line per other article: "Meridian Wire, 13 March 2031: denied by Kestria's government". */
export function elsewhereLines(e: Elsewhere): string[] {
  const byArticle = new Map<string, { title: string; parts: string[] }>();
  for (const o of e.others) {
    const entry = byArticle.get(o.article) ?? { title: o.title, parts: [] };
    const part = `${PHRASE[o.stance]} ${o.source}`;
    if (!entry.parts.includes(part)) entry.parts.push(part);
    byArticle.set(o.article, entry);
  }
  const lines = [...byArticle.values()].map((a) => `${a.title}: ${a.parts.join(', ')}`);
  if (lines.length <= MAX_ARTICLES) return lines;
  return [...lines.slice(0, MAX_ARTICLES), `and ${lines.length - MAX_ARTICLES} more articles`];
}

/** "Title — Outlet, 12 May 2030 — https://…", from what the entry states. */
export function referenceLine(r: Reference): string {
  const where = [r.outlet, r.date].filter((x) => x !== undefined && x !== '').join(', ');
  const parts = [r.title ?? r.text.replace(/^\[?\d+[\].)]?\s*/, ''), where, r.url].filter((x): x is string => x !== undefined && x !== '');
  return `[${r.number}] ${parts.join(' — ')}`;
}

/** The lines of a marker: each cited entry, then the numbers the list lacks. */
export function citationLines(marker: CitationMarker): string[] {
  const lines = marker.references.map(referenceLine);
  if (marker.missing.length) lines.push(`No entry for ${marker.missing.map((n) => `[${n}]`).join(', ')} in the reference list`);
  return lines;
}
