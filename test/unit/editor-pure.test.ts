/**
 * The editor's pure helpers, without `vscode`: Markdown escaping for hovers,
 * the source chain ("CNN ← Stoltenberg") and claim navigation order.
 */
import { strict as assert } from 'node:assert';
import type { Analysis, Attribution, Claim } from '../../src/core';
import { escapeMarkdown } from '../../src/editor/markdownText';
import { attributionChain, sourceChainText, sourceName } from '../../src/editor/sourceChain';

const span = (text: string, start: number) => ({ start, end: start + text.length, text });

describe('editor helpers', () => {
  describe('escapeMarkdown', () => {
    const table: [string, string][] = [
      ['plain words stay', 'plain words stay'],
      ['[click](command:evil)', '\\[click\\]\\(command:evil\\)'],
      ['*bold* and _it_', '\\*bold\\* and \\_it\\_'],
      ['<img src=x>', '&lt;img src=x&gt;'],
      ['$(alert) icon', '\\$\\(alert\\) icon'],
      ['two\n\nlines', 'two lines'],
    ];
    for (const [input, expected] of table) {
      it(`escapes ${JSON.stringify(input)}`, () => assert.equal(escapeMarkdown(input), expected));
    }
  });

  describe('source chain', () => {
    // "CNN reported that Stoltenberg said the talks had failed. He said more."
    const text = 'CNN reported that Stoltenberg said the talks had failed. He said more.';
    const cnn: Attribution = { source: { ...span('CNN', 0), kind: 'publication' }, cue: { ...span('reported', 4), kind: 'neutral', lemma: 'report' }, content: span(text.slice(18, 55), 18) };
    const stolt: Attribution = { source: { ...span('Stoltenberg', 18), kind: 'person' }, cue: { ...span('said', 30), kind: 'neutral', lemma: 'say' }, content: span(text.slice(35, 55), 35) };
    const he: Attribution = { source: { ...span('He', 57), kind: 'pronoun', resolved: span('Stoltenberg', 18) }, cue: { ...span('said', 60), kind: 'neutral', lemma: 'say' } };
    const claim = (attribution: number | undefined, at: number, len: number): Claim => ({ ...span(text.slice(at, at + len), at), status: 'alleged', explanation: '', attribution, hedges: [] });
    const analysis: Analysis = { version: 1, claims: [], attributions: [cnn, stolt, he], hedges: [], blocks: [], sentences: [] };

    it('runs from the outer reporter to the speaker', () => {
      assert.deepEqual(attributionChain(claim(1, 35, 20), analysis), [cnn, stolt]);
      assert.equal(sourceChainText(claim(1, 35, 20), analysis), 'CNN ← Stoltenberg');
    });
    it('names the source a pronoun stands for', () => {
      assert.equal(sourceChainText(claim(2, 65, 4), analysis), 'He (Stoltenberg)');
      assert.equal(sourceName(he.source), 'Stoltenberg');
    });
    it('is empty for a claim the article makes itself', () => {
      assert.equal(sourceChainText(claim(undefined, 0, 10), analysis), undefined);
    });
  });
});
