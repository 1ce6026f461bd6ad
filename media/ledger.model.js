// @ts-check
/**
 * Sorting and filtering of the Ledger view's rows, free of the DOM so the
 * unit tests run it as is (test/unit/ledger-view-model.test.ts). Types:
 * ledger.model.d.ts; the table shape: src/ledger/ledger-table.ts.
 */

/** Row orders the view offers. */
export const SORTS = /** @type {const} */ (['articles', 'disputed', 'label']);
/** Statuses a row or a mention can have, for the status filter. */
export const STATUSES = /** @type {const} */ (['disputed', 'confirmed', 'alleged', 'denied', 'no-evidence']);

/**
 * The same source however it is written (as src/ledger/stance.ts sourceKey does).
 * @param {string} name
 */
export function sourceKey(name) {
  return name.toLowerCase().replace(/^(the|a|an)\s+/, '').replace(/[’']s$/, '').replace(/\s+/g, ' ').trim();
}

/**
 * Whether a row passes the filter: its status or one mention's stance, one
 * mention's source, and the text anywhere in label, summary, mentions or sources.
 * @param {import('./ledger.model').TableRow} row
 * @param {import('./ledger.model').Filter} filter
 */
export function rowMatches(row, filter) {
  const entries = row.cells.flatMap((c) => c.entries);
  if (filter.status && row.status !== filter.status && !entries.some((e) => e.stance === filter.status)) return false;
  if (filter.source) {
    const key = sourceKey(filter.source);
    if (!entries.some((e) => sourceKey(e.source) === key)) return false;
  }
  const text = (filter.text ?? '').trim().toLowerCase();
  if (text) {
    const haystack = [row.label, row.summary, ...entries.map((e) => e.text), ...entries.map((e) => e.source)].join('\n').toLowerCase();
    if (!haystack.includes(text)) return false;
  }
  return true;
}

/**
 * Indices of the rows to show, filtered then sorted. Ties keep the ledger's
 * order (most articles first), so every sort is stable.
 * @param {import('./ledger.model').LedgerTable} table
 * @param {import('./ledger.model').Filter & { sort?: string }} state
 * @returns {number[]}
 */
export function visibleRows(table, state) {
  const rows = table.rows;
  const picked = rows.map((_, i) => i).filter((i) => rowMatches(rows[i], state));
  const spread = (/** @type {number} */ i) => rows[i].cells.length;
  const disputed = (/** @type {number} */ i) => (rows[i].status === 'disputed' ? 0 : 1);
  if (state.sort === 'label') picked.sort((a, b) => rows[a].label.localeCompare(rows[b].label) || a - b);
  else if (state.sort === 'disputed') picked.sort((a, b) => disputed(a) - disputed(b) || spread(b) - spread(a) || a - b);
  else picked.sort((a, b) => spread(b) - spread(a) || a - b);
  return picked;
}

/**
 * The distinct source names of the table, most quoted first, for the source filter.
 * @param {import('./ledger.model').LedgerTable} table
 * @returns {string[]}
 */
export function sourceNames(table) {
  return table.sources.map((s) => s.name);
}

/**
 * Indices of the sources to show in the Sources tab: by name (the source
 * filter) and text (in the name or the labels of the claims it speaks to).
 * @param {import('./ledger.model').LedgerTable} table
 * @param {import('./ledger.model').Filter} filter
 * @returns {number[]}
 */
export function visibleSources(table, filter) {
  const key = filter.source ? sourceKey(filter.source) : '';
  const text = (filter.text ?? '').trim().toLowerCase();
  return table.sources.map((_, i) => i).filter((i) => {
    const s = table.sources[i];
    if (key && sourceKey(s.name) !== key) return false;
    if (filter.status && !s.stances.some((x) => x.stance === filter.status || table.rows[x.row]?.status === filter.status)) return false;
    if (!text) return true;
    return [s.name, ...s.stances.map((x) => table.rows[x.row]?.label ?? '')].join('\n').toLowerCase().includes(text);
  });
}

/**
 * The columns to show: the articles with a mention in the shown rows, in
 * ledger order (by date), at most `max`.
 * @param {import('./ledger.model').LedgerTable} table
 * @param {number[]} rows
 * @param {number} max
 * @returns {number[]}
 */
export function visibleColumns(table, rows, max) {
  const used = new Set();
  for (const r of rows) for (const c of table.rows[r].cells) used.add(c.article);
  return table.articles.map((_, i) => i).filter((i) => used.has(i)).slice(0, max);
}
