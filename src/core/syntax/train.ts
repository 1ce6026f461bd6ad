/**
 * Trains the tagger, the parser and the labeller from a treebank, pure and
 * seeded: the same treebank, options and seed give the same bytes. The
 * tagger is an averaged perceptron over its own greedy predictions; the
 * parser an averaged perceptron taught by the arc-hybrid dynamic oracle
 * (Goldberg & Nivre 2013), on tags predicted by taggers that did not see
 * the sentence (jack-knifing), as it will meet them; the labeller an
 * averaged perceptron over gold trees. Each part keeps its best epoch on dev.
 */
import type { TreebankSentence } from './conllu';
import { scoreTreebank, type TreebankScores } from './evaluate';
import { labelFeatures, MAX_LABEL_FEATURES, NO_LABEL, treeIndex } from './labeller';
import { wordAtoms, type WordAtoms } from './lexical';
import { ambiguityClasses, byFrequency, lemmaExceptions, lowercaseWords } from './trainData';
import { encodeModel, fitToSize, type SyntaxModelData } from './model';
import { bestValid, MAX_PARSE_FEATURES, parseAtoms, parseFeatures, type ParseAtoms } from './parser';
import { createSyntax } from './syntax';
import { MAX_TAG_FEATURES, NO_TAG, tagFeatures, tagSentence, type TaggerModel } from './tagger';
import { moveCost, MOVES, ParseState } from './transitions';
import { FrozenWeights, PerceptronWeights, type WeightArrays } from './weights';

export interface TrainOptions {
  seed: number;
  tagEpochs: number;
  parseEpochs: number;
  labelEpochs: number;
  /** The model file's size limit: the smallest weights of all tables go first until it fits. */
  maxBytes: number;
  /** Train the tagger's second pass (right-context tags). */
  refine: boolean;
  /** Folds for jack-knifed training tags; 0 trains the parser on gold tags. */
  folds: number;
  /** Averaged weights smaller than `weight`, and features fewer than `touches` updates touched, are left out of the model. */
  prune: Record<'tagger' | 'parser' | 'labeller', { weight: number; touches: number }>;
  /** After this many epochs the parser follows its own moves (with probability 0.9), learning to recover from its errors. */
  exploreAfter: number;
  meta: Record<string, string>;
  log?: (line: string) => void;
}

export const DEFAULT_TRAIN_OPTIONS: Omit<TrainOptions, 'meta'> = {
  seed: 1,
  tagEpochs: 4,
  parseEpochs: 8,
  labelEpochs: 5,
  folds: 3,
  refine: true,
  maxBytes: 7_500_000,
  prune: { tagger: { weight: 0.02, touches: 2 }, parser: { weight: 0.02, touches: 2 }, labeller: { weight: 0.02, touches: 2 } },
  exploreAfter: 1,
};

/** Mulberry32: a small seeded generator, so training is reproducible. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(n: number, rand: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

interface Prepared {
  s: TreebankSentence;
  atoms: WordAtoms;
  tags: Int32Array;
  gold: Int32Array;
  labels: Int32Array;
}

function tagDictionary(data: Prepared[], classes: number): Map<number, number> {
  const counts = new Map<number, Int32Array>();
  for (const p of data) {
    for (let i = 0; i < p.atoms.n; i++) {
      let c = counts.get(p.atoms.exact[i]);
      if (!c) counts.set(p.atoms.exact[i], (c = new Int32Array(classes)));
      c[p.tags[i]]++;
    }
  }
  const dict = new Map<number, number>();
  for (const [word, c] of [...counts].sort((a, b) => a[0] - b[0])) {
    let total = 0;
    let best = 0;
    for (let k = 0; k < classes; k++) {
      total += c[k];
      if (c[k] > c[best]) best = k;
    }
    if (total >= 20 && c[best] / total >= 0.995) dict.set(word, best);
  }
  return dict;
}

function trainTagger(
  data: Prepared[],
  classes: number,
  dictionary: Map<number, number>,
  epochs: number,
  rand: () => number,
  right?: (p: Prepared) => Int32Array,
  onEpoch?: (epoch: number, w: PerceptronWeights) => void,
): PerceptronWeights {
  const weights = new PerceptronWeights(classes);
  const keys = new Uint32Array(MAX_TAG_FEATURES);
  const scores = new Float64Array(classes);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (const si of shuffled(data.length, rand)) {
      const { atoms, tags } = data[si];
      const rightTags = right?.(data[si]);
      let prev1 = NO_TAG;
      let prev2 = NO_TAG;
      for (let i = 0; i < atoms.n; i++) {
        let guess = dictionary.get(atoms.exact[i]);
        if (guess === undefined) {
          const nk = tagFeatures(atoms, i, prev1, prev2, rightTags, keys);
          scores.fill(0);
          weights.score(keys, nk, scores);
          guess = 0;
          for (let c = 1; c < classes; c++) if (scores[c] > scores[guess]) guess = c;
          weights.update(keys, nk, tags[i], guess);
          weights.tick();
        }
        prev2 = prev1;
        prev1 = guess;
      }
    }
    onEpoch?.(epoch, weights);
  }
  return weights;
}

/** Dev accuracy of the joint tag and of its UPOS part (`upos` maps a tag id to its UPOS). */
function tagAccuracy(data: Prepared[], model: TaggerModel, upos: string[]): [number, number] {
  let right = 0;
  let uposRight = 0;
  let total = 0;
  for (const p of data) {
    const out = new Int32Array(p.atoms.n);
    tagSentence(model, p.atoms, out);
    for (let i = 0; i < out.length; i++) {
      total++;
      if (out[i] === p.tags[i]) right++;
      if (upos[out[i]] === upos[p.tags[i]]) uposRight++;
    }
  }
  return [(100 * right) / total, (100 * uposRight) / total];
}

function trainParserEpoch(weights: PerceptronWeights, data: Prepared[], tagsOf: (p: Prepared) => Int32Array, explore: boolean, rand: () => number): void {
  const keys = new Uint32Array(MAX_PARSE_FEATURES);
  const scores = new Float64Array(MOVES);
  const costs = new Int32Array(MOVES);
  for (const si of shuffled(data.length, rand)) {
    const p = data[si];
    const a = parseAtoms(p.atoms.lower, tagsOf(p), p.atoms.n);
    const st = new ParseState(a.n);
    while (!st.done) {
      const nk = parseFeatures(st, a, keys);
      scores.fill(0);
      weights.score(keys, nk, scores);
      const guess = bestValid(st, scores);
      let least = Infinity;
      for (let m = 0; m < MOVES; m++) {
        costs[m] = st.valid(m) ? moveCost(st, m, p.gold) : 1 << 30;
        if (costs[m] < least) least = costs[m];
      }
      let truth = -1;
      for (let m = 0; m < MOVES; m++) if (costs[m] === least && (truth === -1 || scores[m] > scores[truth])) truth = m;
      if (costs[guess] !== least) weights.update(keys, nk, truth, guess);
      weights.tick();
      st.apply(explore && rand() < 0.9 ? guess : truth);
    }
  }
}

function trainLabellerEpoch(weights: PerceptronWeights, data: Prepared[], tagsOf: (p: Prepared) => Int32Array, rootLabel: number, rand: () => number): void {
  const keys = new Uint32Array(MAX_LABEL_FEATURES);
  const scores = new Float64Array(weights.classes);
  for (const si of shuffled(data.length, rand)) {
    const p = data[si];
    const n = p.atoms.n;
    const a: ParseAtoms = parseAtoms(p.atoms.lower, tagsOf(p), n);
    const tree = treeIndex(p.gold, n);
    const last = new Int32Array(n + 1).fill(NO_LABEL);
    for (let d = 0; d < n; d++) {
      if (p.gold[d] === n) {
        last[n] = rootLabel;
        continue;
      }
      const nk = labelFeatures(a, p.gold, tree, d, last[p.gold[d]], keys);
      scores.fill(0);
      weights.score(keys, nk, scores);
      let guess = 0;
      for (let c = 1; c < scores.length; c++) if (scores[c] > scores[guess]) guess = c;
      weights.update(keys, nk, p.labels[d], guess);
      weights.tick();
      last[p.gold[d]] = guess;
    }
  }
}

export interface TrainResult {
  bytes: Uint8Array;
  dev: TreebankScores;
}

/** Trains the whole syntax model; returns the model bytes and the dev scores of the shipped model. */
export function trainSyntax(train: TreebankSentence[], dev: TreebankSentence[], options: TrainOptions): TrainResult {
  const log = options.log ?? (() => {});
  const rand = random(options.seed);
  const tagNames = byFrequency(train.flatMap((s) => s.upos.map((u, i) => `${u}|${s.xpos[i]}`)));
  const labelNames = byFrequency(train.flatMap((s) => s.deprels));
  if (!labelNames.includes('root')) labelNames.push('root');
  const tagId = new Map(tagNames.map((t, i) => [t, i]));
  const labelId = new Map(labelNames.map((l, i) => [l, i]));
  const rootLabel = labelId.get('root')!;
  const ambiguity = ambiguityClasses(train, tagId);
  const prepare = (s: TreebankSentence): Prepared => {
    const n = s.forms.length;
    return {
      s,
      atoms: wordAtoms(s.forms, undefined, ambiguity),
      tags: Int32Array.from(s.upos, (u, i) => tagId.get(`${u}|${s.xpos[i]}`) ?? 0),
      gold: Int32Array.from(s.heads, (h) => (h < 0 ? n : h)),
      labels: Int32Array.from(s.deprels, (l) => labelId.get(l) ?? 0),
    };
  };
  const trainData = train.map(prepare);
  const devData = dev.map(prepare);
  const C = tagNames.length;
  const dictionary = tagDictionary(trainData, C);
  log(`classes: ${C} tags, ${labelNames.length} labels; tag dictionary ${dictionary.size} words`);

  // tagger, first pass: keep the epoch that tags dev best
  const uposOf = tagNames.map((t) => t.slice(0, t.indexOf('|')));
  const freezeTagger = (w: PerceptronWeights): WeightArrays => w.freeze(options.prune.tagger.weight, options.prune.tagger.touches);
  const bestOf = (part: string, right: ((p: Prepared) => Int32Array) | undefined, first?: FrozenWeights): { table: WeightArrays; epoch: number } => {
    let best = { table: undefined as WeightArrays | undefined, epoch: 0, acc: -1 };
    trainTagger(trainData, C, dictionary, options.tagEpochs, rand, right, (epoch, w) => {
      const frozen = freezeTagger(w);
      const model: TaggerModel = first ? { weights: first, refine: new FrozenWeights(frozen), dictionary } : { weights: new FrozenWeights(frozen), dictionary };
      const [acc, uposAcc] = tagAccuracy(devData, model, uposOf);
      log(`${part} epoch ${epoch}: dev tag accuracy ${acc.toFixed(2)}, UPOS ${uposAcc.toFixed(2)} (${frozen.keys.length} features)`);
      if (acc > best.acc) best = { table: frozen, epoch, acc };
    });
    return { table: best.table!, epoch: best.epoch };
  };
  const first = bestOf('tagger', undefined);
  const predict = (p: Prepared, model: TaggerModel): Int32Array => {
    const out = new Int32Array(p.atoms.n);
    tagSentence(model, p.atoms, out);
    return out;
  };

  // first-pass tags of the training sentences: each fold tagged by a tagger trained on the other folds
  const trainTags: Int32Array[] = trainData.map((p) => p.tags);
  if (options.folds > 1) {
    for (let f = 0; f < options.folds; f++) {
      const rest = trainData.filter((_, i) => i % options.folds !== f);
      const restDictionary = tagDictionary(rest, C);
      const w = trainTagger(rest, C, restDictionary, first.epoch, rand);
      const model = { weights: new FrozenWeights(freezeTagger(w)), dictionary: restDictionary };
      trainData.forEach((p, i) => {
        if (i % options.folds === f) trainTags[i] = predict(p, model);
      });
      log(`jack-knife fold ${f + 1}/${options.folds} tagged`);
    }
  }
  const firstPass = new FrozenWeights(first.table);
  const firstTags = new Map<Prepared, Int32Array>();
  trainData.forEach((p, i) => firstTags.set(p, trainTags[i]));
  devData.forEach((p) => firstTags.set(p, predict(p, { weights: firstPass, dictionary })));

  // tagger, second pass, reading the first pass's tags to the right
  let taggerModel: TaggerModel = { weights: firstPass, dictionary };
  let refine: WeightArrays | undefined;
  if (options.refine) {
    refine = bestOf('tagger (second pass)', (p) => firstTags.get(p)!, firstPass).table;
    taggerModel = { weights: firstPass, refine: new FrozenWeights(refine), dictionary };
  }
  const devTags = devData.map((p) => predict(p, taggerModel));
  // the parser's tags: jack-knifed first-pass tags in training, the whole tagger's on dev
  const tagsIndex = new Map<Prepared, Int32Array>();
  trainData.forEach((p, i) => tagsIndex.set(p, trainTags[i]));
  devData.forEach((p, i) => tagsIndex.set(p, devTags[i]));
  const tagsOf = (p: Prepared): Int32Array => tagsIndex.get(p)!;

  // parser: keep the epoch with the best dev UAS
  const parserWeights = new PerceptronWeights(MOVES);
  let parser: WeightArrays | undefined;
  let bestUas = -1;
  for (let epoch = 1; epoch <= options.parseEpochs; epoch++) {
    trainParserEpoch(parserWeights, trainData, tagsOf, epoch > options.exploreAfter, rand);
    const frozen = parserWeights.freeze(options.prune.parser.weight, options.prune.parser.touches);
    const uas = unlabelledScore(devData, tagsOf, new FrozenWeights(frozen));
    log(`parser epoch ${epoch}: dev UAS ${uas.toFixed(2)} (${frozen.keys.length} features)`);
    if (uas > bestUas) {
      bestUas = uas;
      parser = frozen;
    }
  }

  // labeller: keep the epoch with the best dev label accuracy on gold arcs
  const labelWeights = new PerceptronWeights(labelNames.length);
  let labeller: WeightArrays | undefined;
  let bestLabel = -1;
  for (let epoch = 1; epoch <= options.labelEpochs; epoch++) {
    trainLabellerEpoch(labelWeights, trainData, tagsOf, rootLabel, rand);
    const frozen = labelWeights.freeze(options.prune.labeller.weight, options.prune.labeller.touches);
    const acc = labelScore(devData, tagsOf, new FrozenWeights(frozen), rootLabel);
    log(`labeller epoch ${epoch}: dev label accuracy ${acc.toFixed(2)} (${frozen.keys.length} features)`);
    if (acc > bestLabel) {
      bestLabel = acc;
      labeller = frozen;
    }
  }

  const data: SyntaxModelData = {
    tags: tagNames,
    labels: labelNames,
    dictionary: Uint32Array.from([...dictionary].flat()),
    lowercase: lowercaseWords(train),
    ambiguity: Uint32Array.from([...ambiguity].flat()),
    lemmas: lemmaExceptions(train),
    tagger: first.table,
    refine,
    parser: parser!,
    labeller: labeller!,
    meta: options.meta,
  };
  const threshold = fitToSize(data, options.maxBytes);
  if (threshold > 0) log(`model fitted to ${options.maxBytes} bytes: weights below ${threshold.toFixed(4)} left out`);
  const bytes = encodeModel(data);
  const syntax = createSyntax(bytes);
  const devScores = scoreTreebank(dev, (forms) => syntax.parseWords(forms));
  log(`dev: upos ${devScores.upos.toFixed(2)} xpos ${devScores.xpos.toFixed(2)} uas ${devScores.uas.toFixed(2)} las ${devScores.las.toFixed(2)}`);
  return { bytes, dev: devScores };
}

function unlabelledScore(data: Prepared[], tagsOf: (p: Prepared) => Int32Array, weights: FrozenWeights): number {
  let right = 0;
  let total = 0;
  const keys = new Uint32Array(MAX_PARSE_FEATURES);
  const scores = new Float64Array(MOVES);
  for (const p of data) {
    const a = parseAtoms(p.atoms.lower, tagsOf(p), p.atoms.n);
    const st = new ParseState(a.n);
    while (!st.done) {
      const nk = parseFeatures(st, a, keys);
      scores.fill(0);
      weights.score(keys, nk, scores);
      st.apply(bestValid(st, scores));
    }
    for (let i = 0; i < a.n; i++) {
      total++;
      if (st.heads[i] === p.gold[i]) right++;
    }
  }
  return (100 * right) / total;
}

function labelScore(data: Prepared[], tagsOf: (p: Prepared) => Int32Array, weights: FrozenWeights, rootLabel: number): number {
  let right = 0;
  let total = 0;
  const keys = new Uint32Array(MAX_LABEL_FEATURES);
  const scores = new Float64Array(weights.classes);
  for (const p of data) {
    const n = p.atoms.n;
    const a = parseAtoms(p.atoms.lower, tagsOf(p), n);
    const tree = treeIndex(p.gold, n);
    const last = new Int32Array(n + 1).fill(NO_LABEL);
    for (let d = 0; d < n; d++) {
      let guess = rootLabel;
      if (p.gold[d] !== n) {
        const nk = labelFeatures(a, p.gold, tree, d, last[p.gold[d]], keys);
        scores.fill(0);
        weights.score(keys, nk, scores);
        guess = 0;
        for (let c = 1; c < scores.length; c++) if (scores[c] > scores[guess]) guess = c;
      }
      last[p.gold[d]] = guess;
      total++;
      if (guess === p.labels[d]) right++;
    }
  }
  return (100 * right) / total;
}
