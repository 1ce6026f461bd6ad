/**
 * Differential property test of the editor's incremental path: on every
 * corpus article and every sample, random edit sessions (typing, deleting,
 * replacing, undoing, pasting a paragraph), many of them placed right at a
 * block edge, a photo credit, a headline or a blank line, must leave one
 * Analyzer giving exactly what a fresh `analyze()` gives, finding for finding.
 *
 * CLAIMLENS_PROPERTY_SCALE=N runs N times as many sessions (deeper checks).
 * The corpus is read from CLAIMLENS_SHARED or ../shared when present.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { Analyzer, analyze, type AnalyzeOptions } from '../../src/core';
import { blockList } from '../../src/core/blockIndex';

const root = fileURLToPath(new URL('../..', import.meta.url));
const corpusDir = join(resolve(process.env.CLAIMLENS_SHARED ?? join(root, '..', 'shared')), 'corpus', 'articles');
const samplesDir = join(root, 'samples');
const SCALE = Math.max(1, Number(process.env.CLAIMLENS_PROPERTY_SCALE) || 1);
/** Edit sessions per document; a session holds up to `MAX_STEPS` edits (about 6 on average). */
const SESSIONS = 6 * SCALE;
const MAX_STEPS = 12;

interface Doc {
  name: string;
  text: string;
  options: AnalyzeOptions;
}

function articlesIn(dir: string): Doc[] {
  return readdirSync(dir)
    .filter((n) => /\.(txt|md|article)$/i.test(n) && !/^readme\./i.test(n))
    .sort()
    .map((n) => ({ name: n, text: readFileSync(join(dir, n), 'utf8'), options: { markdown: n.endsWith('.md') } }));
}

/** Where an edit lands: anywhere, or next to a spot where block splitting decides something. */
type Near = 'anywhere' | 'block edge' | 'credit' | 'headline' | 'blank line';

/** The offsets of `near` in `text`; every offset is a candidate, and `shift` moves a few characters off it. */
function spots(text: string, near: Near, markdown: boolean): number[] {
  if (near === 'anywhere') return [];
  const out: number[] = [];
  if (near === 'credit') {
    for (const m of text.matchAll(/photo|image|credit|getty|reuters|afp|[.!?]\s+\(?[A-Z]/gi)) out.push(m.index);
    return out;
  }
  if (near === 'blank line') {
    for (const m of text.matchAll(/\n[ \t]*\r?\n/g)) out.push(m.index, m.index + m[0].length);
    return out;
  }
  for (const b of blockList(text, markdown).blocks) if (near === 'block edge' || b.kind === 'headline') out.push(b.start, b.end);
  return out;
}

const PIECES = ['e', ' ', '.', ',', '"', '\u201d', '\n', '\n\n', '\r\n', 'x', 'may ', 'said ', 'Photo credit: Ana Ruiz / Coast Daily', '. Photo: Reuters', ' (Getty Images)', 'Tags\n', 'Harbour plan delayed\n\n', 'Previous Article\n', '\n# ', '**', '[a](b)'];

const place = fc.record({
  near: fc.constantFrom<Near>('anywhere', 'anywhere', 'block edge', 'credit', 'headline', 'blank line'),
  pick: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  shift: fc.integer({ min: -3, max: 3 }),
});

const edit = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), place, insert: fc.constantFrom(...PIECES) }),
  fc.record({ kind: fc.constant('delete' as const), place, length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('replace' as const), place, length: fc.integer({ min: 1, max: 12 }), insert: fc.constantFrom(...PIECES) }),
  fc.record({ kind: fc.constant('paste' as const), place, paragraph: fc.nat() }),
  fc.record({ kind: fc.constant('undo' as const) }),
);
type Step = typeof edit extends fc.Arbitrary<infer T> ? T : never;
/** An edit, and whether its version is assembled (twice as often) or only prepared. */
const step = fc.record({ step: edit, assemble: fc.constantFrom(true, true, false) });

function offsetOf(text: string, p: { near: Near; pick: number; shift: number }, markdown: boolean): number {
  const candidates = spots(text, p.near, markdown);
  const base = candidates.length > 0 ? candidates[Math.floor(p.pick * candidates.length)] : Math.floor(p.pick * (text.length + 1));
  return Math.min(text.length, Math.max(0, base + p.shift));
}

function applyStep(text: string, s: Step, history: string[], paragraphs: readonly string[], markdown: boolean): string {
  if (s.kind === 'undo') return history.pop() ?? text;
  history.push(text);
  const at = offsetOf(text, s.place, markdown);
  switch (s.kind) {
    case 'insert': return text.slice(0, at) + s.insert + text.slice(at);
    case 'delete': return text.slice(0, at) + text.slice(at + s.length);
    case 'replace': return text.slice(0, at) + s.insert + text.slice(at + s.length);
    case 'paste': return `${text.slice(0, at)}\n\n${paragraphs[s.paragraph % paragraphs.length]}\n\n${text.slice(at)}`;
  }
}

/**
 * Headlines every few blocks, some repeated further down and some repeated
 * by the claims below them: the headline filter's decisions reach across
 * neighbouring blocks, so an edit can change a decision several blocks away.
 */
function headlineHeavy(): Doc {
  const topics = ['Ferry fares rise in Oskel', 'Council approves new harbour wall', 'Storm closes the northern pier', 'Port strike ends after talks'];
  const parts: string[] = [];
  for (let i = 0; i < 24; i++) {
    const topic = topics[i % topics.length];
    parts.push(topic);
    if (i % 3 !== 2) parts.push(`${topic.replace(/^(\S+)/, 'The $1')} on day ${i}, officials said.`);
    if (i % 4 === 1) parts.push(`Residents said the ${topic.toLowerCase()} was expected.`);
  }
  return { name: 'headline-heavy (made up)', text: parts.join('\n\n'), options: {} };
}

const docs: Doc[] = [...(existsSync(corpusDir) ? articlesIn(corpusDir) : []), ...articlesIn(samplesDir), headlineHeavy()];
/** Paragraphs to paste, from every document. */
const paragraphs = docs.flatMap((d) => d.text.split(/\n\s*\n/)).filter((p) => p.trim().length > 0);

describe('property: incremental analysis equals a fresh analysis', function () {
  this.timeout(60_000 * SCALE);

  if (!existsSync(corpusDir)) {
    it(`corpus articles (${corpusDir} is absent: only the samples are checked)`, function () {
      console.log(`    note: ${corpusDir} not found; set CLAIMLENS_SHARED to include the corpus articles`);
      this.skip();
    });
  }

  for (const doc of docs) {
    it(`${doc.name}: ${SESSIONS} random edit sessions`, () => {
      const markdown = doc.options.markdown ?? false;
      fc.assert(fc.property(fc.array(step, { minLength: 1, maxLength: MAX_STEPS }), (steps) => {
        const analyzer = new Analyzer(doc.options);
        let text = doc.text;
        const history: string[] = [];
        analyzer.analyze(text);
        for (const { step: s, assemble } of steps) {
          text = applyStep(text, s, history, paragraphs, markdown);
          // An edit superseded before assembly is only prepared, as in the editor.
          if (assemble) assert.deepEqual(analyzer.analyze(text), analyze(text, doc.options));
          else analyzer.prepare(text, performance.now() - 1);
        }
        assert.deepEqual(analyzer.analyze(text), analyze(text, doc.options));
      }), { numRuns: SESSIONS });
    });
  }
});
