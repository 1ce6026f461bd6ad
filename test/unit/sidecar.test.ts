import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { applyEdit, parseSidecar, serializeSidecar, SIDECAR_VERSION, type AnnotationSet, type ManualAnnotation, type Sidecar } from '../../src/annotations';
import { salvageAnnotations, SALVAGE_LIMIT } from '../../src/annotations/salvage';
import { ARTICLE, analysisOf, at, mayHedge } from './helpers/article';

const analysis = analysisOf();

/** A sidecar with one annotation of each kind of change. */
function sample(): Sidecar {
  const c = (i: number) => ({ kind: 'claim' as const, start: analysis.claims[i].start, end: analysis.claims[i].end });
  let set: AnnotationSet = applyEdit([], { type: 'set-status', target: c(2), status: 'confirmed' }, ARTICLE, '2025-03-01T10:00:00.000Z');
  set = applyEdit(set, { type: 'set-note', target: c(0), note: 'Line "one"\nline two' }, ARTICLE);
  set = applyEdit(set, { type: 'dismiss', target: { kind: 'hedge', ...mayHedge() } }, ARTICLE);
  const src = at(ARTICLE, 'The mayor');
  set = applyEdit(set, { type: 'add-claim', ...at(ARTICLE, 'the curfew'), status: 'alleged', source: { text: 'The mayor', start: src.start, end: src.end, kind: 'person' } }, ARTICLE);
  return { document: 'articles/curfew.txt', annotations: [...set] };
}

function parsedOk(text: string): Sidecar {
  const r = parseSidecar(text);
  assert.ok(r.ok, r.ok ? '' : r.message);
  return r.sidecar;
}

describe('sidecar: serialize', () => {
  it('writes canonical JSON: sorted keys, 2-space indent, trailing newline, text order', () => {
    const text = serializeSidecar(sample());
    assert.ok(text.endsWith('}\n'));
    assert.match(text, /^\{\n {2}"annotations": \[/);
    const doc = JSON.parse(text) as { annotations: ManualAnnotation[]; version: number; format: string };
    assert.deepEqual(Object.keys(doc), ['annotations', 'document', 'format', 'version']);
    assert.deepEqual(Object.keys(doc.annotations[0]), [...Object.keys(doc.annotations[0])].sort());
    const starts = doc.annotations.map((a) => a.anchor.position.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    assert.equal(doc.version, SIDECAR_VERSION);
  });

  it('does not depend on the order the edits were made in', () => {
    const s = sample();
    assert.equal(serializeSidecar({ ...s, annotations: [...s.annotations].reverse() }), serializeSidecar(s));
  });

  it('round-trips byte for byte', () => {
    const text = serializeSidecar(sample());
    const back = parsedOk(text);
    assert.equal(serializeSidecar(back), text);
    assert.deepEqual(back.annotations.map((a) => a.id).sort(), sample().annotations.map((a) => a.id).sort());
  });

  it('writes the removals when there are any, reads them back, and skips malformed ones', () => {
    const removed = { 'claim-0000abcd': '2025-03-01T11:00:00.000Z' };
    const text = serializeSidecar({ ...sample(), removed });
    assert.deepEqual(Object.keys(JSON.parse(text) as object), ['annotations', 'document', 'format', 'removed', 'version']);
    assert.deepEqual(parsedOk(text).removed, removed);
    assert.ok(!serializeSidecar({ ...sample(), removed: {} }).includes('"removed"'), 'left out when empty');
    const odd = JSON.parse(text) as { removed: unknown };
    odd.removed = { 'claim-1': 5, 'claim-2': '2025-03-01T12:00:00.000Z' };
    assert.deepEqual(parsedOk(JSON.stringify(odd)).removed, { 'claim-2': '2025-03-01T12:00:00.000Z' });
    odd.removed = ['claim-1'];
    assert.equal(parsedOk(JSON.stringify(odd)).removed, undefined);
  });

  it('writes and reads an empty sidecar, and reads one with a byte-order mark', () => {
    const text = serializeSidecar({ annotations: [] });
    assert.deepEqual(parsedOk(text), { annotations: [] });
    assert.equal(parsedOk('\uFEFF' + serializeSidecar(sample())).annotations.length, 4);
  });
});

describe('sidecar: damaged files', () => {
  const good = serializeSidecar(sample());

  function corrupt(text: string): { message: string; salvaged: ManualAnnotation[] } {
    const r = parseSidecar(text);
    assert.ok(!r.ok && r.error === 'corrupt', `expected corrupt, got ${JSON.stringify(r).slice(0, 200)}`);
    return r;
  }

  it('says an empty file is damaged', () => {
    assert.match(corrupt('').message, /empty/);
    assert.match(corrupt('  \n').message, /empty/);
  });

  it('salvages every annotation from a file with a syntax error', () => {
    const r = corrupt(good.replace('"annotations": [', '"annotations": [,'));
    assert.match(r.message, /not valid JSON/);
    assert.match(r.message, /4 annotations were recovered/);
    assert.equal(r.salvaged.length, 4);
  });

  it('salvages the complete entries of a truncated file', () => {
    const cut = good.slice(0, good.lastIndexOf('"id"'));
    const r = corrupt(cut);
    assert.equal(r.salvaged.length, 3);
  });

  it('salvages both sides of a merge conflict, one copy per id', () => {
    const doc = JSON.parse(good) as { annotations: ManualAnnotation[] };
    const [first, ...rest] = doc.annotations;
    const ours = JSON.stringify({ ...first, note: 'ours' }, null, 2);
    const theirs = JSON.stringify({ ...first, note: 'theirs' }, null, 2);
    const text = `{\n"annotations": [\n<<<<<<< HEAD\n${ours},\n=======\n${theirs},\n>>>>>>> branch\n${rest.map((a) => JSON.stringify(a)).join(',\n')}\n],\n"version": 1}\n`;
    const r = corrupt(text);
    assert.equal(r.salvaged.length, 4);
    assert.equal(r.salvaged.find((a) => a.id === first.id)?.note, 'ours');
  });

  it('keeps the valid entries and names the bad ones when entries were hand-mangled', () => {
    const doc = JSON.parse(good) as { annotations: Array<Record<string, unknown>> };
    doc.annotations[0].status = 'probably';
    doc.annotations[1].anchor = { quote: { exact: '' }, position: { start: 1, end: 2 } };
    const r = corrupt(JSON.stringify(doc));
    assert.match(r.message, /annotations\[0\]: status must be one of confirmed, alleged, denied/);
    assert.match(r.message, /annotations\[1\]: anchor\.quote\.exact/);
    assert.equal(r.salvaged.length, 2);
  });

  it('rejects duplicate ids, a missing list and a wrong top level', () => {
    const doc = JSON.parse(good) as { annotations: unknown[] };
    doc.annotations.push(doc.annotations[0]);
    assert.match(corrupt(JSON.stringify(doc)).message, /duplicate id/);
    assert.match(corrupt('{"version": 1, "format": "claimlens-annotations"}').message, /"annotations" must be a list/);
    assert.match(corrupt('[1, 2]').message, /not a JSON object/);
    assert.match(corrupt('{"annotations": [], "format": "claimlens-annotations"}').message, /"version" must be 1/);
  });

  it('refuses a sidecar from a newer version, parseable or not', () => {
    const newer = good.replace(`"version": ${SIDECAR_VERSION}`, '"version": 2');
    for (const text of [newer, newer.replace('"annotations": [', '"annotations": [,')]) {
      const r = parseSidecar(text);
      assert.ok(!r.ok && r.error === 'newer-version');
      assert.equal(r.version, 2);
      assert.match(r.message, /newer version/);
    }
  });

  it('never throws, whatever the input', () => {
    fc.assert(fc.property(fc.string(), (s) => { parseSidecar(s); }), { numRuns: 300 });
    fc.assert(fc.property(fc.json(), (s) => { parseSidecar(s); }), { numRuns: 300 });
    fc.assert(fc.property(fc.nat(good.length), fc.nat(good.length), fc.string({ maxLength: 3 }), (i, j, junk) => {
      const r = parseSidecar(good.slice(0, Math.min(i, j)) + junk + good.slice(Math.max(i, j)));
      assert.ok(r.ok || r.error === 'corrupt' || r.error === 'newer-version');
    }), { numRuns: 300 });
  });
});

describe('sidecar: recovering a damaged file takes linear work', () => {
  const entry = JSON.stringify(sample().annotations[0], null, 2);
  /** Damaged files that made a scan from every brace quadratic, each `size` characters long. */
  const shapes: Record<string, (size: number) => string> = {
    'open braces': (size) => '{'.repeat(size),
    'open objects': (size) => '{"a":'.repeat(size / 5),
    'deeply nested objects': (size) => '{"a":'.repeat(size / 10) + '}'.repeat(size / 10),
    'an unclosed string': (size) => '{"id": "' + 'x'.repeat(size),
    'annotations after an unclosed brace': (size) => '{'.repeat(size / 2) + `${entry},`.repeat(Math.floor(size / 2 / (entry.length + 1))),
  };

  for (const [name, make] of Object.entries(shapes)) {
    it(`recovers ${name} in steps proportional to the size`, () => {
      const steps = [25_000, 50_000, 100_000].map((size) => {
        const text = make(size);
        const result = salvageAnnotations(text);
        assert.ok(result.work <= 10 * text.length, `${result.work} steps for ${text.length} characters`);
        return result.work;
      });
      // Doubling the file at most doubles the work, give or take a little.
      assert.ok(steps[1] <= 2.5 * steps[0] && steps[2] <= 2.5 * steps[1], `steps grew ${steps.join(' -> ')}`);
    });
  }

  it('still finds every annotation after an unclosed brace', () => {
    const text = '{'.repeat(1000) + `${entry},\n`.repeat(3);
    assert.equal(salvageAnnotations(text).annotations.length, 1, 'one id, three copies');
  });

  it('searches only the first SALVAGE_LIMIT characters of a bigger file, and says so while keeping what it found', () => {
    const doc = JSON.parse(serializeSidecar(sample())) as { annotations: ManualAnnotation[] };
    const late = { ...doc.annotations[1], id: 'claim-late' };
    const text = `{"annotations": [${JSON.stringify(doc.annotations[0])},` + ' '.repeat(2 * SALVAGE_LIMIT) + `${JSON.stringify(late)}]`;
    const result = salvageAnnotations(text);
    assert.deepEqual([result.annotations.map((a) => a.id), result.scanned], [[doc.annotations[0].id], SALVAGE_LIMIT]);
    const r = parseSidecar(text);
    assert.ok(!r.ok && r.error === 'corrupt');
    assert.equal(r.salvaged.length, 1);
    assert.match(r.message, /too large to search whole: only its first 1\.0 MB \(of 2\.0 MB\) was searched/);
    assert.match(r.message, /1 annotation was recovered/);
  });
});
