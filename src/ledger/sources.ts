/** The sources view of a ledger: each source across articles, with its stance on each claim row. */
import { sourceKey, stanceOf } from './stance';
import type { LedgerRow, Mention, SourceEntry, Stance } from './types';

/** One entry per source (matched by `sourceKey`), the most quoted first. */
export function sourcesView(mentions: readonly Mention[], rows: readonly LedgerRow[]): SourceEntry[] {
  const rowOf = new Int32Array(mentions.length);
  rows.forEach((r, i) => { for (const m of r.cluster.mentions) rowOf[m] = i; });
  const entries = new Map<string, SourceEntry & { byRow: Map<number, number[]> }>();
  mentions.forEach((m, i) => {
    const key = sourceKey(m.source);
    let e = entries.get(key);
    if (!e) entries.set(key, (e = { name: m.source, kind: m.sourceKind, articles: [], stances: [], byRow: new Map() }));
    // A pronoun's first sighting must not name the entry when a proper name follows.
    if (e.kind === 'pronoun' && m.sourceKind !== 'pronoun') [e.name, e.kind] = [m.source, m.sourceKind];
    // Mentions come in article order, so the last article usually answers without a scan of all of them.
    if (e.articles.at(-1) !== m.article && !e.articles.includes(m.article)) e.articles.push(m.article);
    const list = e.byRow.get(rowOf[i]) ?? [];
    list.push(i);
    e.byRow.set(rowOf[i], list);
  });
  const out: SourceEntry[] = [];
  for (const { byRow, ...entry } of entries.values()) {
    entry.articles.sort((a, b) => a - b);
    for (const [row, ms] of [...byRow].sort((a, b) => a[0] - b[0])) {
      const stances = new Set<Stance>(ms.map((m) => stanceOf(mentions[m])));
      const negative = [...stances].some((s) => s === 'denied' || s === 'no-evidence');
      const positive = [...stances].some((s) => s === 'alleged' || s === 'confirmed');
      entry.stances.push({ row, stance: negative && positive ? 'mixed' : [...stances][0], mentions: ms });
    }
    out.push(entry);
  }
  const weight = (e: SourceEntry) => e.stances.reduce((n, s) => n + s.mentions.length, 0);
  return out.sort((a, b) => b.articles.length - a.articles.length || weight(b) - weight(a) || a.name.localeCompare(b.name));
}
