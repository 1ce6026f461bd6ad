/**
 * The analysis core's entry points: `analyze()` for one text, and the
 * `Analyzer` that an editor keeps per document for incremental re-analysis.
 * The pipeline itself is in pipeline.ts, the incremental cache in analyzer.ts.
 */
import type { Analysis } from './types';
import { Analyzer, type AnalyzeOptions } from './analyzer';

export { Analyzer, type AnalyzeOptions };

/** Analyses one text with fresh state. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return new Analyzer(options).analyze(text);
}
