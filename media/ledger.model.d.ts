/** Types of ledger.model.js, for TypeScript callers (the unit tests). */
export type { LedgerTable, TableRow, TableEntry, TableSource, TableArticle } from '../src/ledger/ledger-table';
import type { LedgerTable, TableRow } from '../src/ledger/ledger-table';

export interface Filter {
  status?: string;
  source?: string;
  text?: string;
}

export declare const SORTS: readonly ['articles', 'disputed', 'label'];
export declare const STATUSES: readonly ['disputed', 'confirmed', 'alleged', 'denied', 'no-evidence'];
export declare function sourceKey(name: string): string;
export declare function rowMatches(row: TableRow, filter: Filter): boolean;
export declare function visibleRows(table: LedgerTable, state: Filter & { sort?: string }): number[];
export declare function sourceNames(table: LedgerTable): string[];
export declare function visibleSources(table: LedgerTable, filter: Filter): number[];
export declare function visibleColumns(table: LedgerTable, rows: number[], max: number): number[];
