#!/usr/bin/env node
// Adversarial inputs for the full analysis (dist/core.js, so build first):
// one 1 MB paragraph of prose, 1 MB of ". ", 1 MB of quotes and reporting
// cues, beside 1 MB of normal articles. Reports ms per KB, median of rounds
// (each round runs every input once in turn, so a machine that slows down
// slows all alike), and checks that each input is
//   linear:  its ms/KB at full size is within 2x of its ms/KB at a quarter;
//   near normal text: its ms/KB is within 2x of the normal articles'.
//   node scripts/bench/adversarial.mjs [--size MB] [--runs N]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const SIZE = Math.round(option('--size', 1) * 1_000_000);
const RUNS = option('--runs', 3);
const FACTOR = 2;

const core = join(root, 'dist', 'core.js');
if (!existsSync(core)) {
  console.error('adversarial bench: dist/core.js is missing; run `npm run build` first (npm run bench does)');
  process.exit(1);
}
const { analyze } = createRequire(import.meta.url)(core);

const samplesDir = join(root, 'samples');
const samples = readdirSync(samplesDir)
  .filter((n) => /\.(txt|md|article)$/i.test(n) && !/^readme\./i.test(n))
  .sort()
  .map((n) => readFileSync(join(samplesDir, n), 'utf8'));

/** `unit(i)` repeated to `size` characters. */
function fill(size, unit) {
  const parts = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const u = unit(i);
    parts.push(u);
    length += u.length;
  }
  return parts.join('').slice(0, size);
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'sa', 'tor', 'vi', 'del', 'an', 'bru', 'zen', 'ol'];
/** A name suffix of its own for each copy. */
function suffix(copy) {
  let s = '';
  for (let n = copy; n > 0; n = Math.floor(n / SYLLABLES.length)) s += SYLLABLES[n % SYLLABLES.length];
  return s;
}
/**
 * Copy `copy` of a sample, its names (capitalised words inside a sentence)
 * given a suffix of the copy and its numbers shifted, so that blocks do not
 * repeat: the analysis caches blocks by text, and the long paragraph below
 * cannot profit from that.
 */
const variant = (text, copy) => text
  .replace(/(?<=[\p{Ll},] )(\p{Lu}\p{Ll}+)/gu, (name) => name + suffix(copy))
  .replace(/\d+/g, (d) => String(Number(d) + copy));
/** The copies of the samples in turn, to `size` characters, joined by `separator`. */
const articles = (size, separator) => fill(size, (i) => variant(samples[i % samples.length], Math.floor(i / samples.length)) + separator);
const CUES = ['"We saw it ourselves," she said.', ' according to officials', ' reportedly ', '“allegedly” ', 'he claimed that "', ' denied ', "'the ministry said' ", '» « '];

const INPUTS = [
  { name: 'normal articles', make: (size) => articles(size, '\n\n') },
  // the same prose as one block: line breaks and blank lines become spaces
  { name: 'one paragraph of prose', make: (size) => articles(size, ' ').replace(/\s+/g, ' ') },
  { name: '". " repeated', make: (size) => '. '.repeat(Math.ceil(size / 2)).slice(0, size) },
  { name: 'quotes and reporting cues', make: (size) => fill(size, (i) => CUES[i % CUES.length]) },
];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function msPerKb(text) {
  const t0 = performance.now();
  analyze(text);
  return (performance.now() - t0) / (text.length / 1000);
}

const sizes = [Math.round(SIZE / 4), SIZE];
const texts = INPUTS.map((input) => sizes.map((size) => input.make(size)));
// warm the JIT on every input's code paths before timing
for (const [small] of texts) msPerKb(small.slice(0, 50_000));
const runs = INPUTS.map(() => sizes.map(() => []));
for (let round = 0; round < RUNS; round++) {
  INPUTS.forEach((_, i) => sizes.forEach((_, s) => runs[i][s].push(msPerKb(texts[i][s]))));
}

const perKb = runs.map((bySize) => bySize.map(median));
const normal = perKb[0][1];
const kb = (n) => `${Math.round(n / 1000)} KB`;
console.log(`adversarial inputs, full analysis in ms per KB (lower is better), median of ${RUNS} rounds; targets: linear (x${FACTOR} at most from ${kb(sizes[0])} to ${kb(sizes[1])}) and within ${FACTOR}x of normal articles`);
console.log(`  ${'input'.padEnd(28)} ${kb(sizes[0]).padStart(8)} ${kb(sizes[1]).padStart(8)}   growth   vs normal`);
let allHold = true;
INPUTS.forEach((input, i) => {
  const [quarter, full] = perKb[i];
  const growth = full / quarter;
  const vsNormal = full / normal;
  const ok = growth <= FACTOR && vsNormal <= FACTOR;
  allHold &&= ok;
  console.log(`  ${input.name.padEnd(28)} ${quarter.toFixed(2).padStart(8)} ${full.toFixed(2).padStart(8)}   ${growth.toFixed(2).padStart(5)}x   ${vsNormal.toFixed(2).padStart(5)}x  ${ok ? 'holds' : 'MISSED'}`);
});
console.log(allHold ? '  All adversarial targets hold.' : '  Some adversarial targets are missed.');
