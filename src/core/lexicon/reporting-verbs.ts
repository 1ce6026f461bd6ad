/** Reporting-verb lexicon (placeholder: the attributions work fills this in). */
import type { LexiconOptions } from './index';

export interface ReportingLexicon {
  readonly extra: readonly string[];
  readonly removed: readonly string[];
}

export function buildReportingLexicon(options: LexiconOptions): ReportingLexicon {
  return { extra: options.extraReportingVerbs ?? [], removed: options.removedReportingVerbs ?? [] };
}
