/**
 * The analysis pipeline: blocks -> sentences -> hedges, attributions, claims
 * -> document-level passes. Each block is analysed on its own and cached by
 * its text, so re-analysing an edited document only parses the blocks that
 * changed.
 */
import type { Analysis, Attribution, Block, Claim, Hedge, Span } from './types';

/**
 * How many sentences, hedges, attributions and placed groups come before each
 * block: four numbers per block in one flat array, so counting allocates no
 * object per block.
 */
const COUNTED = 4;
import { blockList, updateBlockList, type BlockList } from './blockIndex';
import { parseSentences } from './sentences';
import { buildLexicons, type LexiconOptions, type Lexicons } from './lexicon';
import { findHedges } from './rules/hedges';
import { findAttributions } from './rules/attributions';
import { findClaims } from './rules/claims';
import { resolveSources } from './rules/coreference';
import { HeadlineFilter } from './rules/headlines';
import { index, move, place, type BlockFindings, type Placed } from './placement';
import type { Syntax } from './syntax';
import { holdsCandidate } from './syntax/candidates';

export interface AnalyzeOptions extends LexiconOptions {
  /** Treat the text as Markdown: its syntax is masked before analysis. */
  markdown?: boolean;
  /** Tags and parses each sentence that holds a cue, hedge or negation (`sentence.syntax`) before the rules read it. */
  syntax?: Syntax;
}

const EMPTY: BlockFindings = { sentences: [], hedges: [], attributions: [], claims: [] };

function analyzeBlock(text: string, kind: Block['kind'], lexicons: Lexicons, syntax?: Syntax): BlockFindings {
  if (kind === 'furniture' || kind === 'reference' || kind === 'code') return EMPTY;
  const found: BlockFindings = { sentences: [], hedges: [], attributions: [], claims: [] };
  const context = { headline: kind === 'headline', cues: lexicons.claims };
  for (const sentence of parseSentences(text)) {
    if (syntax && holdsCandidate(sentence, lexicons)) sentence.syntax = syntax.parseSentenceTokens(sentence);
    const hedges = findHedges(sentence, lexicons);
    const attributions = findAttributions(sentence, lexicons);
    const claims = findClaims(sentence, hedges, attributions, context);
    found.sentences.push({ start: sentence.start, end: sentence.end, text: sentence.text });
    // plain loops: a spread call per sentence cost more than the few findings it copies
    for (const h of hedges) found.hedges.push(h);
    for (const a of attributions) found.attributions.push(a);
    for (const c of claims) found.claims.push(c);
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
  private readonly syntax?: Syntax;
  /** Findings by block text, one map per analysed kind: the text alone is the key, so no key string is built per block. */
  private cache = { paragraph: new Map<string, BlockFindings>(), headline: new Map<string, BlockFindings>() };
  private list?: BlockList;
  /** Placed findings, parallel to the blocks of `list`. */
  private placed: Array<Placed | undefined> = [];
  private readonly headlines = new HeadlineFilter<Claim, Placed>();
  /**
   * The blocks changed since the last `analyze`, from `dirtyFrom` to
   * `dirtyEnd` (exclusive): those before are as they were, and those after
   * are the same blocks `blockShift` places further on. Empty when clean.
   */
  private dirtyFrom = 0;
  private dirtyEnd = 0;
  private blockShift = 0;
  /** The arrays of the last `analyze`, and how much of each came before each block. */
  private last?: { sentences: Span[]; hedges: Hedge[]; attributions: Attribution[]; groups: Placed[]; counts: number[] };
  /** The new blocks of `list` that `prepare` has not parsed yet: from `prepared` to `preparedEnd`. */
  private prepared = 0;
  private preparedEnd = 0;

  constructor(options: AnalyzeOptions = {}) {
    this.lexicons = buildLexicons(options);
    this.markdown = options.markdown ?? false;
    this.syntax = options.syntax;
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
      // Grow the dirty region [dirtyFrom, dirtyEnd) to cover this edit; blocks after it moved by `shift`.
      const shift = inserted - (to - from);
      const end = this.dirtyEnd > to ? this.dirtyEnd + shift : this.dirtyEnd > from ? from + inserted : this.dirtyEnd;
      this.dirtyEnd = Math.max(end, from + inserted);
      this.dirtyFrom = Math.min(this.dirtyFrom, from);
      this.blockShift += shift;
      this.prepared = from;
      this.preparedEnd = from + inserted;
    } else {
      this.list = edit ?? blockList(text, this.markdown);
      this.placed = [];
      this.last = undefined;
      this.dirtyFrom = 0;
      this.dirtyEnd = this.list.blocks.length;
      this.blockShift = 0;
      this.prepared = 0;
      this.preparedEnd = this.list.blocks.length;
    }
    return this.list;
  }

  private findingsOf(list: BlockList, block: Block): BlockFindings {
    if (block.kind === 'furniture' || block.kind === 'reference' || block.kind === 'code') return EMPTY;
    const blockText = list.analysed.slice(block.start, block.end);
    const cache = block.kind === 'headline' ? this.cache.headline : this.cache.paragraph;
    let found = cache.get(blockText);
    if (!found) {
      found = analyzeBlock(blockText, block.kind, this.lexicons, this.syntax);
      cache.set(blockText, found);
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
    const reuse = last ? Math.min(this.dirtyFrom, last.counts.length / COUNTED - 1, list.blocks.length) : 0;
    const c = reuse * COUNTED;
    const at = last
      ? { sentences: last.counts[c], hedges: last.counts[c + 1], attributions: last.counts[c + 2], groups: last.counts[c + 3] }
      : { sentences: 0, hedges: 0, attributions: 0, groups: 0 };
    const result: Analysis = {
      version: 1,
      claims: [],
      attributions: last ? last.attributions.slice(0, at.attributions) : [],
      hedges: last ? last.hedges.slice(0, at.hedges) : [],
      blocks: list.blocks,
      sentences: last ? last.sentences.slice(0, at.sentences) : [],
    };
    let groups: Placed[] = last ? last.groups.slice(0, at.groups) : [];
    let counts: number[] = last ? last.counts.slice(0, c) : [];
    const tailFrom = last ? Math.min(list.blocks.length, Math.max(this.dirtyEnd, reuse)) : list.blocks.length;
    for (let i = reuse; i < tailFrom; i++) {
      const block = list.blocks[i];
      counts.push(result.sentences.length, result.hedges.length, result.attributions.length, groups.length);
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
    if (last && tailFrom < list.blocks.length) {
      // The blocks after the edit: their findings are the last result's, in the same order, only moved.
      ({ groups, counts } = this.appendTail(result, groups, counts, tailFrom, last));
    } else {
      counts.push(result.sentences.length, result.hedges.length, result.attributions.length, groups.length);
    }
    this.last = { sentences: result.sentences, hedges: result.hedges, attributions: result.attributions, groups, counts };
    this.dirtyFrom = Number.POSITIVE_INFINITY;
    this.dirtyEnd = Number.NEGATIVE_INFINITY;
    this.blockShift = 0;
    this.trimCache(list);
    for (const a of result.attributions) if (a.source.resolved) delete a.source.resolved;
    resolveSources(result.attributions, text);
    result.claims = this.headlines.filter(groups);
    return result;
  }

  /**
   * Appends the findings of blocks `from` onwards, unchanged since `last`,
   * with native array copies; moves them and re-indexes their claims where
   * the counts before them changed.
   */
  private appendTail(result: Analysis, groups: Placed[], counts: number[], from: number, last: NonNullable<Analyzer['last']>): { groups: Placed[]; counts: number[] } {
    const blocks = this.list?.blocks ?? [];
    const oldFrom = from - this.blockShift;
    const oldEnd = last.counts.length / COUNTED - 1;
    const o = oldFrom * COUNTED;
    const e = oldEnd * COUNTED;
    const delta = [result.sentences.length - last.counts[o], result.hedges.length - last.counts[o + 1], result.attributions.length - last.counts[o + 2], groups.length - last.counts[o + 3]];
    result.sentences = result.sentences.concat(last.sentences.slice(last.counts[o], last.counts[e]));
    result.hedges = result.hedges.concat(last.hedges.slice(last.counts[o + 1], last.counts[e + 1]));
    result.attributions = result.attributions.concat(last.attributions.slice(last.counts[o + 2], last.counts[e + 2]));
    const allGroups = groups.concat(last.groups.slice(last.counts[o + 3], last.counts[e + 3]));
    for (let j = oldFrom; j <= oldEnd; j++) {
      const k = j * COUNTED;
      counts.push(last.counts[k] + delta[0], last.counts[k + 1] + delta[1], last.counts[k + 2] + delta[2], last.counts[k + 3] + delta[3]);
    }
    for (let i = from; i < blocks.length; i++) {
      const p = this.placed[i];
      if (!p) continue;
      move(p, blocks[i].start);
      index(p, counts[i * COUNTED + 1], counts[i * COUNTED + 2]);
    }
    return { groups: allGroups, counts };
  }

  /** Drops cached findings of blocks no longer in the text, once the cache has grown well past the document. */
  private trimCache(list: BlockList): void {
    const { paragraph, headline } = this.cache;
    if (paragraph.size + headline.size <= 2 * list.blocks.length + 64) return;
    const live = new Set(this.placed.map((p) => p?.found));
    for (const cache of [paragraph, headline]) for (const [key, found] of cache) if (!live.has(found)) cache.delete(key);
  }
}

/** Analyses one text with fresh state. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return new Analyzer(options).analyze(text);
}
