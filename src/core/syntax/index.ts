/**
 * Syntax for the analysis: part-of-speech tags, lemmas and a Universal
 * Dependencies parse of each sentence, from a model trained on the Universal
 * Dependencies English Web Treebank (CC BY-SA 4.0) by `npm run train:syntax`.
 */
export { createSyntax, MAX_PARSE_WORDS, type ParsedWords, type SentenceSyntax, type Syntax, type SyntaxWord, type Tense, type VerbForm } from './syntax';
export { readConllu, type TreebankSentence } from './conllu';
export { scoreTreebank, type TreebankScores } from './evaluate';
/** The analysis's own sentence splitter and token model, which the syntax reads (for scripts that time the syntax alone). */
export { parseSentences } from '../sentences';
