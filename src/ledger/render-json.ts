/** The ledger as JSON: articles by id, rows with their cells, and the sources view. */
import { stanceOf } from './stance';
import type { Ledger } from './types';

/** The ledger as a plain object with ids in place of indices (stable across runs on the same articles). */
export function toLedgerObject(ledger: Ledger): object {
  const articleId = (i: number) => ledger.articles[i].id;
  return {
    version: 1,
    articles: ledger.articles,
    claims: ledger.rows.map((r) => ({
      id: r.cluster.id,
      label: r.cluster.label,
      status: r.status,
      summary: r.summary,
      articles: Object.keys(r.cells).length,
      cells: Object.entries(r.cells).map(([article, ms]) => ({
        article: articleId(Number(article)),
        mentions: ms.map((i) => {
          const m = ledger.mentions[i];
          return { text: m.text, start: m.start, end: m.end, status: m.status, stance: stanceOf(m), source: m.source, sourceKind: m.sourceKind };
        }),
      })),
    })),
    sources: ledger.sources.map((s) => ({
      name: s.name,
      kind: s.kind,
      articles: s.articles.map(articleId),
      stances: s.stances.map((st) => ({ claim: ledger.rows[st.row].cluster.id, stance: st.stance })),
    })),
  };
}

/** The ledger as indented JSON text ending in a newline. */
export function toLedgerJson(ledger: Ledger): string {
  return JSON.stringify(toLedgerObject(ledger), null, 2) + '\n';
}
