/**
 * The incremental path the editor uses: after any edit, an Analyzer that has
 * seen earlier versions must give exactly what a fresh analysis gives, while
 * re-parsing only the blocks the edit touched.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { Analyzer, analyze } from '../../src/core';
import { blockList, updateBlockList } from '../../src/core/blockIndex';

const ARTICLE = [
  'Harbour strike enters its third day',
  '',
  'Dockworkers in Port Alder walked out on Monday, the union said. Officials at the port authority estimated that about 40 ships were waiting.',
  '',
  'Tags',
  'Ports, Labour, Alder',
  '',
  '"We will not go back without a contract," said Mara Quill, the union secretary. She added that talks could resume on Friday.',
  '',
  'The authority denied that it had hired replacement crews.',
  'Previous Article',
].join('\n');

/** An edit: replace `length` characters at `at` (both scaled to the text) with `insert`. */
const edit = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.nat(30),
  insert: fc.constantFrom('', ' ', '\n', '\n\n', 'x', 'may ', 'Tags\n', ', the minister said', '. Officials denied it', '"', 'Next Article\n'),
});

function apply(text: string, e: { at: number; length: number; insert: string }): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(at + e.length);
}

describe('incremental analysis', () => {
  it('re-splits blocks after any edit exactly as a fresh split does', () => {
    for (const markdown of [false, true]) {
      fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        let text = ARTICLE;
        let list = blockList(text, markdown);
        for (const e of edits) {
          text = apply(text, e);
          list = updateBlockList(list, text, markdown);
          assert.deepEqual(list.blocks, blockList(text, markdown).blocks);
        }
      }), { numRuns: 150 });
    }
  });

  it('gives the findings of a fresh analysis after a sequence of edits', () => {
    // Some versions are only prepared (an edit superseded them before assembly), as in the editor.
    const step = fc.record({ edit, assemble: fc.boolean() });
    fc.assert(fc.property(fc.array(step, { minLength: 1, maxLength: 6 }), (steps) => {
      const analyzer = new Analyzer();
      let text = ARTICLE;
      analyzer.analyze(text);
      for (const { edit: e, assemble } of steps) {
        text = apply(text, e);
        if (assemble) assert.deepEqual(analyzer.analyze(text), analyze(text));
        else analyzer.prepare(text, performance.now() - 1);
      }
      assert.deepEqual(analyzer.analyze(text), analyze(text));
    }), { numRuns: 80 });
  });

  it('stays right when a newer version arrives between parsing slices', () => {
    const analyzer = new Analyzer();
    analyzer.analyze(ARTICLE);
    const a = ARTICLE.replace('walked out', 'reportedly walked out');
    const b = a.replace('The authority denied', 'Officials at the authority denied');
    analyzer.prepare(a, performance.now() - 1);
    analyzer.prepare(b, performance.now() - 1);
    assert.deepEqual(analyzer.analyze(b), analyze(b));
  });

  it('re-parses only the block that a keystroke changes', () => {
    const analyzer = new Analyzer();
    analyzer.analyze(ARTICLE);
    const at = ARTICLE.indexOf('walked out');
    analyzer.analyze(ARTICLE.slice(0, at) + 'reportedly ' + ARTICLE.slice(at));
    assert.equal(analyzer.lastParsedBlocks, 1);
  });

  it('keeps its block cache bounded: findings of long-gone versions are dropped', () => {
    const analyzer = new Analyzer();
    const original = 'Harbour Strike\n\nThe union said the strike would end on Monday.\n\nThe port reopened.';
    analyzer.analyze(original);
    // each edit leaves the findings of one more version of the second block behind
    for (let i = 0; i < 200; i++) analyzer.analyze(original.replace('Monday', `day ${i}`));
    analyzer.analyze(original);
    assert.equal(analyzer.lastParsedBlocks, 1, 'the original block was dropped from the cache, so it is parsed again');
    assert.deepEqual(analyzer.analyze(original), analyze(original));
    // the blocks still in the document stay cached: an edit elsewhere parses only its own block
    analyzer.analyze(original.replace('reopened', 'closed'));
    assert.equal(analyzer.lastParsedBlocks, 1);
  });

  it('parses in slices when asked to, then assembles without parsing again', () => {
    const analyzer = new Analyzer();
    let slices = 0;
    while (!analyzer.prepare(ARTICLE, performance.now() - 1)) slices++;
    assert.ok(slices >= 1, 'a deadline in the past parses at most one block per call');
    analyzer.analyze(ARTICLE);
    assert.equal(analyzer.lastParsedBlocks, 0);
  });
});
