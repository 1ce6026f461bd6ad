/** One article text in, its ledger record out: the step the CLI, the batch mode and the worker share. */
import { mergeFindings, type ManualAnnotation } from '../annotations';
import { viewAsAnalysis } from '../annotations/as-analysis';
import { analyze, type AnalyzeOptions } from '../core';
import { applyIgnoreComments, maskIgnoreComments } from '../core/ignoreComments';
import { articleRecord } from './mentions';
import type { ArticleRecord } from './types';

/** The user's lexicon settings (extra hedges, reporting verbs) the editor passes on. */
export type ArticleOptions = Omit<AnalyzeOptions, 'markdown'>;

/**
 * Analyses `text` (as Markdown when `markdown`), without what its ignore
 * comments cover, and reduces it to a ledger record named `id`; the decisions
 * of its sidecar (`annotations`) count as they do in the editor: a status set
 * by hand, a dismissed claim, a claim marked by hand.
 */
export function analyseArticle(text: string, id: string, markdown = /\.(md|markdown)$/i.test(id), options: ArticleOptions = {}, annotations: readonly ManualAnnotation[] = []): ArticleRecord {
  const analysis = applyIgnoreComments(analyze(maskIgnoreComments(text), { ...options, markdown }), text);
  return articleRecord(text, annotations.length ? viewAsAnalysis(analysis, mergeFindings(analysis, [...annotations], text)) : analysis, id);
}
