/**
 * Manual corrections count everywhere on the command line: the json, csv and
 * md output and the ledger read the decisions saved by the editor in
 * `.claimlens/<path>.json`; `--raw` shows the analysis alone.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdit, serializeSidecar } from '../../src/annotations';
import { main } from '../../src/cli/main';
import { analyze } from '../../src/core';
import { scratchFolders } from './helpers/folders';
import { parseCsv } from './helpers/parsers';

const ARTICLE = 'The harbour office said that the pier will close in June.\n\nThe ferry company denied that it had cancelled the summer timetable.\n';

function run(...argv: string[]): { code: number; out: string; err: string[] } {
  let out = '';
  const err: string[] = [];
  const code = main(argv, (s) => { out += s; }, (s) => { err.push(s); });
  return { code, out, err };
}

/** A folder with the article and a sidecar that confirms its first claim and dismisses its second. */
function reviewedFolder(d: string): { first: string; second: string } {
  writeFileSync(join(d, 'pier.txt'), ARTICLE);
  const [first, second] = analyze(ARTICLE).claims;
  assert.ok(first && second && first.status !== 'confirmed', 'the article has two claims, the first not confirmed');
  let set = applyEdit([], { type: 'set-status', target: { kind: 'claim', start: first.start, end: first.end }, status: 'confirmed' }, ARTICLE, '2026-01-02T03:04:05.000Z');
  set = applyEdit(set, { type: 'dismiss', target: { kind: 'claim', start: second.start, end: second.end } }, ARTICLE, '2026-01-02T03:04:06.000Z');
  mkdirSync(join(d, '.claimlens'));
  writeFileSync(join(d, '.claimlens', 'pier.txt.json'), serializeSidecar({ document: 'pier.txt', annotations: set }));
  return { first: first.status, second: second.text };
}

describe('cli: decisions from the sidecar', () => {
  const folder = scratchFolders('claimlens-cli-decisions-');

  it('shows the corrected statuses in json, csv and md, and the analysis alone with --raw', () => {
    const d = folder();
    const before = reviewedFolder(d);
    const file = join(d, 'pier.txt');
    const json = JSON.parse(run('analyze', file).out) as { claims: { status: string; origin: string; text: string }[] };
    assert.equal(json.claims[0].status, 'confirmed');
    assert.equal(json.claims[0].origin, 'manual');
    assert.ok(!json.claims.some((c) => c.text === before.second), 'the dismissed claim is left out');
    const raw = JSON.parse(run('analyze', file, '--raw').out) as { claims: { status: string; origin: string; text: string }[] };
    assert.equal(raw.claims[0].status, before.first);
    assert.equal(raw.claims[0].origin, 'auto');
    assert.ok(raw.claims.some((c) => c.text === before.second));
    const csv = parseCsv(run('analyze', file, '--format', 'csv').out);
    assert.equal(csv[1][2], 'confirmed');
    assert.equal(csv.length, json.claims.length + 1);
    assert.match(run('analyze', file, '--format', 'md').out, /confirmed/i);
    assert.equal(parseCsv(run('analyze', file, '--format', 'csv', '--raw').out)[1][2], before.first);
  });

  it('builds the ledger with the corrected statuses, and without them with --raw', () => {
    const d = folder();
    const before = reviewedFolder(d);
    type Mention = { text: string; status: string };
    type LedgerJson = { claims: { cells: { mentions: Mention[] }[] }[] };
    const mentions = (l: LedgerJson): Mention[] => l.claims.flatMap((c) => c.cells.flatMap((cell) => cell.mentions));
    const decided = mentions(JSON.parse(run('ledger', d).out) as LedgerJson);
    const raw = mentions(JSON.parse(run('ledger', d, '--raw').out) as LedgerJson);
    const statusOf = (list: Mention[], start: string) => list.find((m) => m.text.startsWith(start))?.status;
    assert.equal(statusOf(decided, 'the pier will close'), 'confirmed');
    assert.equal(statusOf(raw, 'the pier will close'), before.first);
    assert.equal(decided.length, raw.length - 1, 'the dismissed claim is no mention');
  });
});
