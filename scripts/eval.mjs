#!/usr/bin/env node
// Runs the CLI over ../shared/corpus and every benchmark folder present,
// scores each with ../shared/eval/score.mjs and prints one table; then the
// syntax model's tagging and attachment scores on the UD English Web Treebank
// test split, with its gold tokens (dist/syntax.js; npm run eval builds it).
//   node scripts/eval.mjs [--verbose NAME] [--all]
// Without --all the -test folders are skipped: they are for measuring only.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const shared = resolve(process.env.CLAIMLENS_SHARED ?? '../shared');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose') ? args[args.indexOf('--verbose') + 1] : undefined;
const all = args.includes('--all') || args.includes('--test');

if (!existsSync(join(shared, 'eval/score.mjs'))) {
  console.log(`eval: ${shared} is absent; nothing to score (set CLAIMLENS_SHARED to its path)`);
  process.exit(0);
}
const { scoreDirs } = await import(join(shared, 'eval/score.mjs'));

const sets = [{ name: 'corpus', dir: join(shared, 'corpus') }];
const benchDir = join(shared, 'benchmarks');
if (existsSync(benchDir)) {
  for (const name of readdirSync(benchDir).sort()) {
    if (!all && name.endsWith('-test')) continue;
    sets.push({ name, dir: join(benchDir, name) });
    // The Szeged uncertainty corpus does not annotate approximators ("about 40"), which GUIDE.md
    // counts as hedges; score it a second time without them, so the scheme difference is visible.
    if (name.startsWith('szeged')) sets.push({ name: `${name} -approx`, dir: join(benchDir, name), args: ['--exclude-hedges', 'approximator'] });
  }
}

const pct = (x) => (100 * x).toFixed(1).padStart(5);
const rows = [];
for (const set of sets) {
  const out = mkdtempSync(join(tmpdir(), 'claimlens-eval-'));
  try {
    execFileSync(process.execPath, ['dist/cli.js', 'analyze', join(set.dir, 'articles'), '--format', 'json', '--out', out, ...(set.args ?? [])], { stdio: ['ignore', 'ignore', 'inherit'] });
    const log = verbose === set.name ? console.log : undefined;
    const r = scoreDirs(join(set.dir, 'gold'), out, log);
    rows.push({ set: set.name, docs: r.documents, status: r.statusMacroF1, claim: r.claim.f, hedge: r.hedge, attr: r.attribution });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
console.log('set                     docs  status-F1  claim-F1  hedge P/R/F1          attribution P/R/F1');
for (const r of rows) {
  console.log(`${r.set.padEnd(23)} ${String(r.docs).padStart(4)}  ${pct(r.status)}      ${pct(r.claim)}     ${pct(r.hedge.p)} ${pct(r.hedge.r)} ${pct(r.hedge.f)}   ${pct(r.attr.p)} ${pct(r.attr.r)} ${pct(r.attr.f)}`);
}

const root = resolve(import.meta.dirname, '..');
const model = join(root, 'models/syntax/claimlens-syntax.bin');
const ewtTest = join(shared, 'treebanks/ud-english-ewt/en_ewt-ud-test.conllu');
if (existsSync(model) && existsSync(ewtTest)) {
  const { createSyntax, readConllu, scoreTreebank } = createRequire(import.meta.url)(join(root, 'dist/syntax.js'));
  const syntax = createSyntax(readFileSync(model));
  const r = scoreTreebank(readConllu(readFileSync(ewtTest, 'utf8')), (forms) => syntax.parseWords(forms));
  const f = (x) => x.toFixed(2);
  console.log(`ewt-test upos-accuracy ${f(r.upos)} xpos-accuracy ${f(r.xpos)} uas ${f(r.uas)} las ${f(r.las)}`);
} else {
  console.log(`ewt-test: skipped (${existsSync(model) ? ewtTest : model} is absent)`);
}
