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
import { attributeQuotations } from './rules/quotations';
import type { HeadlineFilter } from './rules/headlines';
import type { BlockFindings, Placed } from './placement';
import type { SourceLinks } from './sourceLinks';
import type { Syntax } from './syntax';
import { holdsCandidate } from './syntax/candidates';

/** The findings of a block that is not analysed; shared, never changed. */
export const EMPTY: BlockFindings = { sentences: [], hedges: [], attributions: [], claims: [] };

/** Page furniture, reference lists and code hold no claims: their blocks are not analysed. */
export function isAnalysed(kind: Block['kind']): boolean {
  return kind === 'paragraph' || kind === 'headline';
}

/** The findings of one block, with offsets relative to its start. */
export function analyzeBlock(text: string, kind: Block['kind'], lexicons: Lexicons, syntax?: Syntax): BlockFindings {
  if (!isAnalysed(kind)) return EMPTY;
  const found: BlockFindings = { sentences: [], hedges: [], attributions: [], claims: [] };
  const context = { headline: kind === 'headline', cues: lexicons.claims };
  for (const sentence of blockSentences(text)) {
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
  attributeQuotations(text, found.sentences, found.attributions, found.claims);
  return found;
}

/** The document-level passes, each remembering what it needs to redo only what an edit changed. */
export interface DocumentPasses {
  headlines: HeadlineFilter<Claim, Placed>;
  sources: SourceLinks;
}

/** What changed since the last call with the same passes: groups and attributions `from` to `to` (before: to `oldTo`). */
export interface Edited {
  groups: { from: number; to: number };
  attributions: { from: number; to: number; oldTo: number };
}

/**
 * The document-level passes on the placed blocks, in text order: pronoun and
 * back-reference sources resolved across blocks, then the claims of all
 * blocks without the headline claims that a later claim repeats.
 */
export function analyzeDocument(attributions: Attribution[], text: string, groups: readonly Placed[], passes: DocumentPasses, edited?: Edited): Claim[] {
  passes.sources.resolve(attributions, text, edited?.attributions);
  return edited ? passes.headlines.filterAfterEdit(groups, edited.groups.from, edited.groups.to) : passes.headlines.filter(groups);
}
