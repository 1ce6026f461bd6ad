/**
 * The Ledger view's pure parts: the table built from a ledger, the page's
 * sorting and filtering (media/ledger.model.js, run as the webview runs it),
 * the hover lines, the export format by file name and the message guard.
 */
import { strict as assert } from 'node:assert';
import { sourceKey as ledgerSourceKey } from '../../src/ledger/stance';
import { analyseArticle } from '../../src/ledger/analyse-article';
import { findCitations } from '../../src/ledger/citations';
import { analyze } from '../../src/core';
import { citationLines, elsewhereLines, referenceLine } from '../../src/ledger/hover-text';
import { buildLedger } from '../../src/ledger/ledger';
import { elsewhere, rowIndex, toLedgerTable, type LedgerTable } from '../../src/ledger/ledger-table';
import { isFromLedgerView } from '../../src/ledger-editor/messages';
import { rowMatches, sourceKey, visibleColumns, visibleRows, visibleSources } from '../../media/ledger.model.js';

const entry = (stance: LedgerTable['rows'][number]['cells'][number]['entries'][number]['stance'], source: string, text = 'x') => ({ stance, source, text, start: 0, end: 1 });

/** A hand-made table: three rows, three articles. */
const TABLE: LedgerTable = {
  articles: [{ id: 'a.txt', title: 'Halvern Courier, 12 March 2031', outlet: 'Halvern Courier' }, { id: 'b.txt', title: 'Meridian Wire' }, { id: 'c.txt', title: 'c' }],
  rows: [
    { id: 'r0', label: 'Kestria shipped attack drones to Dorvania', status: 'disputed', summary: 'Alleged by officials, denied by Kestria.',
      cells: [{ article: 0, entries: [entry('alleged', 'three officials', 'Kestria has sent up to 300 drones')] }, { article: 1, entries: [entry('denied', "Kestria's government")] }] },
    { id: 'r1', label: 'The freighter docked at Saltmere', status: 'confirmed', summary: 'Confirmed by the agency.',
      cells: [{ article: 0, entries: [entry('confirmed', 'the agency')] }, { article: 1, entries: [entry('confirmed', 'the agency')] }, { article: 2, entries: [entry('confirmed', 'Meridian Wire')] }] },
    { id: 'r2', label: 'An inquiry had begun', status: 'alleged', summary: 'Alleged by a spokesman.',
      cells: [{ article: 2, entries: [entry('alleged', 'a spokesman')] }] },
  ],
  sources: [
    { name: 'the agency', kind: 'organisation', articles: [0, 1], stances: [{ row: 1, stance: 'confirmed' }] },
    { name: "Kestria's government", kind: 'organisation', articles: [1], stances: [{ row: 0, stance: 'denied' }] },
  ],
  mentions: 6,
};

describe('ledger view: sorting and filtering (media/ledger.model.js)', () => {
  it('sorts by number of articles, disputed first, or label, stably', () => {
    assert.deepEqual(visibleRows(TABLE, { sort: 'articles' }), [1, 0, 2]);
    assert.deepEqual(visibleRows(TABLE, { sort: 'disputed' }), [0, 1, 2]);
    assert.deepEqual(visibleRows(TABLE, { sort: 'label' }), [2, 0, 1]);
  });

  it('filters by row status or any mention stance', () => {
    assert.deepEqual(visibleRows(TABLE, { status: 'disputed' }), [0]);
    assert.deepEqual(visibleRows(TABLE, { status: 'denied' }), [0]);
    assert.deepEqual(visibleRows(TABLE, { status: 'alleged', sort: 'label' }), [2, 0]);
    assert.deepEqual(visibleRows(TABLE, { status: 'no-evidence' }), []);
  });

  it('filters by source however it is written', () => {
    assert.deepEqual(visibleRows(TABLE, { source: "KESTRIA'S GOVERNMENT" }), [0]);
    assert.deepEqual(visibleRows(TABLE, { source: 'Kestria' }), []);
    assert.deepEqual(visibleRows(TABLE, { source: 'The Agency' }), [1]);
    assert.equal(sourceKey("Kestria's government"), ledgerSourceKey("Kestria's government"));
    assert.equal(sourceKey('The  Agency'), ledgerSourceKey('The  Agency'));
  });

  it('filters by text in label, summary, mention text and source, ignoring case', () => {
    assert.deepEqual(visibleRows(TABLE, { text: 'SALTMERE' }), [1]);
    assert.deepEqual(visibleRows(TABLE, { text: 'up to 300' }), [0]);
    assert.deepEqual(visibleRows(TABLE, { text: 'spokesman' }), [2]);
    assert.deepEqual(visibleRows(TABLE, { text: '   ' }), [1, 0, 2]);
    assert.equal(rowMatches(TABLE.rows[0], { text: 'drones', status: 'denied', source: "Kestria's  government" }), true);
    assert.equal(rowMatches(TABLE.rows[0], { text: 'drones', status: 'confirmed' }), false);
  });

  it('shows the columns the shown rows use, in ledger order, up to a maximum', () => {
    assert.deepEqual(visibleColumns(TABLE, [2], 10), [2]);
    assert.deepEqual(visibleColumns(TABLE, [0, 2], 10), [0, 1, 2]);
    assert.deepEqual(visibleColumns(TABLE, [1], 2), [0, 1]);
  });

  it('filters the Sources tab by name, status and text', () => {
    assert.deepEqual(visibleSources(TABLE, {}), [0, 1]);
    assert.deepEqual(visibleSources(TABLE, { source: "kestria's government" }), [1]);
    assert.deepEqual(visibleSources(TABLE, { status: 'confirmed' }), [0]);
    assert.deepEqual(visibleSources(TABLE, { text: 'drones' }), [1]);
  });
});

describe('ledger view: table, hover lines, messages', () => {
  const herald = analyseArticle('Orsa Herald | Kell | 3 May 2030\n\nThe ferry operator secretly dumped fuel oil in Kell harbour, according to two dock workers.\n', 'herald.txt');
  const times = analyseArticle('Coast Times | Kell | 4 May 2030\n\nThe ferry operator denied that it had dumped fuel oil in Kell harbour.\n', 'times.txt');
  const ledger = buildLedger([times, herald]);

  it('builds one row per cluster with its cells in column order', () => {
    const table = toLedgerTable(ledger);
    assert.equal(table.rows.length, ledger.rows.length);
    assert.equal(table.mentions, ledger.mentions.length);
    assert.deepEqual(table.articles.map((a) => a.title), ['Orsa Herald, 3 May 2030', 'Coast Times, 4 May 2030']);
    const story = table.rows[0];
    assert.equal(story.status, 'disputed');
    assert.deepEqual(story.cells.map((c) => c.article), [0, 1]);
    // Plain data: survives JSON, as it crosses the worker and webview boundaries.
    assert.deepEqual(JSON.parse(JSON.stringify(table)), table);
  });

  it('writes one hover line per other article', () => {
    const m = ledger.mentions.find((x) => x.article === 0 && /dumped fuel oil/.test(x.text));
    assert.ok(m);
    const answer = elsewhere(ledger, rowIndex(ledger), 'herald.txt', m.start, m.text);
    assert.ok(answer);
    assert.deepEqual(elsewhereLines(answer), ['Coast Times, 4 May 2030: denied by The ferry operator']);
    const many = { ...answer, others: Array.from({ length: 10 }, (_, i) => ({ ...answer.others[0], article: `x${i}`, title: `Outlet ${i}` })) };
    const lines = elsewhereLines(many);
    assert.equal(lines.length, 9);
    assert.equal(lines[8], 'and 2 more articles');
  });

  it('writes a citation marker as its reference entries, and names the missing ones', () => {
    const text = 'The operator dumped oil, two workers said [1, 4].\n\nReferences\n[1] "Dock workers describe night-time pumping". Orsa Herald, 2 May 2030. https://example.org/dock\n';
    const { markers } = findCitations(text, analyze(text));
    assert.equal(markers.length, 1);
    assert.deepEqual(citationLines(markers[0]), [
      '[1] Dock workers describe night-time pumping — Orsa Herald, 2 May 2030 — https://example.org/dock',
      'No entry for [4] in the reference list',
    ]);
    assert.equal(referenceLine({ number: 2, start: 0, end: 5, text: '[2] A' }), '[2] A');
  });

  it('accepts only well-formed messages from the view', () => {
    assert.equal(isFromLedgerView({ type: 'ready' }), true);
    assert.equal(isFromLedgerView({ type: 'open', article: 'a.txt', start: 1, end: 4 }), true);
    assert.equal(isFromLedgerView({ type: 'open', article: 'a.txt', start: '1', end: 4 }), false);
    assert.equal(isFromLedgerView({ type: 'shown', rows: 3, tab: 'sources' }), true);
    assert.equal(isFromLedgerView({ type: 'shown', rows: 3, tab: 'other' }), false);
    assert.equal(isFromLedgerView({ type: 'run', command: 'x' }), false);
    assert.equal(isFromLedgerView(null), false);
  });
});
