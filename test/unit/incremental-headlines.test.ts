/**
 * A headline claim is dropped when a claim a few blocks below repeats it, so
 * an edit can change the decision of a headline several blocks before it or
 * after it; the incremental path re-decides those, and only those.
 */
import { strict as assert } from 'node:assert';
import { Analyzer, analyze } from '../../src/core';

const FILLER = [
  'The harbour office opened at nine.',
  'Ticket sales were slow in the morning.',
  'A cargo ship left for the south at noon.',
  'Fishermen said the weather was calm.',
];

/** A headline, four unrelated paragraphs, then `last`; the same once more further down. */
function article(last: string): string {
  return ['Council approves new harbour wall', ...FILLER, last, 'Storm closes the northern pier', ...FILLER, 'The ferry will run as usual.'].join('\n\n');
}

const REPEATS = 'The council approved the new harbour wall on Monday, officials said.';
const UNRELATED = 'The mayor thanked the volunteers on Monday, officials said.';

function headlineClaims(text: string, a = analyze(text)): string[] {
  return a.claims.filter((c) => a.blocks.some((b) => b.kind === 'headline' && b.start <= c.start && c.end <= b.end)).map((c) => c.text);
}

describe('incremental analysis and headlines repeated further down', () => {
  it('a headline comes back when the claim five blocks below stops repeating it, and goes again on undo', () => {
    const repeated = article(REPEATS);
    const unrelated = article(UNRELATED);
    assert.ok(!headlineClaims(repeated).includes('Council approves new harbour wall'), 'the repeated headline is dropped');
    assert.ok(headlineClaims(unrelated).includes('Council approves new harbour wall'), 'an unrepeated headline stays');
    const analyzer = new Analyzer();
    analyzer.analyze(repeated);
    for (const text of [unrelated, repeated, unrelated]) assert.deepEqual(analyzer.analyze(text), analyze(text));
  });

  it('typing the repeat in one keystroke at a time gives a fresh analysis each time', () => {
    const analyzer = new Analyzer();
    let text = article('');
    analyzer.analyze(text);
    const at = text.indexOf('Storm') - 2;
    for (let n = 1; n <= REPEATS.length; n += 7) {
      const typed = text.slice(0, at) + REPEATS.slice(0, n) + text.slice(at);
      assert.deepEqual(analyzer.analyze(typed), analyze(typed), `after typing ${JSON.stringify(REPEATS.slice(0, n))}`);
    }
    text = text.slice(0, at) + REPEATS + text.slice(at);
    assert.deepEqual(analyzer.analyze(text), analyze(text));
  });

  it('a change of decision passes down a chain of copies of one headline, six blocks apart', () => {
    // Each copy is dropped when the one before it is kept, so one edit flips every headline below it.
    const filler = (n: number) => FILLER.concat(FILLER).slice(0, n);
    const chain = (repeat: string) => ['Council approves new harbour wall', ...filler(4), repeat, 'Council approves new harbour wall', ...filler(5),
      'Council approves new harbour wall', ...filler(5), 'Council approves new harbour wall', ...filler(3)].join('\n\n');
    const analyzer = new Analyzer();
    analyzer.analyze(chain(REPEATS));
    for (const text of [chain(UNRELATED), chain(REPEATS)]) assert.deepEqual(analyzer.analyze(text), analyze(text));
    const keptAt = (text: string) => analyze(text).claims.filter((c) => c.text === 'Council approves new harbour wall').map((c) => text.slice(0, c.start).split('\n\n').length);
    assert.deepEqual([keptAt(chain(REPEATS)), keptAt(chain(UNRELATED))], [[7, 19], [1, 13]], 'block numbers of the kept headline copies');
  });
});
