/**
 * The headline filter stays linear in the number of claims: a block of
 * thousands of claims that reads as a headline (one long line without a full
 * stop) used to compare every claim with every earlier one (issue 11, item 7).
 * The work is counted as reads of the claim arrays, not timed.
 */
import { strict as assert } from 'node:assert';
import type { Span } from '../../src/core';
import { HeadlineFilter, type ClaimGroup } from '../../src/core/rules/headlines';

/** `n` claims with words of their own, so none repeats another; `reads` counts the reads of their array. */
function countedClaims(n: number, at: number, counter: { reads: number }): Span[] {
  const claims: Span[] = [];
  for (let i = 0; i < n; i++) {
    const text = `harbour${at + i} ferry${at + i} crossing${at + i}`;
    claims.push({ start: at + i * 100, end: at + i * 100 + text.length, text });
  }
  return new Proxy(claims, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) counter.reads++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

/** Reads of the claim arrays when one headline block of `n` claims is followed by a paragraph of `n` claims. */
function workFor(n: number): { reads: number; kept: number } {
  const counter = { reads: 0 };
  const groups: Array<ClaimGroup<Span>> = [
    { headline: true, claims: countedClaims(n, 0, counter) },
    { headline: false, claims: countedClaims(n, n * 100, counter) },
  ];
  const kept = new HeadlineFilter<Span, ClaimGroup<Span>>().filter(groups).length;
  return { reads: counter.reads, kept };
}

describe('headline filter on a huge headline block', () => {
  it('keeps every claim that nothing repeats', () => {
    assert.equal(workFor(300).kept, 600);
  });

  it('reads the claims a number of times linear in their count', () => {
    const small = workFor(250).reads;
    const large = workFor(1000).reads;
    // four times the claims: linear work reads about four times as often, quadratic sixteen times
    assert.ok(large <= 6 * small, `${small} reads for 250 claims, ${large} for 1,000`);
  });
});
