/** `claimlens ledger` through runLedger on temporary files: formats, --out, --from-jsonl and usage errors. */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLedger } from '../../src/cli/ledger';
import { analyseJsonlLine } from '../../src/ledger';

const A = 'Valmora Courier | 3 April 2031\n\nOfficials said that Kestria supplied attack drones to Dorvania.\n';
const B = 'Meridian Wire | 4 April 2031\n\nKestria denied that it had supplied attack drones to Dorvania.\n';

function run(argv: string[], stdin = '') {
  let out = '';
  const err: string[] = [];
  const code = runLedger(argv, { stdout: (s) => { out += s; }, stderr: (l) => err.push(l), readStdin: () => stdin });
  return { code, out, err };
}

describe('ledger: CLI', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'claimlens-ledger-'));
    writeFileSync(join(dir, 'a.txt'), A);
    writeFileSync(join(dir, 'b.txt'), B);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the ledger of a folder as JSON by default', () => {
    const r = run([dir]);
    assert.equal(r.code, 0, r.err.join('\n'));
    const doc = JSON.parse(r.out) as { articles: { outlet: string }[]; claims: { status: string; articles: number }[] };
    assert.deepEqual(doc.articles.map((a) => a.outlet), ['Valmora Courier', 'Meridian Wire']);
    assert.equal(doc.claims[0].articles, 2);
    assert.equal(doc.claims[0].status, 'disputed');
  });

  it('writes HTML with links to the articles to --out', () => {
    const out = join(dir, 'ledger.html');
    assert.equal(run([dir, '--format', 'html', '--out', out]).code, 0);
    const html = readFileSync(out, 'utf8');
    assert.match(html, /href="\.\/a\.txt"/);
  });

  it('reads --from-jsonl on standard input and reports skipped lines', () => {
    const lines = [analyseJsonlLine(JSON.stringify({ id: 'a', text: A }), 1)?.line, 'junk'].join('\n');
    const r = run(['--from-jsonl', '-', '--format', 'md'], lines);
    assert.equal(r.code, 1);
    assert.match(r.out, /^# Claim ledger/);
    assert.match(r.err[0], /-:2: skipped/);
  });

  it('answers a usage mistake with one line and exit code 2', () => {
    for (const argv of [[], ['--format', 'pdf', dir], [dir, '--from-jsonl', 'x']]) {
      const r = run(argv);
      assert.equal(r.code, 2, argv.join(' '));
      assert.equal(r.err.length, 1);
    }
  });
});
