/**
 * The incremental cache around the pipeline: one Analyzer per document keeps
 * its block list, each block's findings by its text, and the findings placed
 * in the document, so re-analysing an edited document parses only the blocks
 * that changed and re-places only what the edit moved.
 */
import type { Analysis, Attribution, Block, Claim, Hedge, Span } from './types';
import { blockList, updateBlockList, type BlockList } from './blockIndex';
import { buildLexicons, type LexiconOptions, type Lexicons } from './lexicon';
import { HeadlineFilter } from './rules/headlines';
import { index, move, place, type BlockFindings, type Placed } from './placement';
import { analyzeBlock, analyzeDocument, EMPTY, isAnalysed, type DocumentPasses, type Edited } from './pipeline';
import { SourceLinks } from './sourceLinks';
import type { Syntax } from './syntax';

export interface AnalyzeOptions extends LexiconOptions {
  /** Treat the text as Markdown: its syntax is masked before analysis. */
  markdown?: boolean;
  /** Tags and parses each sentence that holds a cue, hedge or negation (`sentence.syntax`) before the rules read it. */
  syntax?: Syntax;
}

/**
 * How many sentences, hedges, attributions and placed groups come before each
 * block: four numbers per block in one flat array, so counting allocates no
 * object per block.
 */
const COUNTED = 4;

/** Records what comes before block `i`. */
function setCounts(counts: Int32Array, i: number, result: Analysis, groups: number): void {
  const k = i * COUNTED;
  counts[k] = result.sentences.length;
  counts[k + 1] = result.hedges.length;
  counts[k + 2] = result.attributions.length;
  counts[k + 3] = groups;
}

/**
 * Analyses documents, remembering each block's findings by its kind and text.
 * One instance per document: an edit re-splits only the lines around it and
 * re-parses only the blocks whose text changed. `analyze()` in analyze.ts is the
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
  private readonly passes: DocumentPasses = { headlines: new HeadlineFilter<Claim, Placed>(), sources: new SourceLinks() };
  /**
   * The blocks changed since the last `analyze`, from `dirtyFrom` to
   * `dirtyEnd` (exclusive): those before are as they were, and those after
   * are the same blocks `blockShift` places further on. Empty when clean.
   */
  private dirtyFrom = 0;
  private dirtyEnd = 0;
  private blockShift = 0;
  /** The arrays of the last `analyze`, and how much of each came before each block. */
  private last?: { sentences: Span[]; hedges: Hedge[]; attributions: Attribution[]; groups: Placed[]; counts: Int32Array };
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
    if (!isAnalysed(block.kind)) return EMPTY;
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
    const blocks = list.blocks;
    // Blocks before the first one an edit touched are placed and counted as last time: start from there.
    const last = this.last;
    const oldEnd = last ? last.counts.length / COUNTED - 1 : 0;
    const reuse = last ? Math.min(this.dirtyFrom, oldEnd, blocks.length) : 0;
    const c = reuse * COUNTED;
    // The counts array is kept when the number of blocks is: only the counts from the edit on change.
    const counts = last && oldEnd === blocks.length ? last.counts : new Int32Array((blocks.length + 1) * COUNTED);
    if (last && counts !== last.counts) counts.set(last.counts.subarray(0, c));
    const result: Analysis = {
      version: 1,
      claims: [],
      attributions: last ? last.attributions.slice(0, last.counts[c + 2]) : [],
      hedges: last ? last.hedges.slice(0, last.counts[c + 1]) : [],
      blocks,
      sentences: last ? last.sentences.slice(0, last.counts[c]) : [],
    };
    let groups: Placed[] = last ? last.groups.slice(0, last.counts[c + 3]) : [];
    const tailFrom = last ? Math.min(blocks.length, Math.max(this.dirtyEnd, reuse)) : blocks.length;
    for (let i = reuse; i < tailFrom; i++) {
      const block = blocks[i];
      setCounts(counts, i, result, groups.length);
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
    const oldTailFrom = (tailFrom - this.blockShift) * COUNTED;
    const edited: Edited | undefined = last && {
      groups: { from: last.counts[c + 3], to: groups.length },
      attributions: { from: last.counts[c + 2], to: result.attributions.length, oldTo: last.counts[oldTailFrom + 2] },
    };
    if (last && tailFrom < blocks.length) {
      // The blocks after the edit: their findings are the last result's, in the same order, only moved.
      groups = this.appendTail(result, groups, counts, tailFrom, last);
    } else {
      setCounts(counts, blocks.length, result, groups.length);
    }
    this.last = { sentences: result.sentences, hedges: result.hedges, attributions: result.attributions, groups, counts };
    this.dirtyFrom = Number.POSITIVE_INFINITY;
    this.dirtyEnd = Number.NEGATIVE_INFINITY;
    this.blockShift = 0;
    this.trimCache(list);
    result.claims = analyzeDocument(result.attributions, text, groups, this.passes, edited);
    return result;
  }

  /**
   * Appends the findings of blocks `from` onwards, unchanged since `last`,
   * with native array copies; shifts their counts, moves them and
   * re-indexes their claims where the counts before them changed.
   */
  private appendTail(result: Analysis, groups: Placed[], counts: Int32Array, from: number, last: NonNullable<Analyzer['last']>): Placed[] {
    const blocks = this.list?.blocks ?? [];
    const old = last.counts;
    const o = (from - this.blockShift) * COUNTED;
    const e = old.length - COUNTED;
    const ds = result.sentences.length - old[o];
    const dh = result.hedges.length - old[o + 1];
    const da = result.attributions.length - old[o + 2];
    const dg = groups.length - old[o + 3];
    result.sentences = result.sentences.concat(last.sentences.slice(old[o], old[e]));
    result.hedges = result.hedges.concat(last.hedges.slice(old[o + 1], old[e + 1]));
    result.attributions = result.attributions.concat(last.attributions.slice(old[o + 2], old[e + 2]));
    const allGroups = groups.concat(last.groups.slice(old[o + 3], old[e + 3]));
    const f = from * COUNTED;
    if (counts !== old) counts.set(old.subarray(o), f);
    if (ds !== 0 || dh !== 0 || da !== 0 || dg !== 0) {
      for (let k = f; k < counts.length; k += COUNTED) {
        counts[k] += ds;
        counts[k + 1] += dh;
        counts[k + 2] += da;
        counts[k + 3] += dg;
      }
    }
    for (let i = from; i < blocks.length; i++) {
      const p = this.placed[i];
      if (!p || p.found === EMPTY) continue;
      move(p, blocks[i].start);
      index(p, counts[i * COUNTED + 1], counts[i * COUNTED + 2]);
    }
    return allGroups;
  }

  /** Drops cached findings of blocks no longer in the text, once the cache has grown well past the document. */
  private trimCache(list: BlockList): void {
    const { paragraph, headline } = this.cache;
    if (paragraph.size + headline.size <= 2 * list.blocks.length + 64) return;
    const live = new Set(this.placed.map((p) => p?.found));
    for (const cache of [paragraph, headline]) for (const [key, found] of cache) if (!live.has(found)) cache.delete(key);
  }
}
