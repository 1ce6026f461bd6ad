/**
 * A light stemmer for matching, not display: two inflections of one word get
 * the same key (shipped/shipping/ships -> "ship", supplied/supplies ->
 * "suppli", provide/providing -> "provid"). Irregular forms come from the
 * lexicon. Deliberately conservative: it never strips derivational suffixes
 * ("shipment" stays), which the concept lexicon handles instead.
 */
import { IRREGULAR } from './lexicon';

const VOWEL = /[aeiouy]/;
const DOUBLE = /([bdfgkmnprt])\1$/;
/** Words ending in s that are not plurals. */
const KEEP_S = /(ss|us|is|ous|ics)$/;

function dropSuffix(word: string, suffix: string): string | undefined {
  if (!word.endsWith(suffix)) return undefined;
  const base = word.slice(0, -suffix.length);
  // "bring" and "red" are not "br" + ing and "r" + ed.
  return base.length >= 3 && VOWEL.test(base) ? base : undefined;
}

/** The matching key of one lower-case word. */
export function stem(input: string): string {
  let w = input.toLowerCase().replace(/[’']s?$/, '');
  const irregular = IRREGULAR[w];
  if (irregular !== undefined) w = irregular;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith('ies') || w.endsWith('ied')) w = w.slice(0, -3) + 'y';
  else if (/(ches|shes|sses|xes|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !KEEP_S.test(w)) w = w.slice(0, -1);
  else {
    const base = dropSuffix(w, 'ing') ?? dropSuffix(w, 'ed');
    if (base !== undefined) w = DOUBLE.test(base) ? base.slice(0, -1) : base;
    // "secretly" -> "secret", but "supply" and "reply" are not adverbs.
    else if (w.endsWith('ly') && w.length > 5 && !w.endsWith('ply')) w = w.slice(0, -2);
  }
  // One key for "supply"/"suppli(ed)" and "provide"/"provid(ing)".
  if (/[^aeiou]y$/.test(w)) w = w.slice(0, -1) + 'i';
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}
