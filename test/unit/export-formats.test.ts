/**
 * The format table shared by the editor's export commands and the CLI:
 * every format renders a reviewed article and an empty one as valid
 * documents, several articles combine into one, the Markdown report carries
 * notes and unattached annotations, and the merged view seen as an analysis
 * keeps its indices consistent.
 */
import { strict as assert } from 'node:assert';
import { applyEdit, importAnnotations, mergeFindings } from '../../src/annotations';
import { marksOf, viewAsAnalysis } from '../../src/annotations/as-analysis';
import { EXPORT_FORMATS, FORMAT_INFO, renderArticle, renderCombined, type ExportArticle } from '../../src/export/formats';
import { ARTICLE, analysisOf, emptyAnalysis } from './helpers/article';
import { parseAnn, parseCsv } from './helpers/parsers';
import { reviewedView } from './helpers/reviewed';

const reviewed = (): ExportArticle => ({ file: 'news/curfew.txt', iri: 'file:///ws/news/curfew.txt', text: ARTICLE, view: reviewedView() });
const empty = (): ExportArticle => ({ file: 'empty.txt', iri: 'file:///ws/empty.txt', text: 'Nothing to see.', view: mergeFindings(emptyAnalysis(), [], 'Nothing to see.') });

describe('export formats', () => {
  it('offers every format with a label, a description and a file suffix', () => {
    for (const f of EXPORT_FORMATS) {
      assert.ok(FORMAT_INFO[f].label && FORMAT_INFO[f].detail, f);
      assert.match(FORMAT_INFO[f].suffix, /^\.[a-z.]+$/, f);
    }
  });

  it('renders a reviewed article in every format, each with the spans\' text', () => {
    const a = reviewed();
    const json = JSON.parse(renderArticle('json', a).content);
    assert.equal(json.document, 'news/curfew.txt');
    for (const c of json.claims) assert.equal(ARTICLE.slice(c.start, c.end), c.text);
    const csv = parseCsv(renderArticle('csv', a).content);
    assert.deepEqual(csv[0], ['file', 'line', 'status', 'claim', 'source', 'cue', 'hedges', 'note', 'origin']);
    assert.equal(csv.length - 1, a.view.claims.length);
    const wa = JSON.parse(renderArticle('webannotation', a, { reviewer: 'R' }).content);
    assert.equal(wa.type, 'AnnotationCollection');
    assert.equal(wa.first.items.length, wa.total);
    const cr = JSON.parse(renderArticle('claimreview', a, { reviewer: 'R', date: '2025-03-04' }).content);
    assert.equal(cr['@graph'].length, a.view.claims.filter((c) => c.origin === 'manual').length);
    const brat = renderArticle('brat', a);
    assert.equal(brat.textCopy, ARTICLE);
    const ann = parseAnn(brat.content);
    assert.equal(ann.entities.filter((e) => e.type === 'Claim').length, a.view.claims.length);
    assert.ok(ann.attributes.some(([name, , value]) => name === 'Status' && value === 'confirmed'));
  });

  it('writes valid empty documents for an article with no findings', () => {
    const a = empty();
    assert.deepEqual(JSON.parse(renderArticle('json', a).content).claims, []);
    assert.deepEqual(parseCsv(renderArticle('csv', a).content).length, 1, 'the header alone');
    assert.match(renderArticle('md', a).content, /^## empty\.txt\n\n0 claims/);
    assert.equal(JSON.parse(renderArticle('webannotation', a).content).total, 0);
    assert.deepEqual(JSON.parse(renderArticle('claimreview', a).content)['@graph'], []);
    assert.equal(renderArticle('brat', a).content, '');
  });

  it('writes the Markdown report grouped by status, with notes, sources, hedges and unattached annotations', () => {
    const text = ARTICLE;
    const analysis = analysisOf(text);
    const target = { kind: 'claim' as const, start: analysis.claims[0].start, end: analysis.claims[0].end };
    let set = applyEdit([], { type: 'set-note', target, note: 'Ask the *police*' }, text);
    set = applyEdit(set, { type: 'set-note', target: { kind: 'claim', start: 0, end: 5 }, note: 'gone' }, 'ZZZZZ' + text.slice(5));
    const md = renderArticle('md', { file: 'curfew.txt', iri: 'x', text, view: mergeFindings(analysis, set, text) }).content;
    assert.match(md, /### (Denied|Alleged|Confirmed) \(\d+\)/);
    assert.match(md, /note: Ask the \\\*police\\\*/);
    assert.match(md, /✎ \*reviewed\*/);
    assert.match(md, /### Not attached \(1\)\n\n- claim: “ZZZZZ” \(text no longer in the article\) — note: gone/);
  });

  it('combines several articles into one JSON array, one CSV header, one report, one collection and one graph', () => {
    const both = [reviewed(), empty()];
    assert.deepEqual(JSON.parse(renderCombined('json', both)).map((d: { document: string }) => d.document), ['news/curfew.txt', 'empty.txt']);
    const csv = renderCombined('csv', both);
    assert.equal(csv.match(/^file,line,status/gm)?.length, 1);
    const md = renderCombined('md', both);
    assert.match(md, /^# ClaimLens report\n/);
    assert.match(md, /^\| news\/curfew\.txt \| \d+ \|/m);
    const wa = JSON.parse(renderCombined('webannotation', both, {}, 'ws'));
    assert.equal(wa.total, JSON.parse(renderArticle('webannotation', both[0]).content).total);
    assert.equal(new Set(wa.first.items.map((i: { id: string }) => i.id)).size, wa.total, 'ids unique');
    assert.equal(JSON.parse(renderCombined('claimreview', both))['@graph'].length, JSON.parse(renderArticle('claimreview', both[0]).content)['@graph'].length);
  });

  it('round-trips the JSON and Web Annotation exports back onto the article', () => {
    const a = reviewed();
    for (const format of ['json', 'webannotation'] as const) {
      const r = importAnnotations(renderArticle(format, a).content, ARTICLE);
      assert.ok(r.ok, format);
      assert.equal(r.unattached.length, 0, format);
      const back = mergeFindings(analysisOf(ARTICLE), r.annotations, ARTICLE);
      assert.deepEqual(back.claims.map((c) => [c.text, c.status, c.note]), a.view.claims.map((c) => [c.text, c.status, c.note]), format);
    }
  });

  it('shows the merged view as an analysis whose indices agree, with the manual marks on claims', () => {
    const view = reviewedView();
    const analysis = viewAsAnalysis(analysisOf(ARTICLE), view);
    assert.equal(analysis.claims.length, view.claims.length);
    analysis.claims.forEach((c, i) => {
      assert.equal(c.status, view.claims[i].status);
      if (c.attribution !== undefined) assert.ok(analysis.attributions[c.attribution]);
      for (const h of c.hedges) assert.ok(analysis.hedges[h]);
      assert.equal(marksOf(c).origin, view.claims[i].origin);
    });
    assert.ok(analysis.claims.some((c) => marksOf(c).origin === 'manual' && marksOf(c).note));
  });
});
