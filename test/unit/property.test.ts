/**
 * Property tests: random and adversarial text never makes the analysis throw,
 * and every finding is an in-range, ordered span whose `text` is its slice.
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { analyze, type Analysis } from '../../src/core';
import { assertWellFormed } from './helpers/invariants';

/** Pieces that exercise the tokenizer and the rules: scripts, cues, quotes, markup, broken UTF-16. */
const FRAGMENTS = [
  'Kestria', 'denied', 'said', 'that', 'the', 'drones', 'may', 'might', 'could not confirm', 'according to', 'per', 'as per',
  'no evidence', 'did not rule out', 'reportedly', 'signs', 'up to', 'around 300', 'officials', 'she', 'he', 'Dr.', 'U.S.', 'May',
  'قالت الوزارة', 'الطائرات', '据报道', '无人机', 'Министерство', 'заявило', 'Ελλάδα', 'עברית', 'हिन्दी',
  '\ud83d\ude80', '\ud83c\uddf0\ud83c\uddea', '\ud83d\udc69\u200d\ud83d\udcbb', 'e\u0301', '\ud835\udd38',
  '\ud800', '\udc00', '\udbff\udfff',
  '.', ',', '!', '?', ';', ':', '...', '\u2026', '"', '\u201c', '\u201d', '\u2018', '\u2019', "'", '\u00ab', '\u00bb', '(', ')', '[1]', '\u2014',
  ' ', ' ', ' ', '\u00a0', '\t', '\n', '\r\n', '\n\n', '\r', '\u2028', '\u200b', '\ufeff',
  '# ', '## ', '**', '*', '_', '`', '```', '> ', '- ', '1. ', '[link](https://example.org)', '![img](x.png)', '---',
  'Previous Article', 'Tags:', 'Photo credit:', 'https://example.org/a',
];

const fragmentText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }).map((parts) => parts.join(' ').replace(/ {2,}/g, ' '));
const tightText = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(
  fragmentText,
  tightText,
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 }),
);

function check(text: string, markdown = false): Analysis {
  const a = analyze(text, { markdown });
  assertWellFormed(a, text);
  return a;
}

describe('property: any text', () => {
  it('random text, plain and as Markdown, never throws and gives well-formed spans', () => {
    fc.assert(fc.property(anyText, fc.boolean(), (text, markdown) => {
      check(text, markdown);
    }), { numRuns: 150 });
  });

  it('the claims before a blank line do not depend on the text after it (headlines aside)', () => {
    // A headline claim is dropped when a later sentence repeats it (GUIDE.md section 1), so only body claims are compared.
    const bodyClaims = (a: Analysis, limit: number) => a.claims
      .filter((c) => c.end <= limit && !a.blocks.some((b) => b.kind === 'headline' && b.start <= c.start && c.end <= b.end))
      .map((c) => [c.start, c.end, c.status]);
    fc.assert(fc.property(fragmentText, fragmentText, (first, second) => {
      const head = first.replace(/\s+$/, '') + '\n\n';
      assert.deepEqual(bodyClaims(analyze(head + second), head.length), bodyClaims(analyze(head), head.length));
    }), { numRuns: 40 });
  });

  describe('adversarial inputs', () => {
    const cases: Array<[string, string]> = [
      ['empty', ''],
      ['whitespace only', ' \t\n\r\n\u00a0\u2028\n\n   '],
      ['punctuation only', '.,;:!?"\u201c\u201d()[]\u2014...'],
      ['unbalanced quotes', '\u201cKestria shipped drones, the officials said. "They may have. \u2018No, she said.\n\n\u201d\u201d" said he'],
      ['lone surrogates', 'Kestria \ud800 said \udc00 that drones \udbff may \udfff arrive.'],
      ['a BOM inside the text', 'Kestria\ufeff said that drones\ufeff may arrive.'],
      ['mixed scripts', 'Министерство заявило, что 据报道 الطائرات Kestria may have sent drones, officials said.'],
      ['one very long word', 'x'.repeat(100_000)],
      ['a line of markup', '# ** _ ` > - 1. [ ]( ) ! ---'],
    ];
    for (const [name, text] of cases) {
      it(`${name}: plain and Markdown`, () => {
        check(text);
        check(text, true);
      });
    }

    it('empty and blank text yield no findings', () => {
      for (const text of ['', '   ', '\n\n\r\n']) {
        const a = check(text);
        assert.deepEqual([a.claims.length, a.hedges.length, a.attributions.length, a.sentences.length], [0, 0, 0, 0]);
      }
    });

    it('1 MB without punctuation, in a child process with a time limit', function () {
      // One sentence of 1 MB: a rule that is quadratic in sentence length would hang mocha, so the child is killed instead.
      const LIMIT_MS = 30_000;
      this.timeout(LIMIT_MS + 10_000);
      const child = fileURLToPath(new URL('./helpers/analyze-unpunctuated.ts', import.meta.url));
      const r = spawnSync(process.execPath, ['--import', 'tsx', child, '1000000'], { encoding: 'utf8', timeout: LIMIT_MS });
      assert.equal(r.signal, null, `the analysis of 1 MB without punctuation did not finish within ${LIMIT_MS / 1000} s`);
      assert.equal(r.status, 0, r.stderr);
      const summary = JSON.parse(r.stdout);
      assert.ok(summary.chars >= 1_000_000 && summary.sentences >= 1, r.stdout);
    });
  });
});
