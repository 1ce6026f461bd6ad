/** Attribution detection (placeholder: the attributions work fills this in). */
import type { Attribution } from '../types';
import type { Sentence } from '../sentences';
import type { Lexicons } from '../lexicon';

export function findAttributions(_sentence: Sentence, _lexicons: Lexicons): Attribution[] {
  return [];
}
