import { strict as assert } from 'node:assert';
import { importAnnotations, mergeFindings, type ImportResult, type MergedView } from '../../src/annotations';
import { analyze } from '../../src/core';
import { toBrat } from '../../src/export/brat';
import { claimReviewGraph } from '../../src/export/claimreview';
import { CodePointIndex } from '../../src/export/codepoints';
import { toAnnotatedCsv } from '../../src/export/csv-annotated';
import { toAnnotatedJson } from '../../src/export/json-annotated';
import { toWebAnnotation } from '../../src/export/webannotation';
import { ARTICLE, analysisOf, emptyAnalysis } from './helpers/article';
import { parseAnn, parseCsv } from './helpers/parsers';
import { reviewedView } from './helpers/reviewed';

const SOURCE = 'file:///news/curfew.txt';

/** The decisions a view carries: what a round trip must keep. */
function decisions(view: MergedView): string[] {
  return [
    ...view.claims.filter((c) => c.origin === 'manual').map((c) => `claim ${c.text} ${c.status} ${c.note ?? ''}`),
    ...view.hedges.filter((h) => h.note).map((h) => `hedge ${h.text} ${h.note}`),
    ...view.attributions.filter((a) => a.note).map((a) => `attribution ${a.source.text}/${a.cue.text} ${a.note}`),
  ];
}

function ok(r: ImportResult): Extract<ImportResult, { ok: true }> {
  assert.ok(r.ok, r.ok ? '' : r.message);
  return r;
}

const FORMATS = {
  json: (view: MergedView, text: string) => toAnnotatedJson(view, text, { document: 'curfew.txt' }),
  webannotation: (view: MergedView, text: string) => toWebAnnotation(view, text, { source: SOURCE }),
};

for (const [format, write] of Object.entries(FORMATS)) {
  describe(`import: ${format} round trip`, () => {
    const original = reviewedView();
    const file = write(original, ARTICLE);

    it('brings back every manual decision and skips untouched findings', () => {
      const r = ok(importAnnotations(file, ARTICLE));
      assert.equal(r.format, format);
      assert.deepEqual([r.attached, r.skipped, r.unattached], [4, 3, []]);
      assert.deepEqual(decisions(mergeFindings(analysisOf(), r.annotations, ARTICLE)), decisions(original));
    });

    it('re-attaches onto an edited article and across a CRLF conversion', () => {
      const edited = 'Updated 3 March.\n' + ARTICLE.replace('the crowd,', 'the crowd by far,').replace(/\n/g, '\r\n');
      const r = ok(importAnnotations(file, edited));
      assert.deepEqual([r.attached, r.unattached.length], [4, 0]);
      assert.deepEqual(decisions(mergeFindings(analysisOf(edited), r.annotations, edited)), decisions(reviewedView(edited)));
    });

    it('lists the entries whose text is gone', () => {
      const cut = ARTICLE.replace(/The mayor[^\n]*\n/, '');
      const r = ok(importAnnotations(file, cut));
      assert.equal(r.attached, 2);
      assert.deepEqual(r.unattached.map((u) => [u.kind, u.reason]).sort(), [['attribution', 'text-not-found'], ['claim', 'text-not-found']]);
      assert.ok(r.unattached.some((u) => u.text === 'the curfew had failed'));
    });

    it('imports the automatic findings too when asked, with unique ids', () => {
      const r = ok(importAnnotations(file, ARTICLE, { includeAuto: true, existingIds: ['claim-00000000'] }));
      // Untouched attributions carry nothing to import.
      assert.deepEqual([r.attached, r.skipped], [5, 2]);
      assert.equal(new Set(r.annotations.map((a) => a.id)).size, r.annotations.length);
      const merged = mergeFindings(analysisOf(), r.annotations, ARTICLE);
      assert.deepEqual(merged.claims.map((c) => [c.status, c.origin]), [['alleged', 'manual'], ['confirmed', 'manual'], ['alleged', 'manual']]);
    });

    it('round-trips an article with no findings', () => {
      const r = ok(importAnnotations(write(mergeFindings(emptyAnalysis(), [], ARTICLE), ARTICLE), ARTICLE));
      assert.deepEqual([r.attached, r.skipped, r.annotations, r.unattached], [0, 0, [], []]);
    });
  });
}

describe('import: a file exported from several articles', () => {
  const view = reviewedView();
  it('JSON: takes only the entries of the article with the same file name', () => {
    const docs = [toAnnotatedJson(view, ARTICLE, { document: 'curfew.txt' }), toAnnotatedJson(view, ARTICLE, { document: 'riot.txt' })].map((t) => JSON.parse(t) as unknown);
    const r = ok(importAnnotations(JSON.stringify(docs), ARTICLE, { articleName: 'curfew.txt' }));
    assert.deepEqual([r.attached, r.skipped, r.otherArticles], [4, 3, 7]);
    // renamed since the export: no name matches, so every entry is tried
    assert.equal(ok(importAnnotations(JSON.stringify(docs), ARTICLE, { articleName: 'renamed.txt' })).attached, 8);
  });

  it('Web Annotation: takes only the annotations whose target is the article', () => {
    const a = JSON.parse(toWebAnnotation(view, ARTICLE, { source: SOURCE })) as { first: { items: unknown[] } };
    const b = JSON.parse(toWebAnnotation(view, ARTICLE, { source: 'file:///news/riot%20report.txt' })) as { first: { items: unknown[] } };
    a.first.items.push(...b.first.items);
    const r = ok(importAnnotations(JSON.stringify(a), ARTICLE, { articleName: 'curfew.txt' }));
    assert.deepEqual([r.attached, r.otherArticles], [4, b.first.items.length]);
    assert.equal(ok(importAnnotations(JSON.stringify(a), ARTICLE, { articleName: 'riot report.txt' })).attached, 4);
  });
});

describe('import: other input', () => {
  it('reads a hand-written gold file as manual decisions', () => {
    const gold = { version: 1, document: 'x.txt', claims: [{ start: 81, end: 102, text: 'the curfew had failed', status: 'confirmed' }], attributions: [], hedges: [] };
    const r = ok(importAnnotations(JSON.stringify(gold), ARTICLE));
    assert.deepEqual(r.annotations.map((a) => [a.kind, a.status, a.anchor.quote.exact]), [['claim', 'confirmed', 'the curfew had failed']]);
  });

  it('reads another tool\'s Web Annotation as a note, and reports one without a usable target', () => {
    const anno = [
      { type: 'Annotation', body: { type: 'TextualBody', purpose: 'commenting', value: 'check this' }, target: { source: SOURCE, selector: { type: 'TextQuoteSelector', exact: 'the curfew had failed' } } },
      { type: 'Annotation', body: [], target: SOURCE },
    ];
    const r = ok(importAnnotations(JSON.stringify(anno), ARTICLE));
    assert.deepEqual(r.annotations.map((a) => [a.kind, a.note]), [['claim', 'check this']]);
    assert.deepEqual(r.unattached.map((u) => u.reason), ['unreadable']);
  });

  it('refuses what it cannot read, without throwing', () => {
    for (const text of ['not json', '{"foo": 1}', '[1, 2]', '']) {
      const r = importAnnotations(text, ARTICLE);
      assert.equal(r.ok, false);
      if (!r.ok) assert.ok(r.message.length > 10);
    }
  });
});

describe('export round trips: brat, CSV, ClaimReview', () => {
  const view = reviewedView();

  it('brat: code-point offsets map back to the exact UTF-16 spans of the view', () => {
    const { ann, txt } = toBrat(view, ARTICLE);
    const index = new CodePointIndex(txt);
    const spans = new Set(parseAnn(ann).entities.map((e) => `${e.type} ${index.toUtf16(e.fragments[0][0])} ${index.toUtf16(e.fragments.at(-1)![1])}`));
    const expected = [
      ...view.claims.map((c) => `Claim ${c.start} ${c.end}`),
      ...view.hedges.map((h) => `Hedge ${h.start} ${h.end}`),
      ...view.attributions.flatMap((a) => [`Source ${a.source.start} ${a.source.end}`, `Cue ${a.cue.start} ${a.cue.end}`]),
    ];
    assert.deepEqual([...spans].sort(), [...new Set(expected)].sort());
  });

  it('CSV: every claim comes back with its status, note and origin', () => {
    const rows = parseCsv(toAnnotatedCsv(view, ARTICLE, 'curfew.txt')).slice(1);
    assert.deepEqual(rows.map((r) => [r[3], r[2], r[7], r[8]]), view.claims.map((c) => [c.text, c.status, c.note ?? '', c.origin]));
  });

  it('ClaimReview: each reviewed claim is found in the article with its rating', () => {
    const graph = claimReviewGraph(view, { article: { url: SOURCE } })['@graph'] as Array<{ claimReviewed: string; reviewRating: { alternateName: string } }>;
    for (const r of graph) {
      const claim = view.claims.find((c) => c.text === r.claimReviewed);
      assert.ok(claim && ARTICLE.includes(r.claimReviewed));
      assert.equal(r.reviewRating.alternateName, claim.status);
    }
  });
});

describe('import: on the real pipeline', () => {
  const text = 'The ministry said on Friday that 40 people \u{1F622} were injured.\nWitnesses claim the police may have fired first, according to local media.\n';

  it('re-attaches every exported finding and keeps brat spans consistent', () => {
    const view = mergeFindings(analyze(text), [], text);
    const total = view.claims.length + view.hedges.length + view.attributions.length;
    for (const write of Object.values(FORMATS)) {
      const r = ok(importAnnotations(write(view, text), text, { includeAuto: true }));
      assert.deepEqual([r.unattached, r.skipped + r.attached], [[], total]);
    }
    const codePoints = Array.from(text);
    for (const e of parseAnn(toBrat(view, text).ann).entities) {
      assert.equal(e.fragments.map(([s, t]) => codePoints.slice(s, t).join('')).join(' '), e.text);
    }
  });
});
