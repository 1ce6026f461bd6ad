/** Hedge lexicon (placeholder: the hedges work fills this in). */
import type { LexiconOptions } from './index';

export interface HedgeLexicon {
  readonly extra: readonly string[];
}

export function buildHedgeLexicon(options: LexiconOptions): HedgeLexicon {
  return { extra: options.extraHedges ?? [] };
}
