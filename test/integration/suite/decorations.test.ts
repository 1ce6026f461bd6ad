/** Decorations: every finding is painted in its category, and the fixture shows every status. */
import { strict as assert } from 'node:assert';
import type * as vscode from 'vscode';
import { closeAll, openAnalysed, sameRange } from './helpers';

describe('decorations', () => {
  after(closeAll);

  it('paints each claim in its status and each hedge, source and cue', async () => {
    const { editor, claimlens } = await openAnalysed('harbour.article');
    const result = claimlens.resultFor(editor.document.uri);
    assert.ok(result?.kind === 'analysed');
    const painted = claimlens.decorationsFor(editor.document.uri);
    const doc = editor.document;
    const range = (s: { start: number; end: number }) => ({ start: doc.positionAt(s.start), end: doc.positionAt(s.end) }) as vscode.Range;
    const has = (ranges: vscode.Range[], s: { start: number; end: number }) => ranges.some((r) => sameRange(r, range(s)));
    for (const claim of result.analysis.claims) assert.ok(has(painted[claim.status], claim), `claim “${claim.text}” painted as ${claim.status}`);
    for (const hedge of result.analysis.hedges) assert.ok(has(painted.hedge, hedge), `hedge “${hedge.text}”`);
    for (const a of result.analysis.attributions) {
      assert.ok(has(painted.source, a.source), `source “${a.source.text}”`);
      assert.ok(has(painted.cue, a.cue), `cue “${a.cue.text}”`);
    }
    const claimCount = painted.confirmed.length + painted.alleged.length + painted.denied.length;
    assert.equal(claimCount, result.analysis.claims.length);
  });

  it('shows every status and category on the harbour fixture', async () => {
    const { editor, claimlens } = await openAnalysed('harbour.article');
    const painted = claimlens.decorationsFor(editor.document.uri);
    for (const key of ['confirmed', 'alleged', 'denied', 'hedge', 'source', 'cue'] as const) {
      assert.ok(painted[key].length > 0, `no ${key} highlight in harbour.article`);
    }
  });

  it('analyses Markdown and plain text too', async () => {
    for (const name of ['council.md', 'ferry.txt']) {
      const { editor, claimlens } = await openAnalysed(name);
      const painted = claimlens.decorationsFor(editor.document.uri);
      assert.ok(painted.confirmed.length + painted.alleged.length + painted.denied.length > 0, `claims in ${name}`);
    }
  });
});
