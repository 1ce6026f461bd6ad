/** The batch format: good and bad input lines, streaming through the CLI adapter, and a ledger from results. */
import { strict as assert } from 'node:assert';
import { PassThrough, Readable } from 'node:stream';
import { analyseJsonlLine, ledgerFromJsonl } from '../../src/ledger';
import { runJsonl } from '../../src/cli/jsonl';

const ARTICLE = 'Valmora Courier | Tarsk | 3 April 2031\n\nThe ministry said that Kestria supplied attack drones to Dorvania.\n\nKestria denied that it supplied attack drones to Dorvania.\n';

describe('ledger: JSONL lines', () => {
  it('turns a good line into a result line with the id, the analysis and the article meta', () => {
    const r = analyseJsonlLine(JSON.stringify({ id: 'a1', text: ARTICLE }), 1);
    assert.ok(r?.ok);
    const doc = JSON.parse(r.line) as { id: string; version: number; claims: unknown[]; article: { outlet: string } };
    assert.equal(doc.id, 'a1');
    assert.equal(doc.version, 1);
    assert.ok(doc.claims.length > 0);
    assert.equal(doc.article.outlet, 'Valmora Courier');
  });

  it('accepts a numeric id and skips blank lines', () => {
    assert.ok(analyseJsonlLine('{"id": 7, "text": ""}', 1)?.ok);
    assert.equal(analyseJsonlLine('   ', 2), undefined);
  });

  it('turns each kind of bad line into an error line naming the line', () => {
    for (const [bad, why] of [['not json', /not JSON/], ['[1,2]', /object/], ['{"text": "x"}', /"id"/], ['{"id": "b", "text": 3}', /"text"/]] as const) {
      const r = analyseJsonlLine(bad, 4);
      assert.equal(r?.ok, false, bad);
      const e = JSON.parse(r.line) as { line: number; error: string };
      assert.equal(e.line, 4);
      assert.match(e.error, why);
    }
  });

  it('builds a ledger from result lines and skips error lines', () => {
    const lines = [
      analyseJsonlLine(JSON.stringify({ id: 'a1', text: ARTICLE }), 1)?.line ?? '',
      analyseJsonlLine('oops', 2)?.line ?? '',
      '',
      'garbage',
    ];
    const { ledger, skipped } = ledgerFromJsonl(lines);
    assert.equal(ledger.articles.length, 1);
    assert.ok(ledger.rows.length > 0);
    assert.deepEqual(skipped.map((s) => s.line), [2, 4]);
  });
});

describe('ledger: analyze --jsonl (streaming)', () => {
  it('writes one line per input line, in order, and exits 1 when a line was bad', async () => {
    const input = Readable.from([`${JSON.stringify({ id: 'x', text: ARTICLE })}\n{bad\n`, `${JSON.stringify({ id: 'y', text: 'Short.' })}\n`]);
    const output = new PassThrough();
    let written = '';
    output.on('data', (c: Buffer) => { written += c.toString(); });
    const errors: string[] = [];
    const code = await runJsonl({ input, output, stderr: (l) => errors.push(l) });
    const lines = written.trim().split('\n').map((l) => JSON.parse(l) as { id?: string; error?: string });
    assert.equal(code, 1);
    assert.deepEqual(lines.map((l) => l.id ?? 'error'), ['x', 'error', 'y']);
    assert.equal(errors.length, 1);
    assert.match(errors[0], /line 2/);
  });
});
