#!/usr/bin/env node
// `npm run train:syntax`: trains the tagger, parser and labeller on the
// Universal Dependencies English Web Treebank (train split; the best epoch of
// each part is chosen on dev; test is never read here) and writes the model
// the product ships, models/syntax/claimlens-syntax.bin, with the treebank's
// licence beside it. Seeded: two runs write the same bytes.
//   tsx scripts/train-syntax.ts [--treebank DIR] [--out FILE] [--seed N]
//     [--tag-epochs N] [--parse-epochs N] [--label-epochs N] [--folds N] [--no-refine]
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readConllu } from '../src/core/syntax/conllu';
import { DEFAULT_TRAIN_OPTIONS, trainSyntax } from '../src/core/syntax/train';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const number = (name: string, fallback: number): number => Number(option(name) ?? fallback);

const treebank = resolve(option('--treebank') ?? join(root, '../shared/treebanks/ud-english-ewt'));
const out = resolve(option('--out') ?? join(root, 'models/syntax/claimlens-syntax.bin'));
const read = (split: string): ReturnType<typeof readConllu> => readConllu(readFileSync(join(treebank, `en_ewt-ud-${split}.conllu`), 'utf8'));

const started = performance.now();
const train = read('train');
const dev = read('dev');
console.log(`train-syntax: ${train.length} train and ${dev.length} dev sentences from ${treebank}`);
const result = trainSyntax(train, dev, {
  ...DEFAULT_TRAIN_OPTIONS,
  seed: number('--seed', DEFAULT_TRAIN_OPTIONS.seed),
  tagEpochs: number('--tag-epochs', DEFAULT_TRAIN_OPTIONS.tagEpochs),
  parseEpochs: number('--parse-epochs', DEFAULT_TRAIN_OPTIONS.parseEpochs),
  labelEpochs: number('--label-epochs', DEFAULT_TRAIN_OPTIONS.labelEpochs),
  folds: number('--folds', DEFAULT_TRAIN_OPTIONS.folds),
  refine: !args.includes('--no-refine'),
  meta: {
    name: 'ClaimLens syntax (tagger, parser, labeller)',
    credit: 'Universal Dependencies English Web Treebank (CC BY-SA 4.0)',
    license: 'CC BY-SA 4.0; see LICENSE.txt beside this file',
  },
  log: (line) => console.log(`train-syntax: ${line} [${((performance.now() - started) / 1000).toFixed(0)} s]`),
});
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, result.bytes);
copyFileSync(join(treebank, 'LICENSE.txt'), join(dirname(out), 'LICENSE.txt'));
console.log(`train-syntax: wrote ${out} (${(result.bytes.length / 1e6).toFixed(2)} MB) in ${((performance.now() - started) / 60000).toFixed(1)} min`);
