import { strict as assert } from 'node:assert';
import { WordMap } from '../../src/core/lexicon/word-map';

describe('WordMap', () => {
  const keys = ['may', 'reportedly', 'according', 'a', 'internationalisation-related-words', 'é', '😀'];
  const map = new WordMap(new Map(keys.map((k, i) => [k, i])));

  it('finds every key', () => {
    keys.forEach((k, i) => assert.equal(map.get(k), i));
  });
  it('misses words of the same shape as a key (length, first and last letter)', () => {
    for (const word of ['mby', 'repeatedly', 'accusing', 'b']) assert.equal(map.get(word), undefined);
  });
  it('tells long words apart beyond the shared longest length', () => {
    assert.equal(map.get('internationalisation-related-words'), 4);
    assert.equal(map.get('internationalisation-unrelated-words'), undefined);
  });
  it('misses the empty word and words no key resembles', () => {
    for (const word of ['', 'ship', 'É', '😁']) assert.equal(map.get(word), undefined);
  });
  it('misses Object prototype names', () => {
    for (const word of ['constructor', 'toString', '__proto__']) assert.equal(map.get(word), undefined);
  });
});
