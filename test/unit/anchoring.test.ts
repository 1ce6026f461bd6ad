import { strict as assert } from 'node:assert';
import { createAnchor, resolveAnchor, type Anchor } from '../../src/core/anchoring';

const ARTICLE = [
  'Officials in Kyiv said on Tuesday that the bridge had been struck twice overnight.',
  'The ministry denied that any civilians were hurt in the attack.',
  'Analysts believe the strike may have been aimed at supply lines.',
].join('\n');

/** An anchor on the first occurrence of `quote` in `text`. */
function anchorOn(text: string, quote: string, from = 0): Anchor {
  const start = text.indexOf(quote, from);
  assert.ok(start >= 0, `quote not in text: ${quote}`);
  return createAnchor(text, start, start + quote.length);
}

function resolvedText(text: string, anchor: Anchor): [string, string] {
  const r = resolveAnchor(text, anchor);
  return [r.state, text.slice(r.start, r.end)];
}

describe('anchoring: createAnchor', () => {
  it('keeps the quote, up to 32 characters of context and the position', () => {
    const a = anchorOn(ARTICLE, 'any civilians were hurt');
    assert.equal(a.quote.exact, 'any civilians were hurt');
    assert.equal(a.quote.prefix.length, 32);
    assert.ok(ARTICLE.slice(0, a.position.start).endsWith(a.quote.prefix));
    assert.ok(ARTICLE.slice(a.position.end).startsWith(a.quote.suffix));
    assert.equal(a.position.end - a.position.start, a.quote.exact.length);
  });

  it('cuts context short at the edges of the text', () => {
    const a = anchorOn(ARTICLE, 'Officials');
    assert.equal(a.quote.prefix, '');
    const b = createAnchor(ARTICLE, ARTICLE.length - 6, ARTICLE.length);
    assert.equal(b.quote.suffix, '');
  });

  it('never splits an emoji in the context', () => {
    const text = 'x'.repeat(40) + '\u{1F525}' + 'the claim' + '\u{1F525}' + 'y'.repeat(40);
    const start = text.indexOf('the claim');
    const a = createAnchor(text, start, start + 9, 1);
    assert.equal(a.quote.prefix, '');
    assert.equal(a.quote.suffix, '');
    const b = createAnchor(text, start, start + 9, 2);
    assert.equal(b.quote.prefix, '\u{1F525}');
  });

  it('rejects an empty or out-of-range span', () => {
    assert.throws(() => createAnchor(ARTICLE, 5, 5), RangeError);
    assert.throws(() => createAnchor(ARTICLE, -1, 5), RangeError);
    assert.throws(() => createAnchor(ARTICLE, 0, ARTICLE.length + 1), RangeError);
  });
});

describe('anchoring: resolveAnchor', () => {
  const QUOTE = 'any civilians were hurt';

  it('is exact on unchanged text', () => {
    assert.deepEqual(resolvedText(ARTICLE, anchorOn(ARTICLE, QUOTE)), ['exact', QUOTE]);
  });

  it('is exact after an edit after the anchored text', () => {
    const edited = ARTICLE.replace('supply lines', 'the supply lines of the army');
    assert.deepEqual(resolvedText(edited, anchorOn(ARTICLE, QUOTE)), ['exact', QUOTE]);
  });

  it('moves with the text after an edit before it', () => {
    const edited = 'BREAKING. ' + ARTICLE.replace('on Tuesday', 'late on Tuesday evening');
    const r = resolveAnchor(edited, anchorOn(ARTICLE, QUOTE));
    assert.equal(r.state, 'moved');
    assert.equal(edited.slice(r.start, r.end), QUOTE);
  });

  it('follows a paragraph that was moved', () => {
    const lines = ARTICLE.split('\n');
    const edited = [lines[1], lines[2], lines[0]].join('\n');
    assert.deepEqual(resolvedText(edited, anchorOn(ARTICLE, 'the bridge had been struck')), ['moved', 'the bridge had been struck']);
  });

  it('re-attaches fuzzily after an edit inside the anchored text', () => {
    const quote = 'The ministry denied that any civilians were hurt in the attack.';
    const edited = ARTICLE.replace('any civilians were hurt', 'any civilians had been hurt');
    assert.deepEqual(resolvedText(edited, anchorOn(ARTICLE, quote)), ['fuzzy', 'The ministry denied that any civilians had been hurt in the attack.']);
  });

  it('re-attaches fuzzily when the quote and the context on one side were both edited', () => {
    const quote = 'the strike may have been aimed at supply lines';
    const edited = ARTICLE.replace('Analysts believe', 'Some analysts think that').replace('been aimed', 'been directed');
    assert.deepEqual(resolvedText(edited, anchorOn(ARTICLE, quote)), ['fuzzy', 'the strike may have been directed at supply lines']);
  });

  it('is orphaned, with a clamped hint, when its text was deleted', () => {
    const a = anchorOn(ARTICLE, 'The ministry denied that any civilians were hurt in the attack.');
    const edited = ARTICLE.replace(/The ministry[^\n]*\n/, '');
    const r = resolveAnchor(edited, a);
    assert.equal(r.state, 'orphaned');
    assert.ok(r.start <= edited.length && r.end <= edited.length);
    assert.equal(resolveAnchor('', a).state, 'orphaned');
  });

  it('is orphaned when the text was rewritten beyond recognition', () => {
    const a = anchorOn(ARTICLE, 'the bridge had been struck twice overnight');
    const edited = ARTICLE.replace('the bridge had been struck twice overnight', 'a depot burned');
    assert.equal(resolveAnchor(edited, a).state, 'orphaned');
  });

  describe('a rewritten sentence is not the same quote', () => {
    const BEFORE = [
      'Rain fell all week across the valley.',
      'The mayor said 40 homes in Kell were flooded on Monday.',
      'Repairs are expected to take a month.',
    ].join('\n');
    const SENTENCE = 'The mayor said 40 homes in Kell were flooded on Monday.';

    it('is orphaned when its actor, number and place all changed', () => {
      const edited = BEFORE.replace(SENTENCE, 'The governor said 12 homes in Dunmore were flooded on Monday.');
      assert.equal(resolveAnchor(edited, anchorOn(BEFORE, SENTENCE)).state, 'orphaned');
    });

    it('is orphaned when only its number changed', () => {
      const edited = BEFORE.replace('40 homes', '400 homes');
      assert.equal(resolveAnchor(edited, anchorOn(BEFORE, SENTENCE)).state, 'orphaned');
    });

    it('still re-attaches fuzzily after a small edit that keeps its numbers', () => {
      const edited = BEFORE.replace('said 40', 'said that 40');
      assert.deepEqual(resolvedText(edited, anchorOn(BEFORE, SENTENCE)), ['fuzzy', 'The mayor said that 40 homes in Kell were flooded on Monday.']);
    });
  });

  it('picks the duplicated quote whose context matches', () => {
    const text = 'Police said the suspect fled. Later, the mayor said the suspect fled. Nobody else said so.';
    const second = text.indexOf('the suspect fled', 30);
    const a = createAnchor(text, second, second + 'the suspect fled'.length);
    // Insert text before both copies so the old position now lands elsewhere.
    const edited = 'Update: ' + text;
    const r = resolveAnchor(edited, a);
    assert.equal(r.state, 'moved');
    assert.equal(r.start, edited.indexOf('the suspect fled', 40));
  });

  it('prefers the duplicate at the old position when the contexts tie', () => {
    const para = 'The company said the figures were accurate.';
    const text = [para, para, para].join('\n');
    const second = text.indexOf(para, 1);
    const a = createAnchor(text, second, second + para.length);
    assert.deepEqual(resolveAnchor(text, a), { start: second, end: second + para.length, state: 'exact' });
    const shifted = 'x' + text;
    assert.equal(resolveAnchor(shifted, a).start, second + 1);
  });

  it('does not stay on a duplicate that shifted onto the old position', () => {
    const text = 'Alpha said it rained. Beta said it rained. Gamma said nothing.';
    const first = text.indexOf('it rained');
    const second = text.indexOf('it rained', first + 1);
    const a = createAnchor(text, second, second + 9);
    // Inserting exactly the distance between the copies puts the FIRST copy at the old offset.
    const edited = '#'.repeat(second - first) + text;
    assert.equal(edited.indexOf('it rained'), second);
    assert.deepEqual(resolveAnchor(edited, a), { start: 2 * second - first, end: 2 * second - first + 9, state: 'moved' });
  });

  it('re-attaches after LF was converted to CRLF, quotes spanning a line break too', () => {
    const a = anchorOn(ARTICLE, 'The ministry denied');
    const span = anchorOn(ARTICLE, 'overnight.\nThe ministry');
    const crlf = ARTICLE.replace(/\n/g, '\r\n');
    assert.deepEqual(resolvedText(crlf, a), ['moved', 'The ministry denied']);
    assert.deepEqual(resolvedText(crlf, span), ['moved', 'overnight.\r\nThe ministry']);
  });

  it('re-attaches after CRLF was converted to LF', () => {
    const crlf = ARTICLE.replace(/\n/g, '\r\n');
    const span = anchorOn(crlf, 'hurt in the attack.\r\nAnalysts');
    assert.deepEqual(resolvedText(ARTICLE, span), ['moved', 'hurt in the attack.\nAnalysts']);
    const later = anchorOn(crlf, 'supply lines');
    assert.deepEqual(resolvedText(ARTICLE, later), ['moved', 'supply lines']);
  });

  it('re-attaches fuzzily across a CRLF conversion plus an edit', () => {
    const crlf = ARTICLE.replace(/\n/g, '\r\n');
    const a = anchorOn(ARTICLE, 'overnight.\nThe ministry denied that any civilians');
    const edited = crlf.replace('denied that', 'flatly denied that');
    const [state, text] = resolvedText(edited, a);
    assert.equal(state, 'fuzzy');
    assert.equal(text, 'overnight.\r\nThe ministry flatly denied that any civilians');
  });

  it('treats an anchor with an empty quote as orphaned', () => {
    const a: Anchor = { quote: { exact: '', prefix: '', suffix: '' }, position: { start: 3, end: 3 } };
    assert.equal(resolveAnchor(ARTICLE, a).state, 'orphaned');
  });

  it('stays fast on a big document with a very common quote', () => {
    const big = 'The minister said the report was wrong. '.repeat(50_000);
    const a = createAnchor(big, 40 * 25_000 + 4, 40 * 25_000 + 12);
    const edited = 'Intro. ' + big.replace(/wrong/g, 'right');
    const t0 = performance.now();
    for (let i = 0; i < 5; i++) resolveAnchor(edited, a);
    resolveAnchor(edited + 'x', createAnchor(big, 0, 30));
    assert.ok(performance.now() - t0 < 5000, 'took too long');
  });
});
