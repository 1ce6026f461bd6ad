/**
 * The features a claim is compared by: content-word stems mapped to concepts
 * (weapons/arms/lethal aid -> one feature), entity names with demonyms mapped
 * to their country (Kestrian -> kestria), multi-word names, numbers and
 * keyphrases (adjacent content pairs). Framing words never count.
 */
import { CONCEPTS, DEMONYMS, STOPWORDS } from './lexicon';
import { stem } from './stem';

/** Feature kinds, which set how much a shared feature counts. */
export type FeatureKind = 'word' | 'name' | 'number' | 'phrase';

/** Relative weight of each kind before IDF: a shared word pair says less than a shared word. */
export const KIND_WEIGHT: Readonly<Record<FeatureKind, number>> = { word: 1, name: 1, number: 0.3, phrase: 0.5 };

/** Stem sequence ("lethal aid") or stem -> concept feature. */
const conceptOf = new Map<string, string>();
for (const [concept, entries] of Object.entries(CONCEPTS)) {
  for (const entry of entries) conceptOf.set(entry.split(' ').map(stem).join(' '), `=${concept}`);
}
const LONGEST_PHRASE = 3;

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu;

function country(word: string, lower: string): string | undefined {
  if (DEMONYMS[lower] !== undefined) return DEMONYMS[lower];
  // Kestrian -> kestria, Russian -> russia, Lemaran -> lemara.
  return word[0] !== lower[0] && /[aeiou][b-df-hj-np-tv-z]+i?an$/.test(lower) ? lower.slice(0, -1) : undefined;
}

interface Token {
  key: string;
  capital: boolean;
}

/** Content tokens of a text in order: stopwords dropped, demonyms and concepts resolved. */
function contentTokens(text: string): Token[] {
  // Hyphenated words count by their parts: "Kestrian-flagged" names Kestria, "delta-winged" is "delta wing".
  const raw: string[] = [];
  for (const w of text.match(TOKEN) ?? []) for (const part of w.replace(/[’']s?$/, '').split('-')) if (part !== '') raw.push(part);
  const stems = raw.map((w) => stem(w));
  const out: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    const word = raw[i];
    const lower = word.toLowerCase();
    if (STOPWORDS.has(lower)) continue;
    if (/^\d[\d,.]*$/.test(word)) {
      out.push({ key: `#${word.replace(/,/g, '')}`, capital: false });
      continue;
    }
    const nation = country(word, lower);
    const capital = nation !== undefined || word[0] !== lower[0];
    // A capital inside the claim is part of a name ("Amber Sea Arms Accord"), never a concept.
    if (capital && (i > 0 || nation !== undefined)) {
      out.push({ key: nation ?? lower, capital });
      continue;
    }
    // Longest concept phrase starting here wins ("military assistance" before "military").
    let n = Math.min(LONGEST_PHRASE, raw.length - i);
    let concept: string | undefined;
    for (; n >= 1 && concept === undefined; n--) concept = conceptOf.get(n === 1 ? stems[i] : stems.slice(i, i + n).join(' '));
    if (concept !== undefined) {
      out.push({ key: concept, capital: false });
      i += n;
    } else out.push({ key: capital ? lower : stems[i], capital });
  }
  return out;
}

/** One claim's features with their kinds; each feature at most once. */
export function claimFeatures(text: string): Map<string, FeatureKind> {
  const tokens = contentTokens(text);
  const features = new Map<string, FeatureKind>();
  for (const t of tokens) features.set(t.key, t.key.startsWith('#') ? 'number' : t.capital ? 'name' : 'word');
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [a, b] = [tokens[i], tokens[i + 1]];
    // Unordered, so that "weapons supplied" and "supplied weapons" share the pair; a
    // multi-word name ("Amber Sea Arms Accord") also counts whole through its pairs.
    if (!a.key.startsWith('#') && !b.key.startsWith('#')) features.set(a.key < b.key ? `${a.key}+${b.key}` : `${b.key}+${a.key}`, 'phrase');
  }
  return features;
}
