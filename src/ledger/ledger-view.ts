/** The ledger flattened for the renderers: ids instead of indices, and labels for columns and stances. */
import { stanceOf } from './stance';
import type { ArticleMeta, Ledger, Mention, Stance } from './types';

/** Words a reader sees for each stance; the renderers never rely on colour alone. */
export const STANCE_TEXT: Readonly<Record<Stance | 'disputed' | 'mixed', string>> = {
  confirmed: 'confirmed',
  alleged: 'alleged',
  denied: 'denied',
  'no-evidence': 'no evidence',
  disputed: 'disputed',
  mixed: 'mixed',
};

/** "Halvern Courier, 12 March 2031" or the file name when the article names no outlet. */
export function columnTitle(meta: ArticleMeta): string {
  return [meta.outlet ?? meta.id, meta.date].filter((x) => x !== undefined).join(', ');
}

/** One cell entry: "alleged by three officials with knowledge of the shipments". */
export interface CellEntry {
  stance: Stance;
  source: string;
  text: string;
  mention: Mention;
}

/** The entries of row `row` in column `article`, in text order. */
export function cellEntries(ledger: Ledger, row: number, article: number): CellEntry[] {
  return (ledger.rows[row].cells[article] ?? []).map((i) => {
    const mention = ledger.mentions[i];
    return { stance: stanceOf(mention), source: mention.source, text: mention.text, mention };
  });
}

/** The labels of the rows a source speaks to, with its stance: "denied: Kestria shipped attack drones…". */
export function sourceStances(ledger: Ledger, source: number): { stance: Stance | 'mixed'; label: string; id: string }[] {
  return ledger.sources[source].stances.map((s) => ({ stance: s.stance, label: ledger.rows[s.row].cluster.label, id: ledger.rows[s.row].cluster.id }));
}
