import { strict as assert } from 'node:assert';
import { wordMemo } from '../../src/core/lexicon/word-memo';

describe('wordMemo', () => {
  it('computes each word once and returns the same value after', () => {
    const calls: string[] = [];
    const upper = wordMemo((w: string) => { calls.push(w); return w.toUpperCase(); });
    for (const w of ['may', 'reportedly', 'may', 'reportedly', 'é', 'é', '', '']) upper(w);
    assert.deepEqual(calls, ['may', 'reportedly', 'é', '']);
    assert.equal(upper('reportedly'), 'REPORTEDLY');
  });
  it('tells apart short words that share characters, and long words that share a start', () => {
    const same = wordMemo((w: string) => w);
    for (const w of ['ab', 'ba', 'a', 'aa', 'abcd', 'abcde', 'abcdf', 'allegedly', 'allegedlx']) assert.equal(same(w), w);
  });
  it('keeps answering correctly past its size limit (it starts afresh)', () => {
    const length = wordMemo((w: string) => w.length);
    for (let i = 0; i < 70_000; i++) assert.equal(length(`word${i}`), `word${i}`.length);
    assert.equal(length('word1'), 5);
  });
});
