/**
 * Which sentences the analysis parses: those holding a word the rules may
 * build a finding on (a reporting or denial cue, a claim cue noun, a hedge,
 * a negation). The others yield no finding whatever their syntax, so the
 * parse would be work without a reader.
 */
import type { Lexicons } from '../lexicon';
import type { Sentence } from '../sentences';

export function holdsCandidate(sentence: Sentence, lexicons: Lexicons): boolean {
  for (const i of sentence.words) {
    const norm = sentence.tokens[i].norm;
    if (lexicons.reporting.cueWords.has(norm) || lexicons.hedges.byFirstWord.has(norm)) return true;
    const cues = lexicons.claims.wordCues(norm);
    if (cues.cueBase !== undefined || cues.noun !== undefined || cues.hedge || cues.negator || cues.contractedNot) return true;
  }
  return false;
}
