/**
 * Resolves pronoun sources ("he", "she", "they") and short back-references
 * ("the official") to the nearest earlier named source (placeholder: the
 * attributions work fills this in).
 */
import type { Attribution } from '../types';

export function resolveSources(_attributions: Attribution[], _text: string): void {
  // filled in by the attributions work
}
