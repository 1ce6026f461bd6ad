/**
 * The CLI on temporary files: every error path prints one line and exits
 * non-zero, one bad file among many does not stop the others, and the built
 * bin runs.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scratchFolders } from './helpers/folders';
import { main } from '../../src/cli/main';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ARTICLE = 'The ministry said that the convoy crossed the border on Tuesday.\n\nOfficials could not confirm the report.\n';

interface Run {
  code: number;
  out: string;
  err: string[];
}

function run(...argv: string[]): Run {
  let out = '';
  const err: string[] = [];
  const code = main(argv, (s) => { out += s; }, (s) => { err.push(s); });
  return { code, out, err };
}

/** One clear line on stderr, naming `what`, and no stack trace. */
function assertOneLine(r: Run, what: RegExp): void {
  assert.equal(r.err.length, 1, `expected one error line, got: ${JSON.stringify(r.err)}`);
  const [line] = r.err;
  assert.ok(line.startsWith('claimlens: '), line);
  assert.ok(!line.includes('\n'), `multi-line message: ${line}`);
  assert.doesNotMatch(line, /\bat .+:\d+:\d+/, 'looks like a stack trace');
  assert.match(line, what);
}

describe('cli', () => {
  /** A fresh folder per test, so that tests do not see each other's files. */
  const folder = scratchFolders('claimlens-cli-');

  describe('arguments', () => {
    it('leaves out the hedge categories named by --exclude-hedges, and refuses an unknown one', () => {
      const d = folder();
      const file = join(d, 'a.txt');
      writeFileSync(file, 'Officials said that about 40 trucks may have crossed the border.\n');
      const categories = (r: Run) => (JSON.parse(r.out) as { hedges: Array<{ category: string }> }).hedges.map((h) => h.category).sort();
      assert.deepEqual(categories(run('analyze', file)), ['approximator', 'modal']);
      assert.deepEqual(categories(run('analyze', file, '--exclude-hedges', 'approximator')), ['modal']);
      const bad = run('analyze', file, '--exclude-hedges', 'adverbs');
      assert.equal(bad.code, 2);
      assertOneLine(bad, /unknown hedge category "adverbs"/);
    });

    it('dispatches the ledger command', () => {
      const d = folder();
      writeFileSync(join(d, 'a.txt'), ARTICLE);
      const r = run('ledger', d, '--format', 'md');
      assert.equal(r.code, 0, r.err.join('\n'));
      assert.match(r.out, /convoy crossed the border/);
    });

    it('prints usage on stdout for --help, exit 0', () => {
      const r = run('--help');
      assert.equal(r.code, 0);
      assert.match(r.out, /^usage: claimlens analyze/);
    });

    it('prints usage on stderr and exits 2 when given no arguments', () => {
      const r = run();
      assert.equal(r.code, 2);
      assert.equal(r.out, '');
      assert.match(r.err.join('\n'), /^usage: claimlens analyze/);
      assert.match(r.err.join('\n'), /docs\/export-formats\.md/);
    });

    it('rejects an unknown format with exit 2', () => {
      const d = folder();
      writeFileSync(join(d, 'a.txt'), ARTICLE);
      const r = run('analyze', join(d, 'a.txt'), '--format', 'xml');
      assert.equal(r.code, 2);
      assertOneLine(r, /unknown format "xml"/);
      assert.equal(r.out, '');
    });

    it('rejects an unknown command, an unknown option, a missing value and a bad size', () => {
      const cases: Array<[string[], RegExp]> = [
        [['analyse', 'x'], /unknown command "analyse"/],
        [['analyze', 'x', '--fromat', 'csv'], /unknown option "--fromat"/],
        [['analyze', 'x', '--out'], /--out needs a value/],
        [['analyze', 'x', '--max-size', 'ten'], /--max-size needs a positive number/],
        [['analyze', 'x', '--max-size=-1'], /--max-size needs a positive number/],
        [['analyze'], /no file or directory given/],
      ];
      for (const [argv, message] of cases) {
        const r = run(...argv);
        assert.equal(r.code, 2, argv.join(' '));
        assertOneLine(r, message);
      }
    });

    it('accepts --flag=value and paths after --', () => {
      const d = folder();
      writeFileSync(join(d, '-odd.txt'), ARTICLE);
      const r = run('analyze', '--format=csv', '--', join(d, '-odd.txt'));
      assert.equal(r.code, 0, r.err.join('\n'));
      assert.match(r.out, /^file,line,status,claim,source,cue,hedges\r\n/);
    });
  });

  describe('bad input', () => {
    it('reports a missing path', () => {
      const r = run('analyze', join(folder(), 'no-such-file.txt'));
      assert.notEqual(r.code, 0);
      assertOneLine(r, /no-such-file\.txt: no such file or directory/);
    });

    it('reports a directory with no articles', () => {
      const d = folder();
      writeFileSync(join(d, 'notes.pdf'), 'not an article');
      mkdirSync(join(d, 'sub.txt'));
      const r = run('analyze', d);
      assert.notEqual(r.code, 0);
      assertOneLine(r, /no articles/);
    });

    it('skips a README and other extensions in a directory, but reads a README named on its own', () => {
      const d = folder();
      writeFileSync(join(d, 'README.md'), '# About these articles\n');
      writeFileSync(join(d, 'story.article'), ARTICLE);
      writeFileSync(join(d, 'notes.docx'), 'not an article');
      const several = run('analyze', d, '--format', 'csv');
      assert.equal(several.code, 0);
      assert.deepEqual([...new Set(several.out.split('\r\n').slice(1, -1).map((l) => l.split(',')[0]))], ['story.article']);
      assert.equal(run('analyze', join(d, 'README.md')).code, 0);
    });

    it('reports a binary file', () => {
      const d = folder();
      writeFileSync(join(d, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
      const r = run('analyze', join(d, 'image.txt'));
      assert.notEqual(r.code, 0);
      assertOneLine(r, /image\.txt: looks like a binary file/);
    });

    it('reports a non-UTF-8 file (Latin-1)', () => {
      const d = folder();
      writeFileSync(join(d, 'latin1.txt'), Buffer.from('The caf\xe9 was closed, officials said.\n', 'latin1'));
      const r = run('analyze', join(d, 'latin1.txt'));
      assert.notEqual(r.code, 0);
      assertOneLine(r, /latin1\.txt: is not valid UTF-8/);
    });

    it('reports a UTF-16 file as such', () => {
      const d = folder();
      writeFileSync(join(d, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]));
      const r = run('analyze', join(d, 'utf16.txt'));
      assert.notEqual(r.code, 0);
      assertOneLine(r, /UTF-16/);
    });

    it('reports a file over the size limit, and reads it when the limit is raised', () => {
      const d = folder();
      const big = join(d, 'big.txt');
      writeFileSync(big, ARTICLE.repeat(30)); // about 3 kB
      const r = run('analyze', big, '--max-size', '0.001');
      assert.notEqual(r.code, 0);
      assertOneLine(r, /big\.txt: .* over the size limit/);
      assert.equal(run('analyze', big, '--max-size', '1').code, 0);
    });

    it('reports an --out that cannot be created, once', () => {
      const d = folder();
      writeFileSync(join(d, 'a.txt'), ARTICLE);
      writeFileSync(join(d, 'b.txt'), ARTICLE);
      writeFileSync(join(d, 'blocker'), 'a file where a directory should be');
      const r = run('analyze', d, '--out', join(d, 'blocker', 'out'));
      assert.equal(r.code, 2);
      assertOneLine(r, /cannot create the output directory/);
    });

    it('keeps going after a bad file and writes the others', () => {
      const d = folder();
      const out = join(d, 'out');
      writeFileSync(join(d, 'a.txt'), ARTICLE);
      writeFileSync(join(d, 'b.article'), Buffer.from([0x00, 0x01, 0x02]));
      writeFileSync(join(d, 'c.md'), '# Heading\n\n' + ARTICLE);
      const r = run('analyze', d, join(d, 'missing.txt'), '--out', out);
      assert.equal(r.code, 1);
      assert.equal(r.err.length, 2, r.err.join('\n'));
      assert.ok(r.err.some((l) => l.includes('missing.txt')));
      assert.ok(r.err.some((l) => l.includes('b.article')));
      assert.deepEqual(readdirSync(out).sort(), ['a.json', 'c.json']);
    });

    it('refuses to overwrite one article\'s output with another\'s', () => {
      const d = folder();
      writeFileSync(join(d, 'story.md'), ARTICLE);
      writeFileSync(join(d, 'story.txt'), ARTICLE);
      const r = run('analyze', d, '--out', join(d, 'out'));
      assert.equal(r.code, 1);
      assertOneLine(r, /story\.txt: not written/);
      assert.deepEqual(readdirSync(join(d, 'out')), ['story.json']);
    });
  });

  describe('output', () => {
    it('writes DIR/<name>.json in the FORMAT.md shape', () => {
      const d = folder();
      writeFileSync(join(d, 'report.article'), ARTICLE);
      assert.equal(run('analyze', d, '--out', join(d, 'out')).code, 0);
      const doc = JSON.parse(readFileSync(join(d, 'out', 'report.json'), 'utf8'));
      assert.equal(doc.version, 1);
      assert.equal(doc.document, 'report.article');
      assert.ok(doc.claims.length > 0);
      for (const c of doc.claims) assert.equal(ARTICLE.slice(c.start, c.end), c.text);
    });

    it('prints one JSON document for one file and an array for several', () => {
      const d = folder();
      writeFileSync(join(d, 'a.txt'), ARTICLE);
      writeFileSync(join(d, 'b.txt'), ARTICLE);
      const one = JSON.parse(run('analyze', join(d, 'a.txt')).out);
      assert.equal(one.document, 'a.txt');
      const several = JSON.parse(run('analyze', d).out);
      assert.ok(Array.isArray(several));
      assert.deepEqual(several.map((x: { document: string }) => x.document), ['a.txt', 'b.txt']);
    });

    it('prints one CSV header for several files', () => {
      const d = folder();
      writeFileSync(join(d, 'a.txt'), ARTICLE);
      writeFileSync(join(d, 'b.txt'), ARTICLE);
      const r = run('analyze', d, '--format', 'csv');
      assert.equal(r.out.match(/^file,line,status/gm)?.length, 1);
      assert.match(r.out, /\r\nb\.txt,\d+,/);
    });

    it('prints a Markdown report with a summary of several articles', () => {
      const d = folder();
      writeFileSync(join(d, 'a.txt'), ARTICLE);
      writeFileSync(join(d, 'b.md'), ARTICLE);
      const r = run('analyze', d, '--format', 'md');
      assert.equal(r.code, 0);
      assert.match(r.out, /^# ClaimLens report\n/);
      assert.match(r.out, /^\| a\.txt \| \d+ \|/m);
      assert.match(r.out, /^## a\.txt$/m);
      assert.match(r.out, /^## b\.md$/m);
    });
  });

  describe('the built bin', () => {
    before(function () {
      this.timeout(60000);
      const built = spawnSync(process.execPath, ['esbuild.config.mjs'], { cwd: root, encoding: 'utf8' });
      assert.equal(built.status, 0, built.stderr);
    });

    it('runs dist/cli.js: output on success, one line and exit 1 on a missing file', () => {
      const d = folder();
      writeFileSync(join(d, 'a.txt'), ARTICLE);
      const cli = join(root, 'dist', 'cli.js');
      const ok = spawnSync(process.execPath, [cli, 'analyze', join(d, 'a.txt'), '--format', 'csv'], { encoding: 'utf8' });
      assert.equal(ok.status, 0, ok.stderr);
      assert.match(ok.stdout, /^file,line,status,claim,source,cue,hedges\r\na\.txt,1,/);
      const bad = spawnSync(process.execPath, [cli, 'analyze', join(d, 'nope.txt')], { encoding: 'utf8' });
      assert.equal(bad.status, 1);
      assert.equal(bad.stdout, '');
      assert.match(bad.stderr, /^claimlens: .*nope\.txt: no such file or directory\n$/);
    });
  });
});
