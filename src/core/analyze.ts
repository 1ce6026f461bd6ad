/**
 * The analysis pipeline: blocks -> sentences -> hedges, attributions, claims
 * -> document-level passes. Each block is analysed on its own and cached by
 * its text, so re-analysing an edited document only parses the blocks that
 * changed.
 */
import type { Analysis, Attribution, Block, Claim, Hedge, Span } from './types';
import { findBlocks } from './blocks';
import { parseSentences } from './sentences';
import { buildLexicons, type LexiconOptions, type Lexicons } from './lexicon';
import { maskMarkdown } from './markdown';
import { findHedges } from './rules/hedges';
import { findAttributions } from './rules/attributions';
import { findClaims, type ClaimDraft } from './rules/claims';
import { resolveSources } from './rules/coreference';
import { dropRepeatedHeadlineClaims } from './rules/headlines';

export interface AnalyzeOptions extends LexiconOptions {
  /** Treat the text as Markdown: its syntax is masked before analysis. */
  markdown?: boolean;
}

/** Findings of one block, with offsets relative to the block's start. */
interface BlockFindings {
  sentences: Span[];
  hedges: Hedge[];
  attributions: Attribution[];
  claims: ClaimDraft[];
}

const EMPTY: BlockFindings = { sentences: [], hedges: [], attributions: [], claims: [] };

function analyzeBlock(text: string, kind: Block['kind'], lexicons: Lexicons): BlockFindings {
  if (kind === 'furniture' || kind === 'reference' || kind === 'code') return EMPTY;
  const found: BlockFindings = { sentences: [], hedges: [], attributions: [], claims: [] };
  for (const sentence of parseSentences(text)) {
    const hedges = findHedges(sentence, lexicons);
    const attributions = findAttributions(sentence, lexicons);
    const claims = findClaims(sentence, hedges, attributions, { headline: kind === 'headline' });
    found.sentences.push({ start: sentence.start, end: sentence.end, text: sentence.text });
    found.hedges.push(...hedges);
    found.attributions.push(...attributions);
    found.claims.push(...claims);
  }
  return found;
}

/** The blocks of one text, remembered between `prepare` slices and `analyze`. */
interface Prepared {
  text: string;
  analysed: string;
  blocks: Block[];
  /** Index of the first block `prepare` has not looked at yet. */
  next: number;
}

/**
 * Analyses documents, remembering each block's findings by its kind and text.
 * One instance per document keeps the cache small; `analyze()` below is the
 * stateless form.
 */
export class Analyzer {
  private readonly lexicons: Lexicons;
  private cache = new Map<string, BlockFindings>();
  private prepared?: Prepared;

  constructor(private readonly options: AnalyzeOptions = {}) {
    this.lexicons = buildLexicons(options);
  }

  /** Number of blocks parsed by the last `analyze` call (cache misses). */
  lastParsedBlocks = 0;

  /**
   * Parses the blocks of `text` that are not cached yet, one block at a time,
   * until all are or `performance.now()` passes `deadline`. Returns true when
   * `analyze(text)` has no parsing left, only assembly. An editor calls it in
   * slices across ticks, so a large edit never blocks for long.
   */
  prepare(text: string, deadline: number): boolean {
    const p = this.blocksOf(text);
    while (p.next < p.blocks.length) {
      if (performance.now() >= deadline) return false;
      const block = p.blocks[p.next++];
      const blockText = p.analysed.slice(block.start, block.end);
      const key = `${block.kind}\u0000${blockText}`;
      if (!this.cache.has(key)) this.cache.set(key, analyzeBlock(blockText, block.kind, this.lexicons));
    }
    return true;
  }

  private blocksOf(text: string): Prepared {
    if (this.prepared?.text === text) return this.prepared;
    const analysed = this.options.markdown ? maskMarkdown(text) : text;
    const blocks = findBlocks(analysed).map((b) => ({ ...b, text: text.slice(b.start, b.end) }));
    this.prepared = { text, analysed, blocks, next: 0 };
    return this.prepared;
  }

  analyze(text: string): Analysis {
    const { analysed, blocks } = this.blocksOf(text);
    this.prepared = undefined;
    const next = new Map<string, BlockFindings>();
    const result: Analysis = { version: 1, claims: [], attributions: [], hedges: [], blocks, sentences: [] };
    const drafts: ClaimDraft[] = [];
    // Index of every shifted hedge and attribution, so claims find theirs without a linear search.
    const hedgeIndex = new Map<Hedge, number>();
    const attributionIndex = new Map<Attribution, number>();
    this.lastParsedBlocks = 0;
    for (const block of blocks) {
      const blockText = analysed.slice(block.start, block.end);
      const key = `${block.kind}\u0000${blockText}`;
      let found = next.get(key) ?? this.cache.get(key);
      if (!found) {
        found = analyzeBlock(blockText, block.kind, this.lexicons);
        this.lastParsedBlocks++;
      }
      next.set(key, found);
      if (found === EMPTY) continue;
      const shift = <T extends Span>(s: T): T => ({ ...s, start: s.start + block.start, end: s.end + block.start, text: text.slice(s.start + block.start, s.end + block.start) });
      for (const s of found.sentences) result.sentences.push(shift(s));
      const hedgeShift = new Map<Hedge, Hedge>();
      for (const h of found.hedges) {
        const moved = shift(h);
        hedgeShift.set(h, moved);
        hedgeIndex.set(moved, result.hedges.length);
        result.hedges.push(moved);
      }
      const attributionShift = new Map<Attribution, Attribution>();
      for (const a of found.attributions) {
        const moved: Attribution = { ...a, source: shift(a.source), cue: shift(a.cue), content: a.content && shift(a.content) };
        if (moved.source.resolved) moved.source.resolved = shift(moved.source.resolved);
        attributionShift.set(a, moved);
        attributionIndex.set(moved, result.attributions.length);
        result.attributions.push(moved);
      }
      for (const c of found.claims) {
        drafts.push({
          ...c,
          start: c.start + block.start,
          end: c.end + block.start,
          attribution: c.attribution && attributionShift.get(c.attribution),
          hedges: c.hedges.map((h) => hedgeShift.get(h)).filter((h): h is Hedge => h !== undefined),
        });
      }
    }
    this.cache = next;
    resolveSources(result.attributions, text);
    result.claims = dropRepeatedHeadlineClaims(drafts, blocks, text).map((d) => toClaim(d, text, hedgeIndex, attributionIndex));
    return result;
  }
}

function toClaim(d: ClaimDraft, text: string, hedgeIndex: Map<Hedge, number>, attributionIndex: Map<Attribution, number>): Claim {
  const claim: Claim = {
    start: d.start,
    end: d.end,
    text: text.slice(d.start, d.end),
    status: d.status,
    explanation: d.explanation,
    hedges: d.hedges.map((h) => hedgeIndex.get(h) ?? -1).filter((i) => i >= 0),
  };
  const a = d.attribution ? attributionIndex.get(d.attribution) ?? -1 : -1;
  if (a >= 0) claim.attribution = a;
  return claim;
}

/** Analyses one text with fresh state. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return new Analyzer(options).analyze(text);
}
