import { strict as assert } from 'node:assert';
import { mergeFindings } from '../../src/annotations';
import { BRAT_CONFIG, toBrat } from '../../src/export/brat';
import { claimReviewGraph, toClaimReview } from '../../src/export/claimreview';
import { CodePointIndex } from '../../src/export/codepoints';
import { ANNOTATED_CSV_HEADER, toAnnotatedCsv } from '../../src/export/csv-annotated';
import { claimId } from '../../src/export/ids';
import { toAnnotatedJson } from '../../src/export/json-annotated';
import { toWebAnnotation, webAnnotationCollection, type AnnotationTarget } from '../../src/export/webannotation';
import { ARTICLE, analysisOf, emptyAnalysis } from './helpers/article';
import { reviewedView } from './helpers/reviewed';
import { parseAnn, parseCsv } from './helpers/parsers';

const SOURCE = 'https://news.example/curfew';
const analysis = analysisOf();

const empty = () => mergeFindings(emptyAnalysis(), [], ARTICLE);

describe('export: W3C Web Annotation', () => {
  const doc = webAnnotationCollection(reviewedView(), ARTICLE, { source: SOURCE, reviewer: 'A. Checker' });

  it('is an AnnotationCollection with an embedded AnnotationPage in the anno.jsonld context', () => {
    assert.equal(doc['@context'], 'http://www.w3.org/ns/anno.jsonld');
    assert.equal(doc.type, 'AnnotationCollection');
    assert.equal(doc.first.type, 'AnnotationPage');
    assert.equal(doc.total, 3 + 1 + 3);
    assert.equal(doc.first.items.length, doc.total);
    assert.deepEqual(JSON.parse(toWebAnnotation(reviewedView(), ARTICLE, { source: SOURCE })).first.items.length, 7);
  });

  it('gives every annotation an id, a tagging body for its kind and quote + position selectors that agree', () => {
    for (const a of doc.first.items) {
      assert.equal(a.type, 'Annotation');
      assert.ok(a.id.startsWith(`${SOURCE}#`));
      assert.ok(a.body.some((b) => b.type === 'TextualBody' && b.purpose === 'tagging' && ['claim', 'hedge', 'attribution'].includes(b.value)));
      for (const t of ([] as AnnotationTarget[]).concat(a.target)) {
        const [quote, position] = t.selector;
        assert.equal(t.source, SOURCE);
        assert.deepEqual([quote.type, position.type], ['TextQuoteSelector', 'TextPositionSelector']);
        assert.equal(ARTICLE.slice(position.start, position.end), quote.exact);
        assert.ok(ARTICLE.slice(0, position.start).endsWith(quote.prefix));
        assert.ok(ARTICLE.slice(position.end).startsWith(quote.suffix));
      }
    }
  });

  it('tags claim status, marks manual ones with creator and time, and carries notes as commenting bodies', () => {
    const [first, second, third] = doc.first.items;
    assert.equal(first.id, `${SOURCE}#${claimId(analysis.claims[0].text)}`);
    assert.deepEqual(first.body.filter((b) => b.purpose === 'tagging').map((b) => b.value), ['claim', 'alleged', 'manual']);
    assert.deepEqual(first.body.filter((b) => b.purpose === 'commenting').map((b) => b.value), ['Police log says "fled", see p. 2']);
    assert.equal(first.motivation, 'commenting');
    assert.deepEqual([second.creator, second.modified], [{ type: 'Person', name: 'A. Checker' }, '2025-03-02T09:30:00.000Z']);
    assert.ok(second.body.some((b) => b.value === 'confirmed'));
    assert.equal(third.creator, undefined, 'untouched findings have no creator');
    const attribution = doc.first.items.find((a) => a.body.some((b) => b.value === 'attribution'));
    assert.ok(Array.isArray(attribution?.target) && attribution.target.length === 2);
  });

  it('keeps ids stable across exports, and a claim id the same in another article', () => {
    const again = webAnnotationCollection(reviewedView(), ARTICLE, { source: SOURCE });
    assert.deepEqual(again.first.items.map((a) => a.id), doc.first.items.map((a) => a.id));
    const other = 'Intro.\n' + ARTICLE;
    const moved = webAnnotationCollection(reviewedView(other), other, { source: 'file:///b.txt' });
    assert.equal(moved.first.items[0].id.split('#')[1], doc.first.items[0].id.split('#')[1]);
  });

  it('writes a valid empty collection for an article with no findings', () => {
    const e = JSON.parse(toWebAnnotation(empty(), ARTICLE, { source: SOURCE }));
    assert.deepEqual([e['@context'], e.type, e.total, e.first.type, e.first.items], ['http://www.w3.org/ns/anno.jsonld', 'AnnotationCollection', 0, 'AnnotationPage', []]);
  });
});

/** The fields of a ClaimReview the tests read. */
interface Review {
  '@type': string;
  '@id': string;
  claimReviewed: string;
  datePublished?: string;
  author?: unknown;
  reviewRating: { '@type': string; alternateName: string; ratingExplanation?: string };
  itemReviewed: { '@type': string; '@id': string; author?: unknown; appearance: unknown };
}

describe('export: schema.org ClaimReview', () => {
  const options = { article: { url: SOURCE, name: 'Curfew fails' }, reviewer: { name: 'A. Checker', type: 'Organization' as const }, date: '2025-03-03' };
  const graph = claimReviewGraph(reviewedView(), options)['@graph'] as unknown as Review[];

  it('reviews only the claims a person touched', () => {
    assert.deepEqual(graph.map((r) => r.claimReviewed), [analysis.claims[0].text, analysis.claims[1].text]);
  });

  it('has the required fields, the status as alternateName and the source as the Claim author', () => {
    const [noted, rated] = graph;
    assert.equal(JSON.parse(toClaimReview(reviewedView(), options))['@context'], 'https://schema.org');
    for (const r of graph) {
      assert.equal(r['@type'], 'ClaimReview');
      assert.equal(r.reviewRating['@type'], 'Rating');
      assert.equal(r.itemReviewed['@type'], 'Claim');
      assert.deepEqual(r.itemReviewed.appearance, { '@type': 'CreativeWork', url: SOURCE, name: 'Curfew fails' });
      assert.deepEqual(r.author, { '@type': 'Organization', name: 'A. Checker' });
    }
    assert.equal(rated['@id'], `${SOURCE}#review-${claimId(analysis.claims[1].text)}`);
    assert.equal(rated.itemReviewed['@id'], `urn:claimlens:${claimId(analysis.claims[1].text)}`);
    assert.deepEqual([rated.reviewRating.alternateName, rated.datePublished], ['confirmed', '2025-03-02']);
    assert.deepEqual(rated.itemReviewed.author, { '@type': 'Person', name: 'The mayor' });
    assert.deepEqual([noted.itemReviewed.author, noted.datePublished, noted.reviewRating.ratingExplanation], [{ '@type': 'Organization', name: 'Police' }, '2025-03-03', 'Police log says "fled", see p. 2']);
  });

  it('writes an empty graph when nothing was reviewed', () => {
    assert.deepEqual(JSON.parse(toClaimReview(mergeFindings(analysis, [], ARTICLE), options)), { '@context': 'https://schema.org', '@graph': [] });
  });
});

describe('export: brat standoff', () => {
  const { ann, txt } = toBrat(reviewedView(), ARTICLE);
  const parsed = parseAnn(ann);
  const codePoints = Array.from(ARTICLE);

  it('writes T lines whose code-point offsets slice the span text out of the text copy', () => {
    assert.equal(txt, ARTICLE);
    assert.deepEqual([...new Set(parsed.entities.map((e) => e.type))].sort(), ['Claim', 'Cue', 'Hedge', 'Source']);
    for (const e of parsed.entities) {
      assert.equal(e.fragments.map(([s, t]) => codePoints.slice(s, t).join('')).join(' '), e.text);
    }
  });

  it('counts an emoji as one character: offsets after it differ from UTF-16 by one', () => {
    const mayor = parsed.entities.find((e) => e.text === 'The mayor');
    assert.ok(mayor);
    assert.equal(mayor.fragments[0][0], ARTICLE.indexOf('The mayor') - 1);
    const police = parsed.entities.find((e) => e.text === 'Police');
    assert.deepEqual(police?.fragments, [[0, 6]]);
  });

  it('adds status attributes, relations and notes that point at T lines', () => {
    const ids = new Set(parsed.entities.map((e) => e.id));
    const statuses = parsed.attributes.filter((a) => a[0] === 'Status');
    assert.deepEqual(statuses.map((a) => a[2]), ['alleged', 'confirmed', 'alleged']);
    assert.ok(parsed.attributes.every((a) => ids.has(a[1])));
    assert.ok(parsed.relations.every((r) => ids.has(r[1].slice(5)) && ids.has(r[2].slice(5))));
    assert.ok(parsed.relations.some((r) => r[0] === 'AttributedTo') && parsed.relations.some((r) => r[0] === 'HedgedBy'));
    assert.deepEqual(parsed.notes.map((n) => n.at(-1)).sort(), ['Police log says "fled", see p. 2', 'on the record', 'weak hedge']);
    assert.ok(parsed.attributes.filter((a) => a[0] === 'Manual').length >= 4);
    assert.match(BRAT_CONFIG, /Status\tArg:Claim, Value:confirmed\|alleged\|denied/);
  });

  it('splits a span that crosses a line break into fragments', () => {
    const text = 'First line ends\nsecond \u{1F600} line.';
    const view = mergeFindings({ ...emptyAnalysis(), claims: [{ start: 6, end: text.length, text: text.slice(6), status: 'alleged', explanation: '', hedges: [] }] }, [], text);
    const [e] = parseAnn(toBrat(view, text).ann).entities;
    assert.equal(e.fragments.length, 2);
    assert.equal(e.text, 'line ends second \u{1F600} line.');
    assert.deepEqual(e.fragments[1], [16, Array.from(text).length]);
  });

  it('writes an empty .ann for an article with no findings', () => {
    assert.deepEqual(toBrat(empty(), ARTICLE), { ann: '', txt: ARTICLE });
  });

  it('converts offsets both ways', () => {
    const idx = new CodePointIndex('a\u{1F600}b\u{1F600}c');
    assert.deepEqual([0, 1, 3, 4, 6, 7].map((o) => idx.toCodePoint(o)), [0, 1, 2, 3, 4, 5]);
    assert.deepEqual([0, 1, 2, 3, 4, 5].map((o) => idx.toUtf16(o)), [0, 1, 3, 4, 6, 7]);
  });
});

describe('export: annotated CSV and JSON', () => {
  it('writes CSV with note and origin columns, quoted per RFC 4180', () => {
    const csv = toAnnotatedCsv(reviewedView(), ARTICLE, 'a.txt');
    const rows = parseCsv(csv);
    assert.deepEqual(rows[0], ANNOTATED_CSV_HEADER);
    assert.deepEqual(rows.slice(1).map((r) => [r[2], r[3], r[7], r[8]]), [
      ['alleged', analysis.claims[0].text, 'Police log says "fled", see p. 2', 'manual'],
      ['confirmed', analysis.claims[1].text, '', 'manual'],
      ['alleged', analysis.claims[2].text, '', 'auto'],
    ]);
    assert.equal(rows[3][6], 'may');
    assert.deepEqual(parseCsv(toAnnotatedCsv(empty(), ARTICLE, 'a.txt')), [ANNOTATED_CSV_HEADER]);
  });

  it('writes the FORMAT.md fields plus ids, line/column, origin and notes', () => {
    const doc = JSON.parse(toAnnotatedJson(reviewedView(), ARTICLE, { document: 'a.txt' }));
    assert.deepEqual([doc.version, doc.document, doc.claims.length, doc.attributions.length, doc.hedges.length], [1, 'a.txt', 3, 3, 1]);
    for (const c of doc.claims) assert.equal(ARTICLE.slice(c.start, c.end), c.text);
    assert.deepEqual([doc.claims[0].id, doc.claims[0].note, doc.claims[0].origin, doc.claims[1].line], [claimId(analysis.claims[0].text), 'Police log says "fled", see p. 2', 'manual', 2]);
    assert.deepEqual([doc.hedges[0].note, doc.attributions[1].note, doc.attributions[0].origin], ['weak hedge', 'on the record', 'auto']);
    assert.deepEqual(JSON.parse(toAnnotatedJson(empty(), ARTICLE, { document: 'a.txt' })), { version: 1, document: 'a.txt', claims: [], attributions: [], hedges: [] });
  });
});
