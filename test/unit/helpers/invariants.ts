/** The invariants every analysis keeps, whatever its input: shared by the property tests and their child process. */
import { strict as assert } from 'node:assert';
import type { Analysis, Span } from '../../../src/core';

/** Every span the analysis reports: blocks, sentences, claims, hedges and each part of each attribution. */
export function allSpans(a: Analysis): Span[] {
  return [
    ...a.blocks, ...a.sentences, ...a.claims, ...a.hedges,
    ...a.attributions.flatMap((x) => [x.source, x.cue, ...(x.content ? [x.content] : []), ...(x.source.resolved ? [x.source.resolved] : [])]),
  ];
}

function assertOrdered(name: string, list: readonly Span[]): void {
  for (let i = 1; i < list.length; i++) assert.ok(list[i - 1].start <= list[i].start, `${name} out of order at ${i}`);
}

/**
 * In range, `text === slice`, blocks and sentences ordered and disjoint,
 * claims and hedges ordered and inside one sentence, indices that point at
 * real findings.
 */
export function assertWellFormed(a: Analysis, text: string): void {
  for (const s of allSpans(a)) {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `non-integer span ${JSON.stringify(s)}`);
    assert.ok(0 <= s.start && s.start <= s.end && s.end <= text.length, `span ${s.start}-${s.end} outside 0-${text.length}`);
    assert.equal(s.text, text.slice(s.start, s.end), `text of ${s.start}-${s.end} is not its slice`);
  }
  assertOrdered('blocks', a.blocks);
  assertOrdered('sentences', a.sentences);
  assertOrdered('claims', a.claims);
  assertOrdered('hedges', a.hedges);
  for (const list of [a.blocks, a.sentences]) {
    for (let i = 1; i < list.length; i++) assert.ok(list[i - 1].end <= list[i].start, `overlapping blocks or sentences at ${i}`);
  }
  const inSentence = (s: Span) => a.sentences.some((x) => x.start <= s.start && s.end <= x.end);
  for (const c of a.claims) {
    assert.ok(inSentence(c), `claim ${c.start}-${c.end} is not inside one sentence`);
    assert.ok(['confirmed', 'alleged', 'denied'].includes(c.status), `status ${c.status}`);
    assert.ok(c.attribution === undefined || (c.attribution >= 0 && c.attribution < a.attributions.length), 'dangling attribution index');
    for (const h of c.hedges) assert.ok(h >= 0 && h < a.hedges.length, 'dangling hedge index');
  }
  for (const h of a.hedges) assert.ok(inSentence(h), `hedge ${h.start}-${h.end} is not inside one sentence`);
}
