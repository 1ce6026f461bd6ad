/**
 * Child process of property.test.ts: analyses BYTES characters of words with
 * no punctuation and no line break, checks the invariants and prints a
 * summary. Run apart so that the test can stop a superlinear rule with a
 * time limit instead of hanging.
 */
import { analyze } from '../../../src/core';
import { assertWellFormed } from './invariants';

const size = Number(process.argv[2] ?? 1_000_000);
const words = ['officials', 'said', 'the', 'drones', 'may', 'have', 'reached', 'Dorvania', 'according', 'to', 'reports', 'around', 'signs', 'Министерство', '无人机'];
const parts: string[] = [];
let length = 0;
for (let i = 0; length < size; i++) {
  const w = words[i % words.length];
  parts.push(w);
  length += w.length + 1;
}
const text = parts.join(' ');
const started = performance.now();
const a = analyze(text);
const ms = Math.round(performance.now() - started);
assertWellFormed(a, text);
process.stdout.write(JSON.stringify({ chars: text.length, ms, sentences: a.sentences.length, claims: a.claims.length }) + '\n');
