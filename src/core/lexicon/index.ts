/**
 * The lexicons every rule reads, built once per set of user options. Each
 * word list is data in its own module beside this one.
 */
import type { HedgeCategory } from '../types';
import { buildHedgeLexicon, type HedgeLexicon } from './hedges';
import { buildReportingLexicon, type ReportingLexicon } from './reporting-verbs';
import { buildClaimCueLexicon, type ClaimCueLexicon } from './claim-cues';

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
  /** The claim rules' verb cues, with the same added and removed reporting verbs. */
  readonly claims: ClaimCueLexicon;
}

/** Lexicons already built, by the options that shape them; bounded, as settings change rarely. */
const built = new Map<string, Lexicons>();
const MAX_BUILT = 16;

/** The options that shape the lexicons, as a cache key (other analysis options, like `markdown`, are left out). */
function lexiconKey(options: LexiconOptions): string {
  return JSON.stringify([options.extraHedges ?? [], options.excludeHedgeCategories ?? [], options.extraReportingVerbs ?? [], options.removedReportingVerbs ?? []]);
}

/** The lexicons for `options`, built on first use and shared after that: they are read-only. */
export function buildLexicons(options: LexiconOptions = {}): Lexicons {
  const key = lexiconKey(options);
  let lexicons = built.get(key);
  if (!lexicons) {
    lexicons = {
      hedges: buildHedgeLexicon(options),
      reporting: buildReportingLexicon(options),
      claims: buildClaimCueLexicon(options.extraReportingVerbs, options.removedReportingVerbs),
    };
    if (built.size >= MAX_BUILT) built.delete(built.keys().next().value as string);
    built.set(key, lexicons);
  }
  return lexicons;
}
