/** One article text in, its ledger record out: the step the CLI, the batch mode and the worker share. */
import { analyze } from '../core';
import { articleRecord } from './mentions';
import type { ArticleRecord } from './types';

/** Analyses `text` (as Markdown when `markdown`) and reduces it to a ledger record named `id`. */
export function analyseArticle(text: string, id: string, markdown = /\.(md|markdown)$/i.test(id)): ArticleRecord {
  return articleRecord(text, analyze(text, { markdown }), id);
}
