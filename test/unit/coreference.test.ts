import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/analyze';

/** "source -> resolved" for every attribution of a text. */
function resolutions(text: string): string[] {
  return analyze(text).attributions.map((a) => `${a.source.text} -> ${a.source.resolved?.text ?? '-'}`);
}

describe('resolveSources', () => {
  const cases: [string, string, string[]][] = [
    // [what, text, expected "source -> resolved"]
    ['he: the nearest earlier person', 'Mayor Anna Berg said the bridge was safe. He said nothing.\n\nLater, Tom Reed said it was closed. He added that repairs were late.',
      ['Mayor Anna Berg -> -', 'He -> Mayor Anna Berg', 'Tom Reed -> -', 'He -> Tom Reed']],
    ['she across paragraphs', 'Transport Minister Anna Berg said the bridge was safe.\n\nShe stressed that inspections were thorough.',
      ['Transport Minister Anna Berg -> -', 'She -> Transport Minister Anna Berg']],
    ['it: an organisation, not a person', 'The transport ministry said the bridge was safe. Anna Berg agreed. It added that inspections were thorough.',
      ['The transport ministry -> -', 'Anna Berg -> -', 'It -> The transport ministry']],
    ['an agreement is an attribution too', 'Anna Berg agreed.', ['Anna Berg -> -']],
    ['surname alone: the full name', 'Transport Minister Anna Berg said the bridge was safe. Berg stressed that inspections were thorough.',
      ['Transport Minister Anna Berg -> -', 'Berg -> Transport Minister Anna Berg']],
    ['the official: a back-reference', 'Anna Berg, a ministry spokeswoman, said the bridge was safe. The official declined to give a date but stated that repairs were late.',
      ['Anna Berg -> -', 'The official -> Anna Berg']],
    ['pronoun after a surname: the full name', 'Transport Minister Anna Berg said the bridge was safe. Berg stressed the point. She noted that repairs were late.',
      ['Transport Minister Anna Berg -> -', 'Berg -> Transport Minister Anna Berg', 'She -> Transport Minister Anna Berg']],
    ['no earlier source: unresolved', 'He said the bridge was safe.', ['He -> -']],
  ];
  for (const [what, text, expected] of cases) it(what, () => assert.deepEqual(resolutions(text), expected));

  it('resolves "he" across sentences to the full name given earlier', () => {
    const text = 'In its yearly review, Harbour Master Jens Olsen stated that the pier was weakened. While Olsen could not confirm that the ferry was sold, he did reveal that there were clear signs of an offer.';
    const he = analyze(text).attributions.find((a) => a.source.text === 'he' && a.cue.text === 'did reveal');
    assert.equal(he?.source.resolved?.text, 'Harbour Master Jens Olsen');
  });

});
