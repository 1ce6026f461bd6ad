/** The ledger model: rows, columns, disputed rows, summaries, back-references and the sources view. */
import { strict as assert } from 'node:assert';
import { articleMeta, buildLedger, rowStatus, summarise } from '../../src/ledger';
import { record, storyRecords } from '../fixtures/ledger/records';

describe('ledger: model', () => {
  const ledger = buildLedger(storyRecords());
  const story = ledger.rows[0];

  it('orders columns by date and puts the most widely reported claim first', () => {
    assert.deepEqual(ledger.articles.map((a) => a.outlet), ['Valmora Courier', 'Meridian Wire', 'Northgate Times']);
    assert.equal(Object.keys(story.cells).length, 3);
    assert.match(story.cluster.label, /Kestria/);
  });

  it('marks a row disputed when sources conflict, and keeps status per source', () => {
    assert.equal(story.status, 'disputed');
    const statuses = story.cluster.mentions.map((m) => `${ledger.mentions[m].source}:${ledger.mentions[m].status}`);
    assert.ok(statuses.includes('three officials:alleged'));
    assert.ok(statuses.includes('Kestria:denied'));
  });

  it('writes a summary sentence per row', () => {
    assert.equal(story.summary, 'Alleged by three officials and The Courier, denied by Kestria, no evidence per Hanna Lovik.');
  });

  it('attaches a back-reference to the claim it points to', () => {
    const back = ledger.mentions.findIndex((m) => m.text === 'the accusations');
    assert.ok(story.cluster.mentions.includes(back));
  });

  it('keeps unrelated claims in rows of their own', () => {
    const harbour = ledger.rows.find((r) => /harbour/i.test(r.cluster.label));
    assert.equal(harbour?.cluster.mentions.length, 1);
    assert.equal(harbour?.status, 'confirmed');
  });

  it('lists each source across articles with its stance on each claim', () => {
    const kestria = ledger.sources.find((s) => s.name === 'Kestria');
    assert.deepEqual(kestria?.stances.map((s) => [ledger.rows[s.row].cluster.id, s.stance]), [[story.cluster.id, 'denied']]);
    const lovik = ledger.sources.find((s) => s.name === 'Hanna Lovik');
    assert.equal(lovik?.stances[0].stance, 'no-evidence');
  });

  it('gives stable, unique cluster ids', () => {
    const ids = ledger.rows.map((r) => r.cluster.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(buildLedger(storyRecords()).rows.map((r) => r.cluster.id), ids);
  });

  it('handles an empty input', () => {
    const empty = buildLedger([record('x.txt', undefined, undefined, [])]);
    assert.deepEqual(empty.rows, []);
  });
});

describe('ledger: row status and summary', () => {
  it('is disputed only across polarity', () => {
    assert.equal(rowStatus(['alleged', 'confirmed']), 'alleged');
    assert.equal(rowStatus(['confirmed', 'confirmed']), 'confirmed');
    assert.equal(rowStatus(['denied', 'no-evidence']), 'denied');
    assert.equal(rowStatus(['alleged', 'no-evidence']), 'disputed');
  });

  it('counts many sources and names few', () => {
    const m = (source: string) => ({ source, status: 'alleged' as const, explanation: '' });
    assert.equal(summarise([m('NATO'), m('the Pentagon'), m('Blinken'), m('pentagon'), m('a diplomat')]), 'Alleged by 4 sources.');
  });
});

describe('ledger: article meta', () => {
  it('reads outlet and date from a masthead line', () => {
    const meta = articleMeta('Harbour reopens after storm damage\nValmora Courier | Tarsk | 3 April 2031\n\nThe harbour reopened.', 'a.txt');
    assert.equal(meta.outlet, 'Valmora Courier');
    assert.equal(meta.isoDate, '2031-04-03');
    assert.equal(meta.title, 'Harbour reopens after storm damage');
  });

  it('falls back to a repeated news name, then to the file name', () => {
    assert.equal(articleMeta('Storm hits coast\nBy A. Writer\n\nThe Valmora Courier has learned ... the Valmora Courier said.', 'b.txt').outlet, 'Valmora Courier');
    assert.equal(articleMeta('Storm hits the coast overnight', 'c-story.txt').outlet, 'c-story');
  });
});
