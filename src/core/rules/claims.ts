/** Claim extraction and status (placeholder: the claims work fills this in). */
import type { Attribution, Hedge, Status } from '../types';
import type { Sentence } from '../sentences';

/** A claim before the document assembles indices. */
export interface ClaimDraft {
  start: number;
  end: number;
  status: Status;
  explanation: string;
  attribution?: Attribution;
  hedges: Hedge[];
}

export interface SentenceContext {
  headline: boolean;
}

export function findClaims(sentence: Sentence, _hedges: Hedge[], _attributions: Attribution[], _ctx: SentenceContext): ClaimDraft[] {
  return [{ start: sentence.start, end: sentence.end, status: 'confirmed', explanation: 'Stated by the author without hedging.', hedges: [] }];
}
