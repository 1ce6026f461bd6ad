/** Hedge detection (placeholder: the hedges work fills this in). */
import type { Hedge } from '../types';
import type { Sentence } from '../sentences';
import type { Lexicons } from '../lexicon';

export function findHedges(_sentence: Sentence, _lexicons: Lexicons): Hedge[] {
  return [];
}
