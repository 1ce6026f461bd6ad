/**
 * Very long blocks are parsed in pieces, so the analysis stays linear in the
 * input (issue 11, item 7): the work is counted, not timed.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core';
import { blockSentences, pieceEnd, PIECE, WHOLE } from '../../src/core/longBlocks';
import { parseSentences } from '../../src/core/sentences';
import { assertWellFormed } from './helpers/invariants';

/** A parser that records the length of every text it is given. */
function countingParser(): { parse: typeof parseSentences; lengths: number[] } {
  const lengths: number[] = [];
  return { lengths, parse: (text, offset) => { lengths.push(text.length); return parseSentences(text, offset); } };
}

function repeatTo(unit: (i: number) => string, size: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const u = unit(i);
    parts.push(u);
    length += u.length;
  }
  return parts.join('');
}

const PROSE = (i: number) => `The ferry operator said on day ${i} that ${i % 7} crossings were cancelled. Officials estimated the repairs would take "about a week". `;

const ADVERSARIAL: Array<[string, (size: number) => string]> = [
  ['full stops and spaces', (n) => '. '.repeat(n / 2)],
  ['one paragraph of prose', (n) => repeatTo(PROSE, n)],
  ['quotes and reporting cues', (n) => repeatTo((i) => (i % 2 ? '"she said that " ' : '“according to officials” reportedly '), n)],
  ['one word', (n) => 'x'.repeat(n)],
  ['astral characters', (n) => '\ud83d\ude80'.repeat(n / 2)],
];

describe('long blocks', () => {
  it('a block of up to WHOLE characters is parsed whole, as before', () => {
    const text = repeatTo(PROSE, WHOLE - 200);
    const { parse, lengths } = countingParser();
    assert.deepEqual(blockSentences(text, parse), parseSentences(text));
    assert.deepEqual(lengths, [text.length]);
  });

  it('a long paragraph of prose is cut only between sentences: the same sentences as a whole parse', () => {
    const text = repeatTo(PROSE, 2 * WHOLE + 500);
    assert.deepEqual(blockSentences(text), parseSentences(text));
  });

  for (const [name, make] of ADVERSARIAL) {
    it(`${name}: no parse is given more than ${PIECE} characters, and the pieces cover the block`, () => {
      for (const size of [2 * WHOLE, 5 * WHOLE]) {
        const text = make(size);
        const { parse, lengths } = countingParser();
        blockSentences(text, parse);
        assert.ok(Math.max(...lengths) <= PIECE, `a piece of ${Math.max(...lengths)} characters`);
        assert.equal(lengths.reduce((a, b) => a + b, 0), text.length);
        // the parser's work grows at most with the square of each piece: summed, linear in the block
        const work = lengths.reduce((a, b) => a + b * b, 0);
        assert.ok(work <= text.length * PIECE, `work ${work} for ${text.length} characters`);
      }
    });
  }

  it('never cuts between the two halves of a surrogate pair', () => {
    const text = 'a' + '\ud83d\ude80'.repeat(PIECE);
    const end = pieceEnd(text, 0);
    const c = text.charCodeAt(end);
    assert.ok(!(c >= 0xdc00 && c <= 0xdfff), `cut at ${end}, before a low surrogate`);
  });

  it('prefers a sentence end over any word start in the last half of a piece', () => {
    const text = `${'word '.repeat(PIECE / 10)}End. ${'word '.repeat(PIECE / 5)}`;
    assert.equal(pieceEnd(text, 0), text.indexOf('End. ') + 'End. '.length);
  });

  it('the analysis of long adversarial blocks is well formed', () => {
    for (const [, make] of ADVERSARIAL) {
      const text = make(WHOLE + 1000);
      assertWellFormed(analyze(text), text);
    }
  });
});
