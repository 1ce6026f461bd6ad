/**
 * The analysis pipeline, without caching: a block's sentences -> hedges,
 * attributions, claims (`analyzeBlock`), and the passes that read the whole
 * document once its blocks are placed (`analyzeDocument`). The Analyzer in
 * analyzer.ts decides which blocks to run it on.
 */
import type { Attribution, Block, Claim } from './types';
import type { Lexicons } from './lexicon';
import { blockSentences } from './longBlocks';
import { findHedges } from './rules/hedges';
import { findAttributions } from './rules/attributions';
import { findClaims } from './rules/claims';
import { resolveSources } from './rules/coreference';
import type { HeadlineFilter } from './rules/headlines';
import type { BlockFindings, Placed } from './placement';

/** The findings of a block that is not analysed; shared, never changed. */
export const EMPTY: BlockFindings = { sentences: [], hedges: [], attributions: [], claims: [] };

/** Page furniture, reference lists and code hold no claims: their blocks are not analysed. */
export function isAnalysed(kind: Block['kind']): boolean {
  return kind === 'paragraph' || kind === 'headline';
}

/** The findings of one block, with offsets relative to its start. */
export function analyzeBlock(text: string, kind: Block['kind'], lexicons: Lexicons): BlockFindings {
  if (!isAnalysed(kind)) return EMPTY;
  const found: BlockFindings = { sentences: [], hedges: [], attributions: [], claims: [] };
  const context = { headline: kind === 'headline', cues: lexicons.claims };
  for (const sentence of blockSentences(text)) {
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
 * The document-level passes on the placed blocks, in text order: pronoun and
 * back-reference sources resolved across blocks, then the claims of all
 * blocks without the headline claims that a later claim repeats. `edited`
 * says which groups changed since the last call with the same `headlines`
 * (from `from` to `to`, the rest the same objects), when only some did.
 */
export function analyzeDocument(attributions: Attribution[], text: string, groups: readonly Placed[], headlines: HeadlineFilter<Claim, Placed>, edited?: { from: number; to: number }): Claim[] {
  for (const a of attributions) if (a.source.resolved) delete a.source.resolved;
  resolveSources(attributions, text);
  return edited ? headlines.filterAfterEdit(groups, edited.from, edited.to) : headlines.filter(groups);
}
