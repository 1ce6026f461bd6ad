/** The ledger renderers: JSON shape, a Markdown table, and one accessible, self-contained, escaped HTML page. */
import { strict as assert } from 'node:assert';
import { buildLedger, toLedgerHtml, toLedgerJson, toLedgerMarkdown } from '../../src/ledger';
import { storyRecords } from '../fixtures/ledger/records';

const ledger = buildLedger(storyRecords());

describe('ledger: JSON', () => {
  const doc = JSON.parse(toLedgerJson(ledger)) as {
    version: number; articles: { id: string }[];
    claims: { id: string; label: string; status: string; summary: string; cells: { article: string; mentions: { status: string; source: string }[] }[] }[];
    sources: { name: string; articles: string[]; stances: { claim: string; stance: string }[] }[];
  };

  it('has articles, claims with cells by article id, and sources', () => {
    assert.equal(doc.version, 1);
    assert.deepEqual(doc.articles.map((a) => a.id), ['courier.txt', 'wire.txt', 'times.md']);
    assert.equal(doc.claims[0].status, 'disputed');
    assert.deepEqual(doc.claims[0].cells.map((c) => c.article), ['courier.txt', 'wire.txt', 'times.md']);
    const claimIds = new Set(doc.claims.map((c) => c.id));
    for (const s of doc.sources) for (const st of s.stances) assert.ok(claimIds.has(st.claim));
  });
});

describe('ledger: Markdown', () => {
  const md = toLedgerMarkdown(ledger);
  const rows = md.split('\n').filter((l) => l.startsWith('|'));

  it('is a table with one column per article and the same number of cells in every row', () => {
    assert.match(rows[0], /\| Claim \| Status \| Summary \| Valmora Courier, 12 March 2031 \| Meridian Wire, 13 March 2031 \| Northgate Times, 15 March 2031 \|/);
    const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    const claimRows = rows.slice(0, rows.findIndex((l) => l.startsWith('| Source')));
    for (const l of claimRows) assert.equal(cells(l), cells(rows[0]), l);
    assert.match(md, /\*\*disputed\*\*/);
    assert.match(md, /## Sources/);
  });
});

describe('ledger: HTML', () => {
  const html = toLedgerHtml(ledger, { articleHref: (m) => `articles/${m.id}` });

  it('escapes article text', () => {
    assert.ok(!html.includes('<safe>'));
    assert.ok(html.includes('&lt;safe&gt; &amp; clean'));
  });

  it('uses semantic, labelled tables and a language', () => {
    assert.match(html, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.equal((html.match(/<caption>/g) ?? []).length, 2);
    assert.ok(html.includes('<th scope="col">'));
    assert.ok(html.includes('<th scope="row">'));
  });

  it('conveys status in words, with colours for both schemes', () => {
    assert.match(html, /<span class="status disputed">disputed<\/span>/);
    assert.match(html, /prefers-color-scheme: dark/);
  });

  it('loads nothing from outside: no scripts, and links only to the articles and its own rows', () => {
    assert.ok(!/<script|<link|<img|<iframe|@import|url\(/i.test(html));
    const targets = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
    assert.ok(targets.length > 0);
    for (const t of targets) assert.ok(t.startsWith('./articles/') || t.startsWith('#'), t);
  });
});
