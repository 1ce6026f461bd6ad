/**
 * The command line honours what the editor honours: ignore comments in an
 * article, and `.claimlens.json` (its exclude globs for a directory's
 * articles, its extra words, a warning for a malformed file).
 */
import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchFolders } from './helpers/folders';
import { main } from '../../src/cli/main';
import { analyseArticle } from '../../src/ledger/analyse-article';

const CLAIMED = 'The harbour master said the pier was unsafe for lorries.';
const OTHER = 'The council said the ferry timetable had changed twice.';
const ARTICLE = `Repairs began last week. ${CLAIMED}\n\nWorkers inspect the cranes each morning. ${OTHER}\n`;

interface Doc {
  document?: string;
  claims: { text: string }[];
  hedges: { text: string }[];
}

/** Runs the CLI in a working directory and returns its JSON output as a list of documents. */
function analyzeIn(cwd: string, ...paths: string[]): { docs: Doc[]; err: string[]; code: number } {
  const before = process.cwd();
  let out = '';
  const err: string[] = [];
  process.chdir(cwd);
  try {
    const code = main(['analyze', ...paths], (s) => { out += s; }, (s) => { err.push(s); });
    const parsed = out ? (JSON.parse(out) as Doc | Doc[]) : [];
    return { docs: Array.isArray(parsed) ? parsed : [parsed], err, code };
  } finally {
    process.chdir(before);
  }
}

describe('cli: scope', () => {
  const folder = scratchFolders('claimlens-cli-scope-');

  it('drops the findings ignore comments cover', () => {
    const d = folder();
    writeFileSync(join(d, 'story.md'), `<!-- claimlens-disable-next-line -->\n${ARTICLE}`);
    writeFileSync(join(d, 'unmarked.md'), ARTICLE);
    const { docs, code } = analyzeIn(d, 'story.md', 'unmarked.md');
    assert.equal(code, 0);
    const claims = (doc: Doc) => doc.claims.map((c) => c.text);
    assert.ok(claims(docs[1]).some((c) => c.includes('pier')), 'the line has a claim without the comment');
    assert.ok(!claims(docs[0]).some((c) => c.includes('pier')), claims(docs[0]).join(' | '));
    assert.ok(claims(docs[0]).some((c) => c.includes('ferry timetable')), 'the next paragraph keeps its claim');
  });

  it('skips the articles .claimlens.json excludes, analyses one named on the command line, and adds its hedges', () => {
    const d = folder();
    writeFileSync(join(d, 'story.md'), ARTICLE);
    writeFileSync(join(d, 'notes.draft.md'), ARTICLE);
    writeFileSync(join(d, '.claimlens.json'), JSON.stringify({ exclude: ['*.draft.md'], hedges: { extra: ['inspect'] } }));
    const all = analyzeIn(d, '.');
    assert.deepEqual(all.err, []);
    assert.equal(all.docs.length, 1, 'the draft is skipped');
    assert.ok(all.docs[0].hedges.some((h) => h.text === 'inspect'), 'the extra hedge applies');
    const named = analyzeIn(d, 'notes.draft.md');
    assert.equal(named.docs.length, 1, 'a file named explicitly is analysed');
  });

  it('warns in one line about a malformed .claimlens.json and analyses with the defaults', () => {
    const d = folder();
    writeFileSync(join(d, 'story.md'), ARTICLE);
    writeFileSync(join(d, '.claimlens.json'), '{ "exclude": [ }');
    const { docs, err, code } = analyzeIn(d, 'story.md');
    assert.equal(code, 0);
    assert.equal(err.length, 1, err.join('\n'));
    assert.match(err[0], /^claimlens: .*\.claimlens\.json is ignored: it is not valid JSON/);
    assert.ok(docs[0].claims.some((c) => c.text.includes('pier')));
  });
});

describe('ledger: ignore comments', () => {
  it('leaves the claims an ignore comment covers out of the article record', () => {
    const marked = `<!-- claimlens-disable -->\n\n${ARTICLE}\n<!-- claimlens-enable -->\n\nThe mayor said on Monday that the bridge toll had risen in June.\n`;
    const record = analyseArticle(marked, 'marked.md');
    const texts = record.mentions.map((m) => m.text);
    assert.ok(!texts.some((t) => t.includes('pier') || t.includes('ferry timetable')), texts.join(' | '));
    assert.ok(texts.some((t) => t.includes('bridge toll')), texts.join(' | '));
  });
});
