#!/usr/bin/env node
// Runs the CLI over ../shared/corpus and every benchmark folder present,
// scores each with ../shared/eval/score.mjs and prints one table, a row per
// set (the first five corpus articles, the VOA ones, all 25, and each
// benchmark on what it annotates; the analysis alone, --raw); then the
// syntax model's tagging and attachment scores on the UD English Web Treebank
// test split, with its gold tokens (dist/syntax.js; npm run eval builds it).
//   node scripts/eval.mjs [--verbose NAME] [--all]
// Without --all the -test folders are skipped: they are for measuring only.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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
const { scoreDirs, scoreEventDirs } = await import(join(shared, 'eval/score.mjs'));

// What each set annotates decides its columns (BENCHMARKS.md): MEANTIME is scored on event words
// (status only), Szeged on hedges under its own scheme (no approximators), PolNeAR on attributions.
const FIRST_FIVE = /^00\d_/;
const sets = [];
const corpus = join(shared, 'corpus');
sets.push({ name: 'first five', dir: corpus, only: (n) => FIRST_FIVE.test(n), cols: ['status', 'claim', 'hedge', 'attr'] });
sets.push({ name: 'voa', dir: corpus, only: (n) => !FIRST_FIVE.test(n), cols: ['status', 'claim', 'hedge', 'attr'] });
sets.push({ name: 'corpus (all 25)', dir: corpus, cols: ['status', 'claim', 'hedge', 'attr'] });
const benchDir = join(shared, 'benchmarks');
if (existsSync(benchDir)) {
  for (const name of readdirSync(benchDir).sort()) {
    if (!all && name.endsWith('-test')) continue;
    const dir = join(benchDir, name);
    if (name.startsWith('meantime')) sets.push({ name, dir, events: true, cols: ['status'] });
    else if (name.startsWith('szeged')) {
      sets.push({ name, dir, args: ['--exclude-hedges', 'approximator'], cols: ['hedge'] });
      // GUIDE.md counts approximators ("about 40") as hedges; the Szeged gold does not: shown apart.
      sets.push({ name: `${name} +approx`, dir, cols: ['hedge'] });
    } else sets.push({ name, dir, cols: ['attr'] });
  }
}

/** A gold folder holding only the files `only` keeps (a temporary copy), or the folder itself. */
function goldOf(set, tmp) {
  const gold = join(set.dir, 'gold');
  if (!set.only) return gold;
  const sub = join(tmp, 'gold');
  mkdirSync(sub);
  for (const n of readdirSync(gold)) if (set.only(n)) copyFileSync(join(gold, n), join(sub, n));
  return sub;
}

const pct = (x) => (100 * x).toFixed(1).padStart(5);
const dash = '    –';
const rows = [];
/** Predictions per (folder, CLI arguments): the corpus is analysed once for its three rows. */
const analysed = new Map();
const tmp = mkdtempSync(join(tmpdir(), 'claimlens-eval-'));
try {
  for (const set of sets) {
    const key = `${set.dir}\0${(set.args ?? []).join(' ')}`;
    let out = analysed.get(key);
    if (!out) {
      out = mkdtempSync(join(tmp, 'pred-'));
      execFileSync(process.execPath, ['dist/cli.js', 'analyze', join(set.dir, 'articles'), '--format', 'json', '--raw', '--out', out, ...(set.args ?? [])], { stdio: ['ignore', 'ignore', 'inherit'] });
      analysed.set(key, out);
    }
    const log = verbose === set.name ? console.log : undefined;
    const gold = goldOf(set, mkdtempSync(join(tmp, 'gold-')));
    if (set.events) {
      const r = scoreEventDirs(gold, out, log);
      rows.push({ set, docs: r.documents, status: r.statusMacroF1, note: `events: ${r.present.length} statuses, coverage ${(100 * r.coverage).toFixed(1)}` });
    } else {
      const r = scoreDirs(gold, out, log);
      rows.push({ set, docs: r.documents, status: r.statusMacroF1, claim: r.claim.f, hedge: r.hedge, attr: r.attribution });
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
console.log('set                      docs  status-F1  claim-F1  hedge P/R/F1          attribution P/R/F1');
for (const r of rows) {
  const has = (c) => r.set.cols.includes(c);
  const prf = (m, c) => (has(c) ? `${pct(m.p)} ${pct(m.r)} ${pct(m.f)}` : `${dash} ${dash} ${dash}`);
  const cells = [
    has('status') ? pct(r.status) : dash,
    has('claim') ? pct(r.claim) : dash,
    r.hedge ? prf(r.hedge, 'hedge') : `${dash} ${dash} ${dash}`,
    r.attr ? prf(r.attr, 'attr') : `${dash} ${dash} ${dash}`,
  ];
  console.log(`${r.set.name.padEnd(24)} ${String(r.docs).padStart(4)}  ${cells[0]}      ${cells[1]}     ${cells[2]}   ${cells[3]}${r.note ? `   (${r.note})` : ''}`);
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
