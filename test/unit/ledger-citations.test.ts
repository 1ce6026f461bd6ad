/** Citation markers resolved to reference-list entries, in the common entry formats. */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core';
import { findCitations, parseReference } from '../../src/ledger';

describe('ledger: reference entries', () => {
  it('parses a bracketed entry with a quoted title', () => {
    const r = parseReference('[5] M. Okoro, "Drones seen near the border". Valmora Herald, 12 March 2031. https://example.org/herald/drones');
    assert.equal(r?.number, 5);
    assert.equal(r?.title, 'Drones seen near the border');
    assert.equal(r?.outlet, 'Valmora Herald');
    assert.equal(r?.isoDate, '2031-03-12');
    assert.equal(r?.url, 'https://example.org/herald/drones');
  });

  it('parses an MLA-style numbered entry with curly quotes and an abbreviated month', () => {
    const r = parseReference('3. “Ministry Weighs Aid Package.” The Daily Ledger, 23 Feb. 2023, https://example.com/aid.');
    assert.equal(r?.number, 3);
    assert.equal(r?.title, 'Ministry Weighs Aid Package');
    assert.equal(r?.outlet, 'The Daily Ledger');
    assert.equal(r?.isoDate, '2023-02-23');
    assert.equal(r?.url, 'https://example.com/aid');
  });

  it('parses an unquoted title with a year only', () => {
    const r = parseReference('[1] Harbour treaty, consolidated text. Treaty Secretariat, 2025. https://example.org/treaty');
    assert.equal(r?.title, 'Harbour treaty, consolidated text');
    assert.equal(r?.outlet, 'Treaty Secretariat');
    assert.equal(r?.date, '2025');
  });

  it('rejects a line that is not an entry', () => {
    assert.equal(parseReference('The ministry said so.'), undefined);
  });
});

describe('ledger: findCitations', () => {
  const text = [
    'The treaty bans transfers of armed drones [1]. Two audits found gaps [2, 3].',
    '',
    'A later review disagreed [4]. Earlier work covered three years [1–2].',
    '',
    'References',
    '[1] Harbour treaty, consolidated text. Treaty Secretariat, 2025. https://example.org/treaty',
    '[2] "Audit 2029". Treaty Secretariat, 12 May 2030. https://example.org/audit',
    '3. “Second audit.” The Daily Ledger, 1 June 2030, https://example.com/second',
    '',
  ].join('\n');
  const found = findCitations(text, analyze(text));

  it('finds the reference list and each marker with its offsets', () => {
    assert.deepEqual(found.references.map((r) => r.number), [1, 2, 3]);
    assert.deepEqual(found.markers.map((m) => m.text), ['[1]', '[2, 3]', '[4]', '[1–2]']);
    for (const m of found.markers) assert.equal(text.slice(m.start, m.end), m.text);
  });

  it('resolves lists and ranges of numbers', () => {
    assert.deepEqual(found.markers[1].references.map((r) => r.title), ['Audit 2029', 'Second audit']);
    assert.deepEqual(found.markers[3].numbers, [1, 2]);
  });

  it('reports a marker whose entry is missing', () => {
    assert.deepEqual(found.markers[2].references, []);
    assert.deepEqual(found.markers[2].missing, [4]);
  });

  it('does not take an entry label for a marker', () => {
    assert.ok(found.markers.every((m) => m.start < text.indexOf('References')));
  });
});
