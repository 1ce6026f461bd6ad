/**
 * The Ledger webview's message protocol, both directions, as typed unions.
 * media/ledger.js mirrors these shapes in its JSDoc.
 */

/** Extension host -> view. */
export type ToLedgerView =
  | { type: 'indexing'; done: number; total: number }
  /** `table` is the JSON text of a `LedgerTable` (src/ledger/ledger-table.ts), parsed in the view. */
  | { type: 'ledger'; table: string }
  | { type: 'empty'; reason: 'no-articles' | 'cancelled' | 'not-started' }
  | { type: 'error'; message: string };

/** View -> extension host. */
export type FromLedgerView =
  | { type: 'ready' }
  /** Open article `article` (its id) and select the mention. */
  | { type: 'open'; article: string; start: number; end: number }
  | { type: 'reindex' }
  /** What the view shows now, for the tests: rows after filtering, and the tab. */
  | { type: 'shown'; rows: number; tab: 'claims' | 'sources' };

/** Whether a message from the view has one of the shapes above (the view is a separate page: check, don't trust). */
export function isFromLedgerView(m: unknown): m is FromLedgerView {
  const x = m as Partial<Record<string, unknown>> | null;
  if (typeof x !== 'object' || x === null) return false;
  switch (x.type) {
    case 'ready':
    case 'reindex':
      return true;
    case 'open':
      return typeof x.article === 'string' && typeof x.start === 'number' && typeof x.end === 'number';
    case 'shown':
      return typeof x.rows === 'number' && (x.tab === 'claims' || x.tab === 'sources');
    default:
      return false;
  }
}
