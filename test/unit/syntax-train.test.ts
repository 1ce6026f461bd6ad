import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConllu } from '../../src/core/syntax/conllu';
import { createSyntax } from '../../src/core/syntax';
import { DEFAULT_TRAIN_OPTIONS, trainSyntax, type TrainOptions } from '../../src/core/syntax/train';

const tiny = readConllu(readFileSync(join(import.meta.dirname, 'fixtures', 'tiny-treebank.conllu'), 'utf8'));

const options: TrainOptions = {
  ...DEFAULT_TRAIN_OPTIONS,
  tagEpochs: 4,
  parseEpochs: 6,
  labelEpochs: 4,
  folds: 2,
  prune: { tagger: { weight: 0, touches: 1 }, parser: { weight: 0, touches: 1 }, labeller: { weight: 0, touches: 1 } },
  meta: { credit: 'test' },
};

describe('syntax: training', () => {
  it('is reproducible: the same treebank, options and seed give the same bytes', () => {
    const a = trainSyntax(tiny, tiny, options).bytes;
    const b = trainSyntax(tiny, tiny, options).bytes;
    assert.ok(a.length > 100);
    assert.deepEqual(Buffer.from(a).equals(Buffer.from(b)), true);
    const c = trainSyntax(tiny, tiny, { ...options, seed: 2 }).bytes;
    assert.equal(Buffer.from(a).equals(Buffer.from(c)), false, 'another seed shuffles differently');
  });

  it('learns its training sentences', () => {
    const syntax = createSyntax(trainSyntax(tiny, tiny, options).bytes);
    const s = tiny[1];
    const p = syntax.parseWords(s.forms);
    assert.deepEqual(p.upos, s.upos);
    assert.deepEqual([...p.heads], s.heads);
    assert.deepEqual(p.deprels, s.deprels);
    assert.deepEqual(p.lemmas, s.lemmas);
  });
});
