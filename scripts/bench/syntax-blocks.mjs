#!/usr/bin/env node
// What the syntax adds to a keystroke: the editor re-analyses only the block
// (paragraph) that changed, so a keystroke pays for tagging and parsing that
// block's sentences. Times the syntax of every block of the ~1 MB bench text
// (the samples, renamed per copy as in scripts/bench.mjs) and of a 2,000-word
// run-on sentence, against the keystroke targets of scripts/bench/incremental.mjs.
//   node scripts/bench/syntax-blocks.mjs [--size MB]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');
const args = process.argv.slice(2);
const TARGET = (args.includes('--size') ? Number(args[args.indexOf('--size') + 1]) : 1) * 1_000_000;
const model = join(root, 'models', 'syntax', 'claimlens-syntax.bin');
const lib = join(root, 'dist', 'syntax.js');
if (!existsSync(model) || !existsSync(lib)) {
  console.log('syntax blocks: the model or dist/syntax.js is missing; skipped');
  process.exit(0);
}
const { createSyntax, parseSentences } = createRequire(import.meta.url)(lib);
const loadStart = performance.now();
const syntax = createSyntax(readFileSync(model));
const loadMs = performance.now() - loadStart;

const samples = join(root, 'samples');
const articles = readdirSync(samples).filter((n) => /\.(txt|article|md)$/.test(n) && !/^readme\./i.test(n)).sort().map((n) => readFileSync(join(samples, n), 'utf8'));
const blocks = [];
for (let copy = 0, size = 0; size < TARGET; copy++) {
  for (const a of articles) {
    // shifted numbers make each copy's blocks distinct, as in scripts/bench.mjs
    for (const b of a.replace(/\d+/g, (d) => String(Number(d) + copy)).split(/\n\s*\n/)) {
      if (b.trim()) blocks.push(b);
      size += b.length + 2;
    }
  }
}
const sentencesByBlock = blocks.map((b) => parseSentences(b));
// warm up the JIT on every block once
for (const ss of sentencesByBlock) for (const s of ss) syntax.parseSentenceTokens(s);
const times = sentencesByBlock.map((ss) => {
  const t0 = performance.now();
  for (const s of ss) syntax.parseSentenceTokens(s);
  return performance.now() - t0;
});
times.sort((a, b) => a - b);
const pct = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))];
const runOn = parseSentences(Array.from({ length: 400 }, (_, i) => `the council met on day ${i} and`).join(' ') + ' the talks ended.')[0];
syntax.parseSentenceTokens(runOn);
const r0 = performance.now();
const words = syntax.parseSentenceTokens(runOn).words.length;
const runOnMs = performance.now() - r0;
const f = (x) => `${x.toFixed(2).padStart(7)} ms`;
console.log(`syntax per block (what a keystroke adds), ${blocks.length} blocks; model loaded in ${loadMs.toFixed(0)} ms`);
console.log(`  p50 ${f(pct(50))}  p95 ${f(pct(95))}  max ${f(times[times.length - 1])}   p95 within the 20 ms keystroke target: ${pct(95) <= 20 ? 'yes' : 'NO'}`);
console.log(`  a ${words}-word run-on sentence ${f(runOnMs)}   within the 50 ms slice target: ${runOnMs <= 50 ? 'yes' : 'NO'}`);
