import { strict as assert } from 'node:assert';
import { applyEdit, createHistory, mergeFindings, reanchor, record, redo, redoLabel, undo, undoLabel, attributionSpan, type AnnotationSet, type Target } from '../../src/annotations';
import { analyze } from '../../src/core';
import { ARTICLE, analysisOf, at, emptyAnalysis, mayHedge } from './helpers/article';

const NOW = '2025-03-01T10:00:00.000Z';
const analysis = analysisOf();
const claim = (i: number): Target => ({ kind: 'claim', start: analysis.claims[i].start, end: analysis.claims[i].end });

describe('annotations: edits', () => {
  it('sets a status, records the time and re-uses the annotation on a second edit', () => {
    const one = applyEdit([], { type: 'set-status', target: claim(0), status: 'confirmed' }, ARTICLE, NOW);
    assert.equal(one.length, 1);
    assert.deepEqual([one[0].kind, one[0].status, one[0].updated, one[0].anchor.quote.exact], ['claim', 'confirmed', NOW, analysis.claims[0].text]);
    const two = applyEdit(one, { type: 'set-note', target: claim(0), note: '  Checked with the police press office. ' }, ARTICLE);
    assert.equal(two.length, 1);
    assert.equal(two[0].note, 'Checked with the police press office.');
    assert.equal(two[0].status, 'confirmed');
    assert.equal(one[0].note, undefined, 'edits do not mutate the old set');
  });

  it('finds the annotation by id when one is given', () => {
    const one = applyEdit([], { type: 'set-status', target: claim(1), status: 'alleged' }, ARTICLE);
    const two = applyEdit(one, { type: 'set-status', target: { ...claim(1), annotationId: one[0].id }, status: 'confirmed' }, ARTICLE);
    assert.deepEqual(two.map((a) => [a.id, a.status]), [[one[0].id, 'confirmed']]);
  });

  it('removes a note when it is cleared and an annotation once nothing is left in it', () => {
    const noted = applyEdit([], { type: 'set-note', target: claim(2), note: 'ask the paper' }, ARTICLE);
    assert.deepEqual(applyEdit(noted, { type: 'set-note', target: claim(2), note: '' }, ARTICLE), []);
    const hedge: Target = { kind: 'hedge', ...mayHedge() };
    const dismissed = applyEdit([], { type: 'dismiss', target: hedge }, ARTICLE);
    assert.equal(dismissed[0].dismissed, true);
    assert.deepEqual(applyEdit(dismissed, { type: 'restore', target: hedge }, ARTICLE), []);
  });

  it('adds a claim from a selection with status and anchored source, then changes the source', () => {
    const s = at(ARTICLE, 'the crowd');
    const src = at(ARTICLE, 'Officials');
    const set = applyEdit([], { type: 'add-claim', start: s.start, end: s.end, status: 'alleged', source: { text: 'Officials', start: src.start, end: src.end, kind: 'organisation' } }, ARTICLE);
    assert.equal(set[0].added, true);
    assert.equal(set[0].source?.anchor?.quote.exact, 'Officials');
    const changed = applyEdit(set, { type: 'set-source', target: { kind: 'claim', ...s }, source: { text: 'the Daily Post' } }, ARTICLE);
    assert.deepEqual(changed[0].source, { text: 'the Daily Post' });
    const cleared = applyEdit(changed, { type: 'set-source', target: { kind: 'claim', ...s }, source: null }, ARTICLE);
    assert.equal(cleared[0].source, undefined);
    assert.equal(cleared[0].added, true);
  });

  it('ignores a status or source on a hedge or attribution', () => {
    const hedge: Target = { kind: 'hedge', ...mayHedge() };
    assert.deepEqual(applyEdit([], { type: 'set-status', target: hedge, status: 'denied' }, ARTICLE), []);
    assert.deepEqual(applyEdit([], { type: 'set-source', target: hedge, source: { text: 'x' } }, ARTICLE), []);
  });

  it('gives two annotations on the same text distinct ids', () => {
    const text = 'He said it rained. She said it rained.';
    const a = at(text, 'it rained');
    const b = at(text, 'it rained', 1);
    let set = applyEdit([], { type: 'add-claim', start: a.start, end: a.end, status: 'alleged' }, text);
    set = applyEdit(set, { type: 'add-claim', start: b.start, end: b.end, status: 'denied' }, text);
    assert.equal(new Set(set.map((x) => x.id)).size, 2);
  });
});

describe('annotations: undo', () => {
  it('undoes and redoes changes with their labels, and clears redo on a new change', () => {
    let h = createHistory([]);
    const s1 = applyEdit(h.present, { type: 'set-status', target: claim(0), status: 'confirmed' }, ARTICLE);
    h = record(h, s1, 'Set status');
    const s2 = applyEdit(h.present, { type: 'dismiss', target: claim(1) }, ARTICLE);
    h = record(h, s2, 'Dismiss claim');
    assert.equal(undoLabel(h), 'Dismiss claim');
    h = undo(h);
    assert.equal(h.present, s1);
    assert.equal(redoLabel(h), 'Dismiss claim');
    h = redo(h);
    assert.equal(h.present, s2);
    h = undo(undo(h));
    assert.deepEqual(h.present, []);
    assert.equal(undo(h), h, 'nothing left to undo');
    h = record(h, s1, 'Set status');
    assert.equal(redo(h), h, 'a new change clears redo');
  });

  it('keeps at most the limit of past states', () => {
    let h = createHistory([]);
    for (let i = 0; i < 10; i++) h = record(h, [], `change ${i}`, 3);
    assert.equal(h.past.length, 3);
    assert.equal(undoLabel(h), 'change 9');
  });
});

describe('annotations: mergeFindings', () => {
  it('marks everything auto when there are no manual annotations', () => {
    const view = mergeFindings(analysis, [], ARTICLE);
    assert.equal(view.claims.length, 3);
    assert.ok([...view.claims, ...view.hedges, ...view.attributions].every((x) => x.origin === 'auto'));
    assert.deepEqual(view.claims[0].source, { text: 'Police', start: 0, end: 6, kind: 'organisation' });
    assert.deepEqual(view.claims[2].hedges, [0]);
    assert.deepEqual([view.dismissed, view.orphaned], [[], []]);
  });

  it('lets the manual status and note win and keeps the analysis status beside it', () => {
    let set: AnnotationSet = applyEdit([], { type: 'set-status', target: claim(1), status: 'confirmed' }, ARTICLE, NOW);
    set = applyEdit(set, { type: 'set-note', target: claim(1), note: 'Curfew report shows failure.' }, ARTICLE, NOW);
    const c = mergeFindings(analysis, set, ARTICLE).claims[1];
    assert.deepEqual([c.status, c.autoStatus, c.origin, c.note, c.annotationId, c.anchorState], ['confirmed', 'denied', 'manual', 'Curfew report shows failure.', set[0].id, 'exact']);
    assert.match(c.explanation, /by hand/);
  });

  it('lists dismissed findings apart and drops a dismissed hedge and attribution from their claim', () => {
    let set: AnnotationSet = applyEdit([], { type: 'dismiss', target: { kind: 'hedge', ...mayHedge() } }, ARTICLE);
    set = applyEdit(set, { type: 'dismiss', target: { kind: 'attribution', ...attributionSpan(analysis.attributions[2]) } }, ARTICLE);
    set = applyEdit(set, { type: 'dismiss', target: claim(0) }, ARTICLE);
    const view = mergeFindings(analysis, set, ARTICLE);
    assert.deepEqual(view.dismissed.map((d) => d.kind).sort(), ['attribution', 'claim', 'hedge']);
    assert.deepEqual([view.claims.length, view.hedges.length, view.attributions.length], [2, 0, 2]);
    const hedged = view.claims.find((c) => c.text.startsWith('Officials'));
    assert.deepEqual([hedged?.hedges, hedged?.source, hedged?.attribution], [[], undefined, undefined]);
    assert.equal(view.claims[0].attribution, 1, 'indices follow the kept attributions');
  });

  it('adds a manual claim with the hedges inside it and a source placed in the text', () => {
    const s = at(ARTICLE, 'may have underestimated the crowd');
    const src = at(ARTICLE, 'the Daily Post');
    const set = applyEdit([], { type: 'add-claim', start: s.start, end: s.end, status: 'denied', source: { text: 'the Daily Post', start: src.start, end: src.end } }, ARTICLE);
    const view = mergeFindings(analysis, set, ARTICLE);
    const added = view.claims.find((c) => c.added);
    assert.ok(added);
    assert.deepEqual([added.text, added.status, added.origin, added.hedges], ['may have underestimated the crowd', 'denied', 'manual', [0]]);
    assert.deepEqual(added.source, { text: 'the Daily Post', start: src.start, end: src.end });
    assert.deepEqual(view.claims.map((c) => c.start), [...view.claims.map((c) => c.start)].sort((a, b) => a - b));
  });

  it('follows the article through edits and lists annotations whose text is gone as orphaned', () => {
    let set: AnnotationSet = applyEdit([], { type: 'set-status', target: claim(1), status: 'confirmed' }, ARTICLE);
    set = applyEdit(set, { type: 'set-note', target: claim(0), note: 'gone soon' }, ARTICLE);
    const edited = 'UPDATED\n' + ARTICLE.replace(/^Police[^\n]*\n/, '');
    const reanalysed = { ...emptyAnalysis(), claims: [{ ...at(edited, 'the curfew had failed'), status: 'denied' as const, explanation: 'Denied.', hedges: [] }] };
    const view = mergeFindings(reanalysed, set, edited);
    assert.equal(view.orphaned.length, 1);
    assert.deepEqual([view.orphaned[0].reason, view.orphaned[0].annotation.note], ['text-gone', 'gone soon']);
    const denied = view.claims.find((c) => c.text === 'the curfew had failed');
    assert.deepEqual([denied?.status, denied?.anchorState], ['confirmed', 'moved']);
  });

  it('keeps a claim decision as a manual claim when the analysis no longer finds the claim, and lists a lone note as finding-gone', () => {
    let set: AnnotationSet = applyEdit([], { type: 'set-status', target: claim(1), status: 'confirmed' }, ARTICLE);
    set = applyEdit(set, { type: 'set-note', target: { kind: 'hedge', ...mayHedge() }, note: 'strong hedge' }, ARTICLE);
    const view = mergeFindings({ ...analysis, claims: [], hedges: [] }, set, ARTICLE);
    assert.deepEqual(view.claims.map((c) => [c.text, c.status, c.origin]), [['the curfew had failed', 'confirmed', 'manual']]);
    assert.deepEqual(view.orphaned.map((o) => [o.kind, o.reason]), [['hedge', 'finding-gone']]);
  });

  it('applies an annotation to a finding whose span changed a little', () => {
    const set = applyEdit([], { type: 'set-status', target: claim(1), status: 'alleged' }, ARTICLE);
    const wider = analysisOf();
    wider.claims[1] = { ...wider.claims[1], ...at(ARTICLE, 'that the curfew had failed') };
    const view = mergeFindings(wider, set, ARTICLE);
    assert.equal(view.claims.length, 3);
    assert.equal(view.claims[1].status, 'alleged');
    assert.equal(view.claims[1].text, 'that the curfew had failed');
  });

  it('merges onto the real pipeline without losing or inventing items', () => {
    const text = 'The council said the bridge would reopen in May. Critics claim the repairs may have been rushed.';
    const real = analyze(text);
    const set = real.claims.length > 0 ? applyEdit([], { type: 'set-note', target: { kind: 'claim', start: real.claims[0].start, end: real.claims[0].end }, note: 'n' }, text) : [];
    const view = mergeFindings(real, set, text);
    assert.equal(view.claims.length, real.claims.length);
    for (const c of view.claims) assert.equal(text.slice(c.start, c.end), c.text);
  });
});

describe('annotations: a rewritten sentence keeps no decision', () => {
  const BEFORE = 'Rain fell all week. The mayor, speaking after a long meeting with residents, said that 40 homes along the river in Kell were flooded by Monday night. Repairs will take a month.';
  const AFTER = BEFORE.replace('The mayor', 'The governor').replace('40 homes', '12 homes').replace('in Kell', 'in Dunmore');

  it('lists the decision as orphaned instead of moving it onto the new sentence, and keeps it unchanged for the sidecar', () => {
    const before = analyze(BEFORE);
    const decided = before.claims.find((c) => c.text.includes('40 homes'));
    assert.ok(decided, 'the pipeline finds the claim');
    const status = decided.status === 'denied' ? 'confirmed' : 'denied';
    const set = applyEdit([], { type: 'set-status', target: { kind: 'claim', start: decided.start, end: decided.end }, status }, BEFORE);
    const view = mergeFindings(analyze(AFTER), set, AFTER);
    assert.ok(!view.claims.some((c) => c.origin === 'manual'), 'no claim of the new sentence carries the decision');
    assert.deepEqual(view.orphaned.map((o) => [o.annotation.id, o.reason]), [[set[0].id, 'text-gone']]);
    assert.deepEqual(reanchor(set, AFTER), set);
  });
});

describe('annotations: reanchor', () => {
  it('moves anchors to where their text is now and leaves orphans as they were', () => {
    let set: AnnotationSet = applyEdit([], { type: 'set-status', target: claim(1), status: 'confirmed' }, ARTICLE);
    set = applyEdit(set, { type: 'set-status', target: claim(0), status: 'confirmed' }, ARTICLE);
    const edited = 'Intro line.\n' + ARTICLE.replace('the suspect fled the city', 'nobody left');
    const next = reanchor(set, edited);
    const moved = next.find((a) => a.anchor.quote.exact === 'the curfew had failed');
    assert.equal(moved?.anchor.position.start, edited.indexOf('the curfew had failed'));
    const orphan = next.find((a) => a.id === set.find((x) => x.anchor.quote.exact.startsWith('the suspect'))?.id);
    assert.deepEqual(orphan, set.find((x) => x.anchor.quote.exact.startsWith('the suspect')));
  });
});
