/**
 * The CLI's annotated formats: JSON with ids and origin, Web Annotation,
 * ClaimReview and brat, with the decisions of an editor sidecar merged in;
 * a damaged sidecar is reported, brat needs --out and never overwrites the
 * article, and a failed write leaves nothing behind.
 */
import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchFolders } from './helpers/folders';
import { applyEdit, serializeSidecar } from '../../src/annotations';
import { analyze } from '../../src/core';
import { main } from '../../src/cli/main';

const ARTICLE = 'The ministry said that the convoy crossed the border on Tuesday.\n\nOfficials could not confirm the report.\n';

function run(...argv: string[]): { code: number; out: string; err: string[] } {
  let out = '';
  const err: string[] = [];
  const code = main(argv, (s) => { out += s; }, (s) => { err.push(s); });
  return { code, out, err };
}

/** A sidecar for `file` in `root/.claimlens` that sets the first claim's status and a note. */
function writeSidecar(root: string, rel: string): { start: number; end: number } {
  const claim = analyze(ARTICLE).claims[0];
  const target = { kind: 'claim' as const, start: claim.start, end: claim.end };
  let set = applyEdit([], { type: 'set-status', target, status: 'denied' }, ARTICLE, '2026-01-02T03:04:05.000Z');
  set = applyEdit(set, { type: 'set-note', target, note: 'Checked with the border agency.' }, ARTICLE);
  mkdirSync(join(root, '.claimlens'), { recursive: true });
  writeFileSync(join(root, '.claimlens', `${rel}.json`), serializeSidecar({ document: rel, annotations: set }));
  return claim;
}

describe('cli: annotated formats', () => {
  const folder = scratchFolders('claimlens-cli-anno-');

  it('merges the sidecar decisions into json-annotated: status, note, origin', () => {
    const d = folder();
    writeFileSync(join(d, 'a.txt'), ARTICLE);
    const claim = writeSidecar(d, 'a.txt');
    const r = run('analyze', join(d, 'a.txt'), '--format', 'json-annotated');
    assert.equal(r.code, 0, r.err.join('\n'));
    const doc = JSON.parse(r.out);
    const first = doc.claims.find((c: { start: number }) => c.start === claim.start);
    assert.equal(first.status, 'denied');
    assert.equal(first.origin, 'manual');
    assert.equal(first.note, 'Checked with the border agency.');
    assert.equal(first.line, 1);
    assert.ok(doc.claims.filter((c: { origin: string }) => c.origin === 'auto').length > 0, 'the other claims stay automatic');
  });

  it('writes a Web Annotation collection and a ClaimReview graph naming the reviewer', () => {
    const d = folder();
    writeFileSync(join(d, 'a.txt'), ARTICLE);
    writeSidecar(d, 'a.txt');
    const wa = JSON.parse(run('analyze', join(d, 'a.txt'), '--format', 'webannotation', '--reviewer', 'Ana Checker').out);
    assert.equal(wa.type, 'AnnotationCollection');
    assert.equal(wa.total, wa.first.items.length);
    const manual = wa.first.items.filter((i: { creator?: { name: string } }) => i.creator?.name === 'Ana Checker');
    assert.equal(manual.length, 1);
    const cr = JSON.parse(run('analyze', join(d, 'a.txt'), '--format', 'claimreview', '--reviewer', 'Ana Checker').out);
    assert.equal(cr['@context'], 'https://schema.org');
    assert.equal(cr['@graph'].length, 1, 'only the reviewed claim');
    assert.equal(cr['@graph'][0].reviewRating.alternateName, 'denied');
    assert.equal(cr['@graph'][0].author.name, 'Ana Checker');
    assert.equal(cr['@graph'][0].itemReviewed.appearance.url, 'a.txt', 'the file name, as the article lies outside the current folder');
  });

  it('combines several articles into one collection and one graph', () => {
    const d = folder();
    writeFileSync(join(d, 'a.txt'), ARTICLE);
    writeFileSync(join(d, 'b.txt'), ARTICLE);
    const wa = JSON.parse(run('analyze', d, '--format', 'webannotation').out);
    const sources = new Set(wa.first.items.map((i: { target: { source: string } | { source: string }[] }) => (Array.isArray(i.target) ? i.target[0] : i.target).source));
    assert.equal(sources.size, 2);
    const cr = JSON.parse(run('analyze', d, '--format', 'claimreview').out);
    assert.deepEqual(cr['@graph'], [], 'nothing reviewed, an empty graph');
  });

  it('writes brat .ann and .txt pairs whose offsets slice the text copy', () => {
    const d = folder();
    const out = join(d, 'out');
    writeFileSync(join(d, 'a.article'), ARTICLE);
    assert.equal(run('analyze', d, '--format', 'brat', '--out', out).code, 0);
    assert.deepEqual(readdirSync(out).sort(), ['a.ann', 'a.txt']);
    const txt = readFileSync(join(out, 'a.txt'), 'utf8');
    const lines = readFileSync(join(out, 'a.ann'), 'utf8').split('\n').filter((l) => l.startsWith('T'));
    assert.ok(lines.some((l) => /\tClaim \d/.test(l)));
    for (const line of lines) {
      const [, spec, shown] = line.split('\t');
      const [s, e] = spec.split(' ').slice(1).map(Number);
      assert.equal(Array.from(txt).slice(s, e).join(''), shown);
    }
  });

  it('refuses brat without --out, and a text copy that would replace the article', () => {
    const d = folder();
    writeFileSync(join(d, 'a.txt'), ARTICLE);
    const noOut = run('analyze', d, '--format', 'brat');
    assert.equal(noOut.code, 2);
    assert.match(noOut.err[0], /brat .*--out/);
    const same = run('analyze', join(d, 'a.txt'), '--format', 'brat', '--out', d);
    assert.equal(same.code, 1);
    assert.match(same.err[0], /is an input article; refusing to write over it/);
    assert.equal(readFileSync(join(d, 'a.txt'), 'utf8'), ARTICLE, 'the article is untouched');
    assert.deepEqual(readdirSync(d), ['a.txt'], 'no .ann written either');
  });

  it('writes nothing of a pair when one file of it cannot be written', () => {
    const d = folder();
    const out = join(d, 'out');
    writeFileSync(join(d, 'a.md'), ARTICLE);
    mkdirSync(join(out, 'a.txt'), { recursive: true });
    const r = run('analyze', join(d, 'a.md'), '--format', 'brat', '--out', out);
    assert.equal(r.code, 1);
    assert.match(r.err[0], /cannot write .*nothing was written/);
    assert.deepEqual(readdirSync(out), ['a.txt'], 'no .ann and no temporary file left');
  });

  it('reports a damaged sidecar and still writes the output; rejects an unknown format', () => {
    const d = folder();
    writeFileSync(join(d, 'a.txt'), ARTICLE);
    mkdirSync(join(d, '.claimlens'));
    writeFileSync(join(d, '.claimlens', 'a.txt.json'), '{"format": "claimlens-annotations", "version": 1, "annotations": [');
    const r = run('analyze', join(d, 'a.txt'), '--format', 'json-annotated');
    assert.equal(r.code, 0);
    assert.equal(r.err.length, 1);
    assert.match(r.err[0], /damaged/);
    assert.ok(JSON.parse(r.out).claims.length > 0);
    const bad = run('analyze', d, '--format', 'rdf');
    assert.equal(bad.code, 2);
    assert.match(bad.err[0], /unknown format "rdf" \(use .*webannotation.*brat/);
  });
});
