/**
 * Which files ClaimLens analyses, without the editor: the glob matcher, the
 * `.claimlens.json` parser and how it combines with the settings.
 */
import { strict as assert } from 'node:assert';
import { compileGlob, firstMatch, folderGlob } from '../../src/config/glob';
import { combineScopeLists, emptyScopeLists, parseWorkspaceConfig } from '../../src/config/workspaceConfig';

describe('scope: globs', () => {
  const table: [string, string, boolean][] = [
    ['README*', 'README.md', true],
    ['README*', 'docs/readme.txt', true],
    ['README*', 'articles/not-a-readme.md', false],
    ['**/CHANGELOG*', 'CHANGELOG.md', true],
    ['**/.claimlens/**', '.claimlens/cache/x.json', true],
    ['**/.claimlens/**', 'a/.claimlens/notes.md', true],
    ['.claimlens/**', 'a/.claimlens/notes.md', false],
    ['claimlens-exports/**', 'claimlens-exports/report.md', true],
    ['claimlens-exports/**', 'articles/claimlens-exports.md', false],
    ['claimlens-exports/', 'claimlens-exports/deep/report.md', true],
    ['drafts/*.md', 'drafts/one.md', true],
    ['drafts/*.md', 'drafts/sub/one.md', false],
    ['drafts/**/*.md', 'drafts/sub/one.md', true],
    ['drafts/**/*.md', 'drafts/one.md', true],
    ['**/*.{md,txt}', 'x/y.txt', true],
    ['**/*.{md,txt}', 'x/y.article', false],
    ['file?.txt', 'file1.txt', true],
    ['file[0-9].txt', 'file7.txt', true],
    ['file[!0-9].txt', 'file7.txt', false],
    ['./notes/*.md', 'notes/a.md', true],
    ['', 'README.md', false],
  ];
  for (const [pattern, path, expected] of table) {
    it(`${pattern} ${expected ? 'matches' : 'does not match'} ${path}`, () => assert.equal(compileGlob(pattern)(path), expected));
  }

  it('makes a glob of a workspace folder, and none of a folder outside the workspace', () => {
    assert.equal(folderGlob('claimlens-exports'), 'claimlens-exports/**');
    assert.equal(folderGlob('./out/reports/'), 'out/reports/**');
    assert.equal(folderGlob('out\\reports'), 'out/reports/**');
    for (const outside of ['', '.', '/tmp/exports', 'C:\\exports', '../exports', 'a/../../b']) assert.equal(folderGlob(outside), undefined, outside);
  });

  it('names the first pattern that matches', () => {
    assert.equal(firstMatch(['LICENSE*', 'README*'], 'README.md'), 'README*');
    assert.equal(firstMatch(['LICENSE*'], 'story.md'), undefined);
  });

  it('stays fast on patterns that make a backtracking regular expression explode', () => {
    const pattern = `${'*a'.repeat(30)}b`;
    const path = 'a'.repeat(200);
    const started = Date.now();
    assert.equal(compileGlob(pattern)(path), false);
    assert.equal(compileGlob('**/'.repeat(40) + 'x')(`${'d/'.repeat(100)}y`), false);
    assert.ok(Date.now() - started < 1000, `took ${Date.now() - started} ms`);
  });
});

describe('scope: .claimlens.json', () => {
  it('reads every list', () => {
    const { config, problems } = parseWorkspaceConfig(JSON.stringify({
      $schema: './schemas/claimlens.schema.json',
      include: ['wire/**/*.log'],
      exclude: ['drafts/**'],
      hedges: { extra: ['purportedly'] },
      reportingVerbs: { added: ['aver'], removed: ['add'] },
    }));
    assert.deepEqual(problems, []);
    assert.deepEqual(config, { include: ['wire/**/*.log'], exclude: ['drafts/**'], extraHedges: ['purportedly'], addedReportingVerbs: ['aver'], removedReportingVerbs: ['add'] });
  });

  it('explains a syntax error on one line, with a line and column where JSON.parse gives a place', () => {
    const trailingComma = parseWorkspaceConfig('{\n  "exclude": ["drafts/**",]\n}');
    assert.equal(trailingComma.config, undefined);
    assert.equal(trailingComma.problems.length, 1);
    assert.match(trailingComma.problems[0], /^it is not valid JSON \(.+\)$/);
    const missingColon = parseWorkspaceConfig('{\n  "exclude" ["drafts/**"]\n}');
    assert.match(missingColon.problems[0], /line 2, column 13/);
  });

  it('refuses a file that is not one object', () => {
    for (const text of ['[]', '"x"', 'null', '42']) assert.equal(parseWorkspaceConfig(text).config, undefined, text);
  });

  it('ignores a list of the wrong shape and unknown keys, keeping the rest', () => {
    const { config, problems } = parseWorkspaceConfig(JSON.stringify({ exclude: 'drafts/**', include: ['x/**'], hedge: ['typo'], hedges: { extras: [] } }));
    assert.deepEqual(config?.include, ['x/**']);
    assert.deepEqual(config?.exclude, []);
    assert.ok(problems.some((p) => p.includes('"exclude" must be a list of strings')), problems.join('; '));
    assert.ok(problems.some((p) => p.includes('"hedge"')), problems.join('; '));
    assert.ok(problems.some((p) => p.includes('"hedges.extras"')), problems.join('; '));
  });

  it('refuses an oversized file without parsing it', () => {
    const { config, problems } = parseWorkspaceConfig(`{"exclude": ["${'x'.repeat(300 * 1024)}"]}`);
    assert.equal(config, undefined);
    assert.match(problems[0], /larger than/);
  });

  it('adds its lists to the settings', () => {
    const settings = { ...emptyScopeLists(), exclude: ['README*'], extraHedges: ['allegedly'] };
    const file = { ...emptyScopeLists(), exclude: ['drafts/**', 'README*'], extraHedges: ['purportedly'] };
    const combined = combineScopeLists(settings, file);
    assert.deepEqual(combined.exclude, ['README*', 'drafts/**']);
    assert.deepEqual(combined.extraHedges, ['allegedly', 'purportedly']);
    assert.equal(combineScopeLists(settings, undefined), settings);
  });
});
