/**
 * Exports carry nothing that executes or leaks: CSV cells that a spreadsheet
 * would run as formulas are neutralised (CLI and editor formats), the HTML
 * ledger links only to encoded relative paths, every webview nonce is
 * cryptographic, JSON-LD names no absolute local path, brat lines hold no
 * tab or line separator, and a malformed JSONL result line is skipped.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergeFindings } from '../../src/annotations';
import { main } from '../../src/cli/main';
import { analyze } from '../../src/core';
import { articleIri } from '../../src/export/article-iri';
import { toBrat } from '../../src/export/brat';
import { csvField } from '../../src/export/csv';
import { renderArticle } from '../../src/export/formats';
import { webviewNonce } from '../../src/ledger-editor/nonce';
import { ledgerFromJsonl } from '../../src/ledger/jsonl';
import { buildLedger } from '../../src/ledger/ledger';
import { toLedgerHtml } from '../../src/ledger/render-html';
import { scratchFolders } from './helpers/folders';
import { parseCsv } from './helpers/parsers';

const root = fileURLToPath(new URL('../..', import.meta.url));

function run(...argv: string[]): { code: number; out: string; err: string[] } {
  let out = '';
  const err: string[] = [];
  const code = main(argv, (s) => { out += s; }, (s) => { err.push(s); });
  return { code, out, err };
}

/** Python's str.splitlines: what brat and INCEpTION split an .ann file at. */
function pythonLines(text: string): string[] {
  // eslint-disable-next-line no-control-regex -- Python breaks lines at the ASCII file, group and record separators too.
  return text.split(new RegExp('\\r\\n|[\\n\\r\\v\\f\\x1c\\x1d\\x1e\\x85\\u2028\\u2029]')).filter((l) => l !== '');
}

describe('export safety', () => {
  const folder = scratchFolders('claimlens-safety-');

  describe('CSV formula injection', () => {
    it('neutralises cells that start with = + - @, tab or carriage return, and leaves numbers and plain text alone', () => {
      for (const start of ['=', '+', '-', '@', '\t', '\r']) {
        const field = csvField(`${start}HYPERLINK("https://example.org","x")`);
        assert.ok(/^"?'/.test(field), `${JSON.stringify(start)} gave ${field}`);
      }
      assert.equal(csvField(-3), '-3');
      assert.equal(csvField('The mayor said'), 'The mayor said');
    });

    it('neutralises a formula in a file name in the CLI csv output and in the editor csv export', () => {
      const d = folder();
      const file = join(d, '=cmd.txt');
      const text = 'The harbour office said that the pier will close in June.\n';
      writeFileSync(file, text);
      const cli = parseCsv(run('analyze', file, '--format', 'csv').out);
      assert.ok(cli.length > 1);
      for (const row of cli.slice(1)) assert.equal(row[0], "'=cmd.txt");
      const view = mergeFindings(analyze(text), [], text);
      const editor = parseCsv(renderArticle('csv', { file: '@sum(A1).txt', iri: 'x', text, view }).content);
      for (const row of editor.slice(1)) assert.equal(row[0], "'@sum(A1).txt");
    });
  });

  describe('HTML ledger and webviews', () => {
    it('links an article named like a script as an encoded relative path', () => {
      const ledger = buildLedger([{ meta: { id: 'javascript:alert(1)' }, mentions: [] }]);
      const html = toLedgerHtml(ledger, { articleHref: () => 'javascript:alert(1)' });
      const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
      assert.deepEqual(hrefs, ['./javascript%3Aalert(1)']);
      const nested = toLedgerHtml(ledger, { articleHref: () => 'news/a b#c?.txt' });
      assert.match(nested, /href="\.\/news\/a%20b%23c%3F\.txt"/);
    });

    it('makes webview nonces from crypto.getRandomValues, and no source file uses Math.random', () => {
      const original = crypto.getRandomValues.bind(crypto);
      let calls = 0;
      crypto.getRandomValues = (<T extends ArrayBufferView | null>(array: T): T => { calls++; return original(array as never) as T; }) as typeof crypto.getRandomValues;
      try {
        const a = webviewNonce();
        assert.match(a, /^[0-9a-f]{32}$/);
        assert.notEqual(webviewNonce(), a);
      } finally {
        crypto.getRandomValues = original;
      }
      assert.equal(calls, 2);
      const offenders: string[] = [];
      const walk = (dir: string) => {
        for (const name of readdirSync(dir)) {
          const path = join(dir, name);
          if (statSync(path).isDirectory()) walk(path);
          else if (/\.(ts|js)$/.test(name) && /Math\.random\(|nonce\s*\(\)/.test(readFileSync(path, 'utf8'))) offenders.push(path);
        }
      };
      walk(join(root, 'src'));
      walk(join(root, 'media'));
      assert.deepEqual(offenders, []);
    });
  });

  describe('JSON-LD names no local path', () => {
    it('gives relative, encoded IRIs, or IRIs under the base URL', () => {
      assert.equal(articleIri('news/a b.txt'), 'news/a%20b.txt');
      assert.equal(articleIri('news/a b.txt', 'https://example.org/desk'), 'https://example.org/desk/news/a%20b.txt');
      assert.equal(articleIri('../../etc/a.txt'), 'etc/a.txt');
    });

    it('writes no absolute path in the CLI claimreview and webannotation output, and uses --base-url', () => {
      const d = folder();
      writeFileSync(join(d, 'pier.txt'), 'The harbour office said that the pier will close in June.\n');
      for (const format of ['claimreview', 'webannotation']) {
        const r = run('analyze', join(d, 'pier.txt'), '--format', format);
        assert.equal(r.code, 0);
        assert.ok(!r.out.includes(d), `${format} names ${d}`);
        assert.ok(!r.out.includes('file:'), `${format} has a file: IRI`);
      }
      const based = run('analyze', join(d, 'pier.txt'), '--format', 'webannotation', '--base-url', 'https://example.org/desk/');
      assert.match(based.out, /"source": "https:\/\/example\.org\/desk\/pier\.txt"/);
      assert.equal(run('analyze', join(d, 'pier.txt'), '--format', 'webannotation', '--base-url', 'desk').code, 2);
    });
  });

  describe('brat and JSONL', () => {
    it('keeps every .ann line whole when the text holds tabs and Unicode line separators', () => {
      const text = 'The council said that the depot\u2028closed\tlast week\u2029after the flood.\n';
      const view = mergeFindings(analyze(text), [], text);
      assert.ok(view.claims.length > 0);
      const { ann } = toBrat(view, text);
      for (const line of pythonLines(ann)) assert.match(line, /^(T\d+\t\S+ \d+ \d+(;\d+ \d+)*\t[^\t]*|A\d+\t[^\t]+|R\d+\t[^\t]+|#\d+\tAnnotatorNotes \S+\t[^\t]*)$/, JSON.stringify(line));
      assert.equal(pythonLines(ann).length, ann.split('\n').filter(Boolean).length);
    });

    it('reports a malformed JSONL result line with its number, skips it and builds the rest', () => {
      const good = (id: string) => JSON.stringify({ id, claims: [{ text: 'the pier will close', start: 0, end: 19, status: 'alleged', attribution: 0 }], attributions: [{ source: { text: 'The harbour office', kind: 'organisation' }, cue: { kind: 'neutral' } }] });
      const lines = [good('a'), '{"id":"b","claims":[null],"attributions":[]}', '{"id":"c","claims":[{"text":"x","start":0,"end":1,"status":"alleged","attribution":4}],"attributions":[]}', '{"id":"d","claims":[],"attributions":[],"article":7}', '{not json', good('e')];
      const { ledger, skipped } = ledgerFromJsonl(lines);
      assert.deepEqual(skipped.map((s) => s.line), [2, 3, 4, 5]);
      assert.deepEqual(ledger.articles.map((a) => a.id), ['a', 'e']);
      const d = folder();
      writeFileSync(join(d, 'results.jsonl'), lines.join('\n'));
      const r = run('ledger', '--from-jsonl', join(d, 'results.jsonl'));
      assert.equal(r.code, 1);
      assert.match(r.err.join('\n'), /results\.jsonl:2: skipped \(claim 1 is not a claim/);
      assert.equal((JSON.parse(r.out) as { articles: unknown[] }).articles.length, 2);
    });
  });
});
