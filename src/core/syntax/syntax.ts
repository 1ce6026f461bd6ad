/**
 * The syntax service: `createSyntax(modelBytes)` decodes the model once and
 * tags, lemmatises and parses sentences, either the analysis's own sentences
 * (their tokens split as the treebank splits words) or ready-made word lists.
 */
import type { Sentence } from '../sentences';
import { hashString } from './hash';
import { labelTree } from './labeller';
import { lemmatize } from './lemma';
import { wordAtoms } from './lexical';
import { decodeModel, type SyntaxModelData } from './model';
import { parseAtoms, parseSentence } from './parser';
import { splitWord, type Piece } from './split';
import { tagSentence, type TaggerModel } from './tagger';
import { FrozenWeights } from './weights';

/** Words that negate the clause or phrase they modify. */
const NEGATIONS = new Set(['not', "n't", 'never', 'no', 'none', 'nobody', 'nothing', 'neither', 'nor', 'nowhere']);

/** The longest run of words parsed as one tree: longer sentences are parsed in pieces of this size, so the work per sentence stays linear and bounded. */
export const MAX_PARSE_WORDS = 150;

export type VerbForm = 'Fin' | 'Inf' | 'Part' | 'Ger';
export type Tense = 'Past' | 'Pres';

/** Tags, heads and labels of a list of words, as parallel arrays. */
export interface ParsedWords {
  upos: string[];
  xpos: string[];
  lemmas: string[];
  /** Head of each word (0-based), -1 for the root. */
  heads: Int32Array;
  deprels: string[];
}

/** One syntactic word of an analysed sentence. */
export interface SyntaxWord {
  text: string;
  start: number;
  end: number;
  /** Index into the sentence's `tokens` of the token this word is (part of). */
  token: number;
  upos: string;
  xpos: string;
  lemma: string;
  /** Index into `words` of the head, -1 for the root of the sentence. */
  head: number;
  deprel: string;
  verbForm?: VerbForm;
  tense?: Tense;
  /** A negation word: not, n't, never, no, nobody … */
  negation: boolean;
}

export interface SentenceSyntax {
  words: SyntaxWord[];
}

export interface Syntax {
  /** Credit and provenance of the model. */
  readonly meta: Readonly<Record<string, string>>;
  parseWords(forms: readonly string[]): ParsedWords;
  parseSentenceTokens(sentence: Sentence): SentenceSyntax;
}

function verbFeatures(xpos: string): { verbForm?: VerbForm; tense?: Tense } {
  switch (xpos) {
    case 'VB':
      return { verbForm: 'Inf' };
    case 'VBD':
      return { verbForm: 'Fin', tense: 'Past' };
    case 'VBN':
      return { verbForm: 'Part', tense: 'Past' };
    case 'VBG':
      return { verbForm: 'Ger' };
    case 'VBZ':
    case 'VBP':
      return { verbForm: 'Fin', tense: 'Pres' };
    case 'MD':
      return { verbForm: 'Fin' };
    default:
      return {};
  }
}

/** Creates the syntax service from model bytes (the file `claimlens-syntax.bin`). */
export function createSyntax(bytes: Uint8Array): Syntax {
  return new SyntaxService(decodeModel(bytes));
}

class SyntaxService implements Syntax {
  readonly meta: Readonly<Record<string, string>>;
  private readonly tagger: TaggerModel;
  private readonly parser: FrozenWeights;
  private readonly labeller: FrozenWeights;
  private readonly upos: string[];
  private readonly xpos: string[];
  private readonly labels: string[];
  private readonly rootLabel: number;
  private readonly lowercase: Set<number>;
  private readonly lemmas: Map<string, string>;
  private readonly ambiguity = new Map<number, number>();

  constructor(m: SyntaxModelData) {
    this.meta = m.meta;
    const dictionary = new Map<number, number>();
    for (let i = 0; i < m.dictionary.length; i += 2) dictionary.set(m.dictionary[i], m.dictionary[i + 1]);
    this.tagger = { weights: new FrozenWeights(m.tagger), refine: m.refine && new FrozenWeights(m.refine), dictionary };
    this.parser = new FrozenWeights(m.parser);
    this.labeller = new FrozenWeights(m.labeller);
    this.upos = m.tags.map((t) => t.slice(0, t.indexOf('|')));
    this.xpos = m.tags.map((t) => t.slice(t.indexOf('|') + 1));
    this.labels = m.labels;
    this.rootLabel = Math.max(0, m.labels.indexOf('root'));
    this.lowercase = new Set(m.lowercase);
    this.lemmas = new Map(m.lemmas);
    for (let i = 0; i < m.ambiguity.length; i += 2) this.ambiguity.set(m.ambiguity[i], m.ambiguity[i + 1]);
  }

  /**
   * In a headline written in title case or capitals, capitals say little:
   * words the treebank mostly writes in lower case are read in lower case.
   */
  private lowered(forms: readonly string[]): boolean[] | undefined {
    let letters = 0;
    let capital = 0;
    for (const f of forms) {
      const c = f.charCodeAt(0);
      if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) continue;
      letters++;
      if (c <= 90) capital++;
    }
    if (letters < 3 || capital < letters * 0.7) return undefined;
    return forms.map((f, i) => {
      const c = f.charCodeAt(0);
      if (!(c >= 65 && c <= 90)) return false;
      if (i === 0 && f.length > 1 && f.slice(1) === f.slice(1).toLowerCase()) return false;
      return this.lowercase.has(hashString(f.toLowerCase()));
    });
  }

  parseWords(forms: readonly string[]): ParsedWords {
    const n = forms.length;
    const atoms = wordAtoms(forms, this.lowered(forms), this.ambiguity);
    const tags = new Int32Array(n);
    tagSentence(this.tagger, atoms, tags);
    const heads = new Int32Array(n).fill(-1);
    const labels = new Int32Array(n);
    let firstRoot = -1;
    for (let from = 0; from < n; from += MAX_PARSE_WORDS) {
      const to = Math.min(n, from + MAX_PARSE_WORDS);
      const pa = parseAtoms(atoms.lower.subarray(from, to), tags.subarray(from, to), to - from);
      const chunkHeads = parseSentence(this.parser, pa);
      const chunkLabels = labelTree(this.labeller, pa, chunkHeads, this.rootLabel);
      for (let i = 0; i < to - from; i++) {
        const h = chunkHeads[i];
        if (h === to - from) {
          // a later piece's root hangs from the first piece's root
          if (firstRoot === -1) firstRoot = from + i;
          else {
            heads[from + i] = firstRoot;
            labels[from + i] = Math.max(0, this.labels.indexOf('parataxis'));
            continue;
          }
          heads[from + i] = -1;
        } else heads[from + i] = from + h;
        labels[from + i] = chunkLabels[i];
      }
    }
    const upos = Array.from(tags, (t) => this.upos[t]);
    const xpos = Array.from(tags, (t) => this.xpos[t]);
    return {
      upos,
      xpos,
      lemmas: forms.map((f, i) => lemmatize(f, xpos[i], this.lemmas)),
      heads,
      deprels: Array.from(labels, (l) => this.labels[l]),
    };
  }

  parseSentenceTokens(sentence: Sentence): SentenceSyntax {
    const pieces: Piece[] = [];
    sentence.tokens.forEach((t, i) => {
      if (t.word) splitWord(t.text, t.start, i, pieces);
      else pieces.push({ text: t.text, start: t.start, end: t.end, token: i });
    });
    if (pieces.length === 0) return { words: [] };
    const parsed = this.parseWords(pieces.map((p) => p.text));
    const words = pieces.map((p, i): SyntaxWord => {
      const lemma = parsed.lemmas[i];
      return {
        ...p,
        upos: parsed.upos[i],
        xpos: parsed.xpos[i],
        lemma,
        head: parsed.heads[i],
        deprel: parsed.deprels[i],
        ...verbFeatures(parsed.xpos[i]),
        negation: NEGATIONS.has(lemma.toLowerCase()) || NEGATIONS.has(p.text.toLowerCase().replace('\u2019', "'")),
      };
    });
    return { words };
  }
}
