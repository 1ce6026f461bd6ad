/**
 * The analysis pipeline: blocks -> sentences -> hedges, attributions, claims
 * -> document-level passes. Each block is analysed on its own and cached by
 * its text, so re-analysing an edited document only parses the blocks that
 * changed.
 */
import type { Analysis, Attribution, Block, Claim, Hedge, Span } from './types';

/** How many findings of each kind come before a block. */
interface Counts {
  sentences: number;
  hedges: number;
  attributions: number;
  groups: number;
}
import { blockList, updateBlockList, type BlockList } from './blockIndex';
import { parseSentences } from './sentences';
import { buildLexicons, type LexiconOptions, type Lexicons } from './lexicon';
import { findHedges } from './rules/hedges';
import { findAttributions } from './rules/attributions';
import { findClaims } from './rules/claims';
import { resolveSources } from './rules/coreference';
import { HeadlineFilter } from './rules/headlines';
import { index, move, place, type BlockFindings, type Placed } from './placement';

export interface AnalyzeOptions extends LexiconOptions {
  /** Treat the text as Markdown: its syntax is masked before analysis. */
  markdown?: boolean;
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

/**
 * Analyses documents, remembering each block's findings by its kind and text.
 * One instance per document: an edit re-splits only the lines around it and
 * re-parses only the blocks whose text changed. `analyze()` below is the
 * stateless form.
 */
export class Analyzer {
  private readonly lexicons: Lexicons;
  private readonly markdown: boolean;
  private cache = new Map<string, BlockFindings>();
  private list?: BlockList;
  /** Placed findings, parallel to the blocks of `list`. */
  private placed: Array<Placed | undefined> = [];
  private readonly headlines = new HeadlineFilter<Claim, Placed>();
  /** The first block changed since the last `analyze`; blocks before it can be taken from `last`. */
  private dirtyFrom = 0;
  /** The arrays of the last `analyze`, and how much of each came before each block. */
  private last?: { sentences: Span[]; hedges: Hedge[]; attributions: Attribution[]; groups: Placed[]; counts: Counts[] };
  /** The new blocks of `list` that `prepare` has not parsed yet: from `prepared` to `preparedEnd`. */
  private prepared = 0;
  private preparedEnd = 0;

  constructor(options: AnalyzeOptions = {}) {
    this.lexicons = buildLexicons(options);
    this.markdown = options.markdown ?? false;
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
    const list = this.blocksOf(text);
    // At least one block per call, so that every slice makes progress.
    while (this.prepared < this.preparedEnd) {
      this.findingsOf(list, list.blocks[this.prepared++]);
      if (this.prepared < this.preparedEnd && performance.now() >= deadline) return false;
    }
    return true;
  }

  /**
   * The block list of `text`, updated from the previous version; the placed
   * findings follow their blocks, and the new blocks await `prepare`.
   */
  private blocksOf(text: string): BlockList {
    if (this.list?.text === text) return this.list;
    const edit = this.list && updateBlockList(this.list, text, this.markdown);
    if (edit?.edit) {
      const { from, to, inserted } = edit.edit;
      this.placed.splice(from, to - from, ...new Array<Placed | undefined>(inserted));
      this.list = edit;
      this.dirtyFrom = Math.min(this.dirtyFrom, from);
      this.prepared = from;
      this.preparedEnd = from + inserted;
    } else {
      this.list = edit ?? blockList(text, this.markdown);
      this.placed = [];
      this.last = undefined;
      this.dirtyFrom = 0;
      this.prepared = 0;
      this.preparedEnd = this.list.blocks.length;
    }
    return this.list;
  }

  private findingsOf(list: BlockList, block: Block): BlockFindings {
    if (block.kind === 'furniture' || block.kind === 'reference' || block.kind === 'code') return EMPTY;
    const blockText = list.analysed.slice(block.start, block.end);
    const key = `${block.kind}\u0000${blockText}`;
    let found = this.cache.get(key);
    if (!found) {
      found = analyzeBlock(blockText, block.kind, this.lexicons);
      this.cache.set(key, found);
      this.lastParsedBlocks++;
    }
    return found;
  }

  /**
   * The findings of `text`. The Analyzer reuses the finding objects of blocks
   * that an edit did not touch, moving them in place: an Analysis is valid
   * until the next `analyze` call on the same Analyzer (its `blocks` until
   * the next `prepare`).
   */
  analyze(text: string): Analysis {
    this.lastParsedBlocks = 0;
    const list = this.blocksOf(text);
    // Blocks before the first one an edit touched are placed and counted as last time: start from there.
    const last = this.last;
    const reuse = last ? Math.min(this.dirtyFrom, last.counts.length - 1, list.blocks.length) : 0;
    const at = last ? last.counts[reuse] : { sentences: 0, hedges: 0, attributions: 0, groups: 0 };
    const result: Analysis = {
      version: 1,
      claims: [],
      attributions: last ? last.attributions.slice(0, at.attributions) : [],
      hedges: last ? last.hedges.slice(0, at.hedges) : [],
      blocks: list.blocks,
      sentences: last ? last.sentences.slice(0, at.sentences) : [],
    };
    const groups: Placed[] = last ? last.groups.slice(0, at.groups) : [];
    const counts: Counts[] = last ? last.counts.slice(0, reuse) : [];
    for (let i = reuse; i < list.blocks.length; i++) {
      const block = list.blocks[i];
      counts.push({ sentences: result.sentences.length, hedges: result.hedges.length, attributions: result.attributions.length, groups: groups.length });
      let p = this.placed[i];
      if (!p) {
        p = place(this.findingsOf(list, block), block.start, text, block.kind === 'headline');
        this.placed[i] = p;
      } else {
        move(p, block.start);
      }
      if (p.found === EMPTY) continue;
      index(p, result.hedges.length, result.attributions.length);
      for (const x of p.sentences) result.sentences.push(x);
      for (const x of p.hedges) result.hedges.push(x);
      for (const x of p.attributions) result.attributions.push(x);
      groups.push(p);
    }
    counts.push({ sentences: result.sentences.length, hedges: result.hedges.length, attributions: result.attributions.length, groups: groups.length });
    this.last = { sentences: result.sentences, hedges: result.hedges, attributions: result.attributions, groups, counts };
    this.dirtyFrom = list.blocks.length;
    this.trimCache(list);
    for (const a of result.attributions) if (a.source.resolved) delete a.source.resolved;
    resolveSources(result.attributions, text);
    result.claims = this.headlines.filter(groups);
    return result;
  }

  /** Drops cached findings of blocks no longer in the text, once the cache has grown well past the document. */
  private trimCache(list: BlockList): void {
    if (this.cache.size <= 2 * list.blocks.length + 64) return;
    const live = new Set(this.placed.map((p) => p?.found));
    for (const [key, found] of this.cache) if (!live.has(found)) this.cache.delete(key);
  }
}

/** Analyses one text with fresh state. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return new Analyzer(options).analyze(text);
}
