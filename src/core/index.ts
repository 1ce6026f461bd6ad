/** The public face of the analysis core: text in, findings out. */
export type * from './types';
export { STATUSES } from './types';
export { analyze, Analyzer, type AnalyzeOptions } from './analyze';
