/**
 * The serializers on a hand-made analysis (so that they are tested apart from
 * the rules) and on the real pipeline: JSON in the FORMAT.md shape with
 * `text === slice`, CSV that an RFC 4180 reader gets back field for field,
 * and a Markdown report grouped by status.
 */
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, type Analysis, type Span } from '../../src/core';
import { toJson, toJsonDocument } from '../../src/export/json';
import { CSV_HEADER, csvField, toCsv } from '../../src/export/csv';
import { toMarkdown } from '../../src/export/markdown';
import { claimId, normaliseClaimText } from '../../src/export/ids';
import { LineIndex } from '../../src/export/lines';

const TEXT = [
  'Officials in Varnhold said that "the depot, which held 1,200 drones, was empty."',
  'The Ministry of Trade denied the accusations, calling them *false* | baseless.',
  'She may resign, according to the Tessaly Ledger.',
].join('\r\n');

/** The span of the `n`th occurrence of `part` in TEXT. */
function at(part: string, n = 0): Span {
  let start = -1;
  for (let i = 0; i <= n; i++) start = TEXT.indexOf(part, start + 1);
  assert.ok(start >= 0, `"${part}" not in the fixture`);
  return { start, end: start + part.length, text: part };
}

/** What the rules would report for TEXT: one claim per status, a resolved pronoun, a hedge. */
function fixture(): Analysis {
  return {
    version: 1,
    claims: [
      { ...at('the depot, which held 1,200 drones, was empty.'), status: 'alleged', explanation: 'Attributed with "said" (neutral).', attribution: 0, hedges: [] },
      { ...at('the accusations'), status: 'denied', explanation: 'Denied by the Ministry of Trade ("denied").', attribution: 1, hedges: [] },
      { ...at('She may resign'), status: 'alleged', explanation: 'Hedged by "may"; attributed with "according to".', attribution: 2, hedges: [0] },
    ],
    attributions: [
      { source: { ...at('Officials in Varnhold'), kind: 'anonymous' }, cue: { ...at('said'), kind: 'neutral', lemma: 'say' }, content: at('"the depot, which held 1,200 drones, was empty."'), quoted: true },
      { source: { ...at('The Ministry of Trade'), kind: 'organisation' }, cue: { ...at('denied'), kind: 'denial', lemma: 'deny' } },
      { source: { ...at('the Tessaly Ledger'), kind: 'publication' }, cue: { ...at('according to'), kind: 'neutral', lemma: 'according to' } },
    ],
    hedges: [{ ...at('may'), category: 'modal', rule: 'modal:may' }],
    blocks: [],
    sentences: [],
  };
}

/** A strict RFC 4180 reader, written apart from the writer so that each checks the other. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < csv.length) {
    let field = '';
    if (csv[i] === '"') {
      i++;
      for (;;) {
        assert.ok(i < csv.length, 'unterminated quoted field');
        if (csv[i] === '"' && csv[i + 1] === '"') { field += '"'; i += 2; } else if (csv[i] === '"') { i++; break; } else field += csv[i++];
      }
    } else {
      while (i < csv.length && csv[i] !== ',' && csv[i] !== '\r') {
        assert.notEqual(csv[i], '"', 'quote inside an unquoted field');
        assert.notEqual(csv[i], '\n', 'bare LF inside an unquoted field');
        field += csv[i++];
      }
    }
    row.push(field);
    if (csv[i] === ',') i++;
    else {
      assert.equal(csv.slice(i, i + 2), '\r\n', `record not ended by CRLF at ${i}`);
      i += 2;
      rows.push(row);
      row = [];
    }
  }
  return rows;
}

describe('export', () => {
  describe('json', () => {
    it('has the FORMAT.md fields, and every span is the slice it names', () => {
      const doc = JSON.parse(toJson(fixture(), TEXT, { document: 'fixture.txt' }));
      assert.equal(doc.version, 1);
      assert.equal(doc.document, 'fixture.txt');
      assert.deepEqual(doc.claims.map((c: { status: string }) => c.status), ['alleged', 'denied', 'alleged']);
      const spans: Span[] = [...doc.claims, ...doc.hedges, ...doc.attributions.flatMap((a: { source: Span; cue: Span; content?: Span }) => [a.source, a.cue, ...(a.content ? [a.content] : [])])];
      assert.equal(spans.length, 3 + 1 + 7);
      for (const s of spans) {
        assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start < s.end, JSON.stringify(s));
        assert.equal(TEXT.slice(s.start, s.end), s.text);
      }
    });

    it('adds ids, line/column, source, hedges and the explanation', () => {
      const doc = toJsonDocument(fixture(), TEXT, { document: 'f' }) as { claims: Array<Record<string, unknown>>; hedges: Array<Record<string, unknown>> };
      const she = doc.claims[2];
      assert.equal(she.id, claimId('She may resign'));
      assert.equal(she.line, 3);
      assert.equal(she.column, 1);
      assert.equal(she.source, 'the Tessaly Ledger');
      assert.deepEqual(she.hedges, ['may']);
      assert.match(String(she.explanation), /may/);
      assert.deepEqual(doc.hedges[0], { start: TEXT.indexOf('may'), end: TEXT.indexOf('may') + 3, text: 'may', category: 'modal', rule: 'modal:may', line: 3, column: 5 });
    });

    it('gives the same id to the same claim however it is typed', () => {
      assert.equal(normaliseClaimText('  “The depot was  EMPTY.” '), 'the depot was empty');
      assert.equal(claimId('The depot was empty.'), claimId('the depot   was empty'));
      assert.notEqual(claimId('The depot was empty.'), claimId('The depot was full.'));
      // Both 32-bit halves must still tell apart texts that differ only at the start of a long claim.
      const tail = ' and the rest of a long sentence'.repeat(10);
      const [a, b] = [claimId('A' + tail), claimId('B' + tail)];
      assert.notEqual(a.slice(6, 14), b.slice(6, 14));
      assert.notEqual(a.slice(14), b.slice(14));
    });
  });

  describe('csv', () => {
    it('quotes commas, quotes and line breaks, and nothing else', () => {
      assert.equal(csvField('plain text'), 'plain text');
      assert.equal(csvField(12), '12');
      assert.equal(csvField('a, b'), '"a, b"');
      assert.equal(csvField('say "no"'), '"say ""no"""');
      assert.equal(csvField('two\r\nlines'), '"two\r\nlines"');
      assert.equal(csvField('lf\nonly'), '"lf\nonly"');
    });

    it('round-trips through an RFC 4180 reader: header, then one row per claim', () => {
      const rows = parseCsv(toCsv(fixture(), TEXT, 'a "quoted", name.txt'));
      assert.deepEqual(rows[0], CSV_HEADER);
      assert.deepEqual(rows.slice(1), [
        ['a "quoted", name.txt', '1', 'alleged', 'the depot, which held 1,200 drones, was empty.', 'Officials in Varnhold', 'said', ''],
        ['a "quoted", name.txt', '2', 'denied', 'the accusations', 'The Ministry of Trade', 'denied', ''],
        ['a "quoted", name.txt', '3', 'alleged', 'She may resign', 'the Tessaly Ledger', 'according to', 'may'],
      ]);
    });

    it('keeps a claim that spans a line break in one field', () => {
      const text = 'The convoy crossed\nthe border, "twice".';
      const analysis: Analysis = { ...fixture(), attributions: [], hedges: [], claims: [{ start: 0, end: text.length, text, status: 'confirmed', explanation: 'x', hedges: [] }] };
      const rows = parseCsv(toCsv(analysis, text, 'f.txt'));
      assert.equal(rows.length, 2);
      assert.equal(rows[1][3], text);
    });

    it('names a resolved pronoun source with its antecedent', () => {
      const analysis = fixture();
      analysis.attributions[2].source = { ...at('She'), kind: 'pronoun', resolved: at('Officials in Varnhold') };
      const rows = parseCsv(toCsv(analysis, TEXT, 'f'));
      assert.equal(rows[3][4], 'She (Officials in Varnhold)');
    });
  });

  describe('markdown', () => {
    const report = toMarkdown(fixture(), TEXT, 'fixture.txt');

    it('groups claims under status headings, denied first', () => {
      const headings = report.split('\n').filter((l) => l.startsWith('### '));
      assert.deepEqual(headings, ['### Denied (1)', '### Alleged (2)', '### Sources']);
      const denied = report.slice(report.indexOf('### Denied'), report.indexOf('### Alleged'));
      assert.match(denied, /line 2\*\*: the accusations/);
      assert.doesNotMatch(denied, /depot/);
    });

    it('gives each claim its source, cue, hedges and explanation', () => {
      assert.match(report, /source: \*the Tessaly Ledger\* \(publication\), cue “according to” \(neutral\)/);
      assert.match(report, /hedges: “may” \(modal\)/);
      assert.match(report, /why: Hedged by "may"; attributed with "according to"\./);
    });

    it('escapes Markdown in article text and tabulates the sources', () => {
      const analysis = fixture();
      analysis.claims[1] = { ...at('calling them *false* | baseless.'), status: 'denied', explanation: 'e', attribution: 1, hedges: [] };
      const md = toMarkdown(analysis, TEXT, 'f');
      assert.match(md, /calling them \\\*false\\\* \\\| baseless\./);
      assert.match(md, /^\| The Ministry of Trade \| organisation \| 1 \| 0 \| 0 \| 1 \|$/m);
    });
  });

  describe('lines', () => {
    it('counts LF, CRLF and lone CR line ends once each', () => {
      const index = new LineIndex('a\nb\r\nc\rd');
      assert.deepEqual(['a', 'b', 'c', 'd'].map((_, i) => index.position([0, 2, 5, 7][i])), [1, 2, 3, 4].map((line) => ({ line, column: 1 })));
      assert.deepEqual(index.position(4), { line: 2, column: 3 });
    });
  });

  describe('on the real pipeline', () => {
    it('exports spans that are slices of the text', () => {
      const text = 'Headline about drones\n\nThe agency confirmed that 40 drones were shipped, the report said.\r\n“It may be false,” said Ana Brisk.';
      const doc = JSON.parse(toJson(analyze(text), text, { document: 'x' }));
      assert.ok(doc.claims.length > 0);
      for (const s of [...doc.claims, ...doc.hedges]) assert.equal(text.slice(s.start, s.end), s.text);
    });

    it('produces JSON the shared scorer reads, for the shared corpus', async function () {
      const shared = fileURLToPath(new URL('../../../shared', import.meta.url));
      if (!existsSync(join(shared, 'eval', 'score.mjs'))) {
        console.log(`      (skipped: ${shared} is absent; the shared corpus test runs when it is present)`);
        this.skip();
      }
      const articles = join(shared, 'corpus', 'articles');
      const out = mkdtempSync(join(tmpdir(), 'claimlens-export-'));
      try {
        for (const name of readdirSync(articles)) {
          const text = readFileSync(join(articles, name), 'utf8').replace(/^\uFEFF/, '');
          const json = toJson(analyze(text), text, { document: name });
          for (const c of JSON.parse(json).claims) assert.equal(text.slice(c.start, c.end), c.text);
          writeFileSync(join(out, name.replace(/\.[^.]+$/, '.json')), json);
        }
        const { scoreDirs } = await import(join(shared, 'eval', 'score.mjs'));
        const r = scoreDirs(join(shared, 'corpus', 'gold'), out);
        assert.equal(r.documents, readdirSync(articles).length);
        assert.ok(r.tally.claim.tp > 0, 'the scorer matched no claim at all');
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    });
  });
});
