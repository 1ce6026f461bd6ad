/**
 * Offsets are UTF-16 code units into the text as read: CRLF line ends, a BOM
 * (removed by the CLI), curly quotes, non-breaking spaces, emoji and other
 * astral characters must not shift them. Every span must be the slice it
 * names, and the same prose must give the same findings wherever it sits.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze, type Analysis, type Span } from '../../src/core';
import { main } from '../../src/cli/main';

// Sentences from the sample articles, with the characters that tend to break offsets.
const ARTICLE = [
  'Kestria denies sending drones to Dorvania, calls report \u201ca fabrication\u201d',
  '',
  '\u201cKestria has never sold, lent or given a single military drone to Dorvania,\u201d Foreign Ministry spokeswoman Ilse Varga told reporters in Valgrad.',
  'She dismissed the Halvern Courier\u2019s account as \u201ca fabrication\u201d.',
  '',
  'Kestria has sent up to\u00a0300 long-range attack drones \ud83d\udee9\ufe0f to Dorvania since the autumn, according to three officials with knowledge of the shipments.',
  'The drones were reportedly loaded in crates marked \ud835\udd38 at the port of Valgrad \ud83c\uddf0\ud83c\uddea, the officials said.',
  '',
  'Malik did not rule out that Kestrian companies had sold civilian drones to Dorvanian buyers.',
  'The Northgate Times could not confirm the figure of roughly 1,500\u00a0kilometres \ud83d\ude80.',
].join('\n');

/** Every span the analysis reports, with a label for messages. */
function spans(a: Analysis): Array<[string, Span]> {
  const out: Array<[string, Span]> = [];
  a.blocks.forEach((s, i) => out.push([`block ${i}`, s]));
  a.sentences.forEach((s, i) => out.push([`sentence ${i}`, s]));
  a.claims.forEach((s, i) => out.push([`claim ${i}`, s]));
  a.hedges.forEach((s, i) => out.push([`hedge ${i}`, s]));
  a.attributions.forEach((x, i) => {
    out.push([`attribution ${i} source`, x.source], [`attribution ${i} cue`, x.cue]);
    if (x.content) out.push([`attribution ${i} content`, x.content]);
    if (x.source.resolved) out.push([`attribution ${i} resolved`, x.source.resolved]);
  });
  return out;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** In range, `text === slice`, and no boundary between the halves of a surrogate pair. */
function assertExactSpans(a: Analysis, text: string): void {
  for (const [label, s] of spans(a)) {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= text.length, `${label} out of range: ${s.start}-${s.end}`);
    assert.equal(s.text, text.slice(s.start, s.end), `${label} text is not its slice`);
    for (const edge of [s.start, s.end]) {
      assert.ok(!(isHigh(text.charCodeAt(edge - 1)) && isLow(text.charCodeAt(edge))), `${label} splits a surrogate pair at ${edge}`);
    }
  }
}

/** The findings as comparable records, offsets mapped through `at` and white space flattened. */
function findings(a: Analysis, at: (offset: number) => number = (o) => o) {
  const span = (s: Span) => `${at(s.start)}-${at(s.end)} ${s.text.replace(/\s+/g, ' ')}`;
  return {
    claims: a.claims.map((c) => `${span(c)} [${c.status}] attribution=${c.attribution ?? '-'} hedges=${c.hedges.join(',')}`),
    hedges: a.hedges.map((h) => `${span(h)} [${h.category}]`),
    attributions: a.attributions.map((x) => `${span(x.source)} / ${span(x.cue)} / ${x.content ? span(x.content) : '-'}`),
    sentences: a.sentences.map(span),
  };
}

describe('offsets', () => {
  it('spans are exact slices with curly quotes, non-breaking spaces, emoji and astral letters', () => {
    const a = analyze(ARTICLE);
    assert.ok(a.sentences.length >= 6 && a.claims.length > 0, `expected sentences and claims, got ${a.sentences.length} and ${a.claims.length}`);
    assertExactSpans(a, ARTICLE);
  });

  it('CRLF gives the same findings as LF, each offset moved by the CRs before it', () => {
    const crlf = ARTICLE.replace(/\n/g, '\r\n');
    const lfToCrlf = (offset: number) => offset + (ARTICLE.slice(0, offset).match(/\n/g)?.length ?? 0);
    const a = analyze(crlf);
    assertExactSpans(a, crlf);
    assert.deepEqual(findings(a), findings(analyze(ARTICLE), lfToCrlf));
  });

  it('a lone CR (old Mac line ends) is a line end too', () => {
    const cr = ARTICLE.replace(/\n/g, '\r');
    const a = analyze(cr);
    assertExactSpans(a, cr);
    assert.deepEqual(findings(a), findings(analyze(ARTICLE)));
  });

  it('an emoji paragraph before the article shifts every finding by its length', () => {
    const prefix = '\ud83d\udcf0\ud83d\udd0e\n\n';
    const a = analyze(prefix + ARTICLE);
    assertExactSpans(a, prefix + ARTICLE);
    const shifted = findings(a);
    const plain = findings(analyze(ARTICLE), (o) => o + prefix.length);
    assert.deepEqual({ ...shifted, sentences: shifted.sentences.slice(-plain.sentences.length) }, plain);
  });

  it('an emoji at the start of a sentence does not move the hedges and cues after it', () => {
    const sentence = 'Kestria has sent up to 300 drones to Dorvania, according to three officials.';
    const prefix = '\ud83d\udea8 ';
    const a = analyze(prefix + sentence);
    const b = analyze(sentence);
    assertExactSpans(a, prefix + sentence);
    const plain = findings(b, (o) => o + prefix.length);
    const shifted = findings(a);
    assert.deepEqual(shifted.hedges, plain.hedges);
    assert.deepEqual(shifted.attributions, plain.attributions);
    assert.deepEqual(a.claims.map((c) => [c.end, c.status]), b.claims.map((c) => [c.end + prefix.length, c.status]));
  });

  it('curly and straight quotes, and non-breaking and plain spaces, give findings at the same offsets', () => {
    const plain = ARTICLE.replace(/[\u201c\u201d]/g, '"').replace(/\u2019/g, "'").replace(/\u00a0/g, ' ');
    assert.equal(plain.length, ARTICLE.length);
    const straighten = (f: ReturnType<typeof findings>) =>
      Object.fromEntries(Object.entries(f).map(([k, list]) => [k, list.map((x) => x.replace(/[\u201c\u201d]/g, '"').replace(/\u2019/g, "'"))]));
    assert.deepEqual(straighten(findings(analyze(ARTICLE))), findings(analyze(plain)));
  });

  it('Markdown mode keeps offsets into the original file', () => {
    const md = '# Kestria \u201cdenies\u201d drones \ud83d\udee9\ufe0f\r\n\r\n**Aldren** found *no verifiable evidence* that [Kestria](https://example.org) shipped drones, the minister said.\r\n';
    const a = analyze(md, { markdown: true });
    assertExactSpans(a, md);
    assert.ok(a.claims.length > 0);
    for (const c of a.claims) assert.doesNotMatch(c.text, /^[#*[]/, `claim starts with markup: ${c.text}`);
  });

  describe('through the CLI', () => {
    let dir: string;
    before(() => {
      dir = mkdtempSync(join(tmpdir(), 'claimlens-offsets-'));
    });
    after(() => {
      rmSync(dir, { recursive: true, force: true });
    });

    it('removes a BOM, so that offsets count from the first letter', () => {
      const crlf = ARTICLE.replace(/\n/g, '\r\n');
      writeFileSync(join(dir, 'bom.txt'), '\ufeff' + crlf);
      writeFileSync(join(dir, 'plain.txt'), crlf);
      assert.equal(main(['analyze', dir, '--out', join(dir, 'out')], () => {}, (s) => assert.fail(s)), 0);
      const bom = JSON.parse(readFileSync(join(dir, 'out', 'bom.json'), 'utf8'));
      const plain = JSON.parse(readFileSync(join(dir, 'out', 'plain.json'), 'utf8'));
      assert.ok(bom.claims.length > 0);
      for (const c of bom.claims) assert.equal(crlf.slice(c.start, c.end), c.text);
      assert.deepEqual({ ...bom, document: '' }, { ...plain, document: '' });
    });
  });
});
