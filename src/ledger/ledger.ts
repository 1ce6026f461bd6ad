/**
 * The claim ledger: rows are claim clusters, columns are articles (ordered by
 * date), each cell the article's mentions of the claim with their status and
 * source (FactBank keeps status per claim AND source). Pure: records in, data out.
 */
import { attachBackReferences, isBackReference } from './backref';
import { clusterTexts, type ClusterOptions } from './cluster';
import { centralMember, clusterIds, trimLabel } from './label';
import { sourcesView } from './sources';
import { rowStatus, stanceOf, summarise } from './stance';
import type { ArticleRecord, Ledger, LedgerRow, Mention } from './types';

export type LedgerOptions = Pick<ClusterOptions, 'threshold' | 'blocking' | 'features'>;

/** Articles by date (undated last), then id, so that columns read as the story unfolded. */
function byDate(records: readonly ArticleRecord[]): ArticleRecord[] {
  return [...records].sort((a, b) => (a.meta.isoDate ?? '9999').localeCompare(b.meta.isoDate ?? '9999') || a.meta.id.localeCompare(b.meta.id));
}

/**
 * The ledger's columns and mention list, in the order its rows index them:
 * the same records always give the same order, which is what lets a saved
 * set of rows (ledger-cache.ts) be laid back over them.
 */
export function ledgerMentions(input: readonly ArticleRecord[]): { records: ArticleRecord[]; mentions: Mention[] } {
  const records = byDate(input);
  const mentions: Mention[] = records.flatMap((r, article) =>
    [...r.mentions].sort((a, b) => a.start - b.start).map((m) => ({ ...m, article })));
  return { records, mentions };
}

/** Builds the ledger of a set of analysed articles. */
export function buildLedger(input: readonly ArticleRecord[], options: LedgerOptions = {}): Ledger {
  const { records, mentions } = ledgerMentions(input);
  const backRefs = new Set(mentions.flatMap((m, i) => (isBackReference(m.text) ? [i] : [])));
  const clustering = clusterTexts(mentions.map((m) => m.text), { ...options, skip: backRefs });
  const { groups, groupOf, space } = clustering;
  attachBackReferences(mentions, backRefs, groups, groupOf);
  const kept = groups.filter((g) => g.length > 0);
  const labels = kept.map((g) => trimLabel(mentions[centralMember(g, space.vectors, backRefs)].text));
  const ids = clusterIds(labels);
  const rows: LedgerRow[] = kept.map((g, i) => {
    const cells: Record<number, number[]> = {};
    for (const m of g) (cells[mentions[m].article] ??= []).push(m);
    // "The allegations, if confirmed, ..." in the author's voice takes no stance on the claim it points to.
    const members = g.filter((m) => !(backRefs.has(m) && mentions[m].sourceKind === 'author')).map((m) => mentions[m]);
    return {
      cluster: { id: ids[i], label: labels[i], mentions: g },
      status: rowStatus(members.map(stanceOf)),
      summary: summarise(members),
      cells,
    };
  });
  // Claims most articles share first; then the larger; then text order.
  const spread = (r: LedgerRow) => Object.keys(r.cells).length;
  rows.sort((a, b) => spread(b) - spread(a) || b.cluster.mentions.length - a.cluster.mentions.length || a.cluster.mentions[0] - b.cluster.mentions[0]);
  return { articles: records.map((r) => r.meta), mentions, rows, sources: sourcesView(mentions, rows) };
}
