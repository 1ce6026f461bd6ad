/**
 * The lexicons every rule reads, built once per set of user options. Each
 * word list is data in its own module beside this one.
 */
import type { HedgeCategory } from '../types';
import { buildHedgeLexicon, type HedgeLexicon } from './hedges';
import { buildReportingLexicon, type ReportingLexicon } from './reporting-verbs';

export interface LexiconOptions {
  /** Extra hedge words or phrases from the user's settings. */
  extraHedges?: readonly string[];
  /**
   * Hedge categories not to mark, for annotation schemes that leave them out
   * (the Szeged uncertainty corpus marks no approximators).
   */
  excludeHedgeCategories?: readonly HedgeCategory[];
  /** Extra reporting verbs (base forms) from the user's settings. */
  extraReportingVerbs?: readonly string[];
  /** Reporting verbs (base forms) the user does not want treated as cues. */
  removedReportingVerbs?: readonly string[];
}

export interface Lexicons {
  readonly hedges: HedgeLexicon;
  readonly reporting: ReportingLexicon;
}

export function buildLexicons(options: LexiconOptions = {}): Lexicons {
  return { hedges: buildHedgeLexicon(options), reporting: buildReportingLexicon(options) };
}
