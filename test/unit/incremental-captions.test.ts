/**
 * A photo credit on the same line as its caption is a block of its own that
 * starts mid-line. Re-splitting around an edit must not start or end its
 * window inside such a line, or the caption is split out a second time.
 */
import { strict as assert } from 'node:assert';
import { Analyzer, analyze } from '../../src/core';
import { blockList, updateBlockList } from '../../src/core/blockIndex';

const ARTICLE = [
  'Ferry service to Oskel resumes',
  '',
  'The harbour office said on Tuesday that the ferry would sail again from Monday.',
  '',
  'A ferry waits at the Oskel pier on Tuesday. Photo credit: Tarn Wells / Coast Daily',
  '',
  'Officials estimated that repairs had cost about 2 million crowns, the council said.',
  '',
  'The mayor said the crossing was safe.',
  '',
  'Ticket prices would not change, a spokesperson added.',
].join('\n');

/** Types `typed` one character at a time before `anchor`, analysing after each keystroke. */
function typeBefore(anchor: string, typed: string): { analyzer: Analyzer; text: string } {
  const analyzer = new Analyzer();
  let text = ARTICLE;
  analyzer.analyze(text);
  for (const ch of typed) {
    const at = text.indexOf(anchor);
    text = text.slice(0, at) + ch + text.slice(at);
    assert.deepEqual(analyzer.analyze(text), analyze(text), `after typing before "${anchor}": ${JSON.stringify(text)}`);
  }
  return { analyzer, text };
}

describe('incremental analysis near a caption with its photo credit', () => {
  it('typing two blocks after the credit does not split the caption out again', () => {
    typeBefore('the crossing', 'quiet ');
  });

  it('typing two blocks before the caption does not split the credit out again', () => {
    typeBefore('repairs', 'the ');
    typeBefore('service', 'boat ');
  });

  it('undoing the keystrokes gives back the findings of the original text', () => {
    const { analyzer } = typeBefore('the crossing', 'new ');
    assert.deepEqual(analyzer.analyze(ARTICLE), analyze(ARTICLE));
    assert.equal(analyzer.analyze(ARTICLE).claims.length, analyze(ARTICLE).claims.length);
  });

  it('the block list after each edit is the one a fresh split gives', () => {
    let list = blockList(ARTICLE, false);
    let text = ARTICLE;
    for (const anchor of ['the crossing', 'Ticket', 'Officials', 'repairs', 'The harbour']) {
      const at = text.indexOf(anchor);
      text = text.slice(0, at) + 'x' + text.slice(at);
      list = updateBlockList(list, text, false);
      assert.deepEqual(list.blocks, blockList(text, false).blocks, `after an edit before "${anchor}"`);
    }
  });
});
