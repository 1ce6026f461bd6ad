/**
 * The Markdown of a claim's hover (src/editor/claimHoverText.ts): it leads
 * with the status, the claim quoted and its source; the links come last and
 * offer undo only when told the last change was to this claim.
 */
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core';
import { claimHoverMarkdown, MANUAL_MARK } from '../../src/editor/claimHoverText';

const URI = 'file:///w/harbour.txt';
const text = 'The harbour master said the pier had been closed since Monday. Officials denied that the ferry was unsafe.';
const analysis = analyze(text);

describe('claim hover text', () => {
  const claim = analysis.claims.find((c) => c.attribution !== undefined);

  it('leads with the status, then the claim quoted, then its source, then the cue and explanation', () => {
    assert.ok(claim, 'an attributed claim in the sentence');
    const md = claimHoverMarkdown({ uri: URI, claim, analysis });
    const label = claim.status.charAt(0).toUpperCase() + claim.status.slice(1);
    const lines = md.split('\n').filter((l) => l.trim());
    assert.equal(lines[0], `**${label} claim** · ClaimLens`);
    assert.match(lines[1], /^“.*”$/, 'the claim quoted on the second line');
    assert.ok(lines[1].includes(claim.text.trim().split(' ')[0]), lines[1]);
    assert.match(lines[2], /^\*\*Source:\*\* .*harbour master/);
    assert.match(lines[3], /^\*\*Cue:\*\* “said”/);
    assert.ok(md.indexOf('Set status:') > md.indexOf('**Source:**'), 'the links after the claim');
  });

  it('offers undo only when given a label, and marks a manual decision', () => {
    assert.ok(claim);
    assert.doesNotMatch(claimHoverMarkdown({ uri: URI, claim, analysis }), /undoAnnotation/);
    const merged = { ...claim, id: 'c1', origin: 'manual' as const, annotationId: 'a1', added: false, hedges: [] };
    const md = claimHoverMarkdown({ uri: URI, claim, analysis, merged, undoLabel: 'set status' });
    assert.match(md, /\[\$\(discard\) Undo set status\]\(command:claimlens\.undoAnnotation\?/);
    assert.ok(md.startsWith(`**${claim.status.charAt(0).toUpperCase()}`) && md.includes(MANUAL_MARK));
  });

  it('cuts a very long claim and escapes article text', () => {
    const long = `${'The [inspectors](command:x) reported that '.repeat(2)}${'the dock was flooded and '.repeat(20)}it stayed closed.`;
    const a = analyze(long);
    const c = a.claims[0];
    assert.ok(c, 'a claim in the long sentence');
    const quote = claimHoverMarkdown({ uri: URI, claim: { ...c, text: long }, analysis: a }).split('\n').filter((l) => l.trim())[1];
    assert.ok(quote.endsWith('…”'), quote.slice(-20));
    assert.doesNotMatch(quote, /\]\(command:x\)/, 'no link from the article text');
  });
});
