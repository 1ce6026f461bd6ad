/**
 * Accuracy of the syntax on a treebank with its own (gold) tokens: UPOS and
 * XPOS accuracy, unlabelled and labelled attachment scores, over every word
 * including punctuation (as the CoNLL 2018 shared task counts them).
 */
import type { TreebankSentence } from './conllu';
import type { ParsedWords } from './syntax';

export interface TreebankScores {
  words: number;
  upos: number;
  xpos: number;
  uas: number;
  las: number;
}

/** Scores `parse` against the gold sentences; each figure is a percentage. */
export function scoreTreebank(sentences: readonly TreebankSentence[], parse: (forms: string[]) => ParsedWords): TreebankScores {
  let words = 0;
  let upos = 0;
  let xpos = 0;
  let uas = 0;
  let las = 0;
  for (const s of sentences) {
    const p = parse(s.forms);
    for (let i = 0; i < s.forms.length; i++) {
      words++;
      if (p.upos[i] === s.upos[i]) upos++;
      if (p.xpos[i] === s.xpos[i]) xpos++;
      if (p.heads[i] === s.heads[i]) {
        uas++;
        if (p.deprels[i] === s.deprels[i]) las++;
      }
    }
  }
  const pct = (x: number): number => (words ? (100 * x) / words : 0);
  return { words, upos: pct(upos), xpos: pct(xpos), uas: pct(uas), las: pct(las) };
}
