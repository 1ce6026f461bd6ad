/** Ignore comments (`<!-- claimlens-disable … -->`): the ranges they switch off and the findings they drop. */
import { strict as assert } from 'node:assert';
import { analyze, type Analysis } from '../../src/core';
import { applyIgnoreComments, ignoredRanges, maskIgnoreComments } from '../../src/core/ignoreComments';

const sentence = 'The harbour master said the pier was probably unsafe for lorries.';
const claimAt = (a: Analysis, text: string, needle: string) => a.claims.some((c) => c.start <= text.indexOf(needle) && text.indexOf(needle) < c.end);
const hedgeAt = (a: Analysis, text: string, needle: string) => a.hedges.some((h) => text.slice(h.start, h.end) === 'probably' && h.start >= text.indexOf(needle) && h.start < text.indexOf(needle) + 30);
const cueAt = (a: Analysis, text: string, needle: string) => a.attributions.some((x) => x.cue.start > text.indexOf(needle) - 40 && x.cue.start < text.indexOf(needle));

/** The analysis of a text (markers blanked, as the editor does) before and after the ignore comments apply. */
function both(text: string, markdown: boolean): { before: Analysis; after: Analysis } {
  const before = analyze(maskIgnoreComments(text), { markdown });
  return { before, after: applyIgnoreComments(before, text) };
}

for (const markdown of [true, false]) {
  describe(`ignore comments (${markdown ? 'Markdown' : 'plain text'})`, () => {
    it('drops every finding between disable and enable, and keeps those outside', () => {
      const text = `${sentence.replace('pier', 'north pier')}\n\n<!-- claimlens-disable -->\n\n${sentence.replace('pier', 'west pier')}\n\n<!-- claimlens-enable -->\n\n${sentence.replace('pier', 'east pier')}\n`;
      const { before, after } = both(text, markdown);
      assert.ok(claimAt(before, text, 'west pier was'), 'the analysis finds the claim in the disabled block');
      assert.ok(!claimAt(after, text, 'west pier was'));
      assert.ok(!hedgeAt(after, text, 'west pier was'));
      assert.ok(!cueAt(after, text, 'west pier was'));
      assert.ok(claimAt(after, text, 'north pier was'));
      assert.ok(claimAt(after, text, 'east pier was'));
      assert.ok(hedgeAt(after, text, 'east pier was'));
    });

    it('drops findings on the next line only', () => {
      const text = `<!-- claimlens-disable-next-line -->\n${sentence.replace('pier', 'west pier')}\n${sentence.replace('pier', 'east pier')}\n`;
      const { before, after } = both(text, markdown);
      assert.ok(claimAt(before, text, 'west pier was'));
      assert.ok(!claimAt(after, text, 'west pier was'));
      assert.ok(claimAt(after, text, 'east pier was'));
    });

    it('drops findings on its own line only', () => {
      const text = `${sentence.replace('pier', 'west pier')} <!-- claimlens-disable-line -->\n\n${sentence.replace('pier', 'east pier')}\n`;
      const { before, after } = both(text, markdown);
      assert.ok(claimAt(before, text, 'west pier was'));
      assert.ok(!claimAt(after, text, 'west pier was'));
      assert.ok(claimAt(after, text, 'east pier was'));
    });

    it('drops only the kinds it names, and keeps the links of what stays', () => {
      const text = `<!-- claimlens-disable-next-line hedges -->\n${sentence}\n`;
      const { before, after } = both(text, markdown);
      assert.ok(hedgeAt(before, text, 'pier was'));
      assert.ok(!hedgeAt(after, text, 'pier was'), 'the hedge is gone');
      assert.ok(claimAt(after, text, 'pier was'), 'the claim stays');
      assert.ok(cueAt(after, text, 'pier was'), 'the attribution stays');
      for (const claim of after.claims) {
        for (const h of claim.hedges) assert.ok(after.hedges[h], 'hedge links point at kept hedges');
        if (claim.attribution !== undefined) assert.ok(after.attributions[claim.attribution], 'attribution links point at kept attributions');
      }
      const claim = after.claims.find((c) => c.start <= text.indexOf('pier was') && text.indexOf('pier was') < c.end);
      assert.deepEqual(claim?.hedges, []);
      assert.equal(after.attributions[claim?.attribution ?? -1]?.cue.text, 'said');
    });
  });
}

describe('ignore comment markers', () => {
  it('switches off kinds one by one, and enable without kinds closes them all', () => {
    const text = 'a <!-- claimlens-disable claims --> b <!-- claimlens-disable hedges --> c <!-- claimlens-enable claims --> d <!-- claimlens-enable --> e';
    const ranges = ignoredRanges(text).filter((r) => r.kinds.length === 1);
    const claims = ranges.find((r) => r.kinds[0] === 'claims');
    const hedges = ranges.find((r) => r.kinds[0] === 'hedges');
    assert.deepEqual(text.slice(claims?.start, claims?.end).trim().replace(/<!--.*?-->/g, '').split(/\s+/).filter(Boolean), ['b', 'c']);
    assert.deepEqual(text.slice(hedges?.start, hedges?.end).trim().replace(/<!--.*?-->/g, '').split(/\s+/).filter(Boolean), ['c', 'd']);
  });

  it('runs an unclosed disable to the end of the text', () => {
    const text = 'kept <!-- claimlens-disable --> dropped to the end';
    const open = ignoredRanges(text).find((r) => r.start > 5);
    assert.equal(open?.end, text.length);
  });

  it('covers the marker text itself, and a marker naming only unknown kinds switches nothing else off', () => {
    const text = 'x <!-- claimlens-disable-line typo --> y';
    const ranges = ignoredRanges(text);
    assert.equal(ranges.length, 1);
    assert.equal(text.slice(ranges[0].start, ranges[0].end), '<!-- claimlens-disable-line typo -->');
  });

  it('accepts spacing and singular kind names, and ignores other comments', () => {
    assert.equal(ignoredRanges('<!--claimlens-disable-next-line   hedge  -->\nline').filter((r) => r.kinds.join() === 'hedges').length, 1);
    assert.deepEqual(ignoredRanges('<!-- vale off --> <!-- cspell:disable -->'), []);
  });

  it('blanks the markers for the analyzer, keeping every offset', () => {
    const text = 'One. <!-- claimlens-disable-line hedges -->\nTwo.';
    const masked = maskIgnoreComments(text);
    assert.equal(masked.length, text.length);
    assert.equal(masked, `One. ${' '.repeat(38)}\nTwo.`);
  });

  it('returns the analysis unchanged when there are no markers', () => {
    const a = analyze(sentence);
    assert.equal(applyIgnoreComments(a, sentence), a);
  });
});
