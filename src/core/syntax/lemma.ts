/**
 * Lemmas: suffix rules by Penn tag, and an exception list (data, learnt from
 * the treebank: every form and tag whose lemma the rules get wrong, such as
 * irregular verbs and plurals) that is looked up first.
 */

/** Exceptions by `form.toLowerCase() + '\t' + xpos`. */
export type LemmaExceptions = ReadonlyMap<string, string>;

const VOWEL = /[aeiou]/;

function undouble(stem: string): string {
  const n = stem.length;
  if (n >= 3 && stem[n - 1] === stem[n - 2] && !/[lsz]/.test(stem[n - 1]) && !VOWEL.test(stem[n - 1])) return stem.slice(0, -1);
  return stem;
}

function plural(w: string): string {
  if (w.length <= 3 || !w.endsWith('s') || w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return w;
  if (w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (/(ches|shes|sses|xes|zes)$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}

/** The rules alone, for a lower-cased form. */
export function ruleLemma(form: string, xpos: string): string {
  const w = form.toLowerCase();
  switch (xpos) {
    case 'NNP':
      return form;
    case 'NNPS':
      return plural(form);
    case 'NNS':
    case 'VBZ':
      return plural(w);
    case 'VBD':
    case 'VBN':
      if (w.endsWith('ied') && w.length > 4) return w.slice(0, -3) + 'y';
      if (w.endsWith('ed') && w.length > 3) return undouble(w.slice(0, -2));
      return w;
    case 'VBG':
      if (w.endsWith('ing') && w.length > 4) return undouble(w.slice(0, -3));
      return w;
    case 'JJR':
    case 'RBR':
      if (w.endsWith('ier')) return w.slice(0, -3) + 'y';
      return w.endsWith('er') && w.length > 4 ? undouble(w.slice(0, -2)) : w;
    case 'JJS':
    case 'RBS':
      if (w.endsWith('iest')) return w.slice(0, -4) + 'y';
      return w.endsWith('est') && w.length > 5 ? undouble(w.slice(0, -3)) : w;
    default:
      return w;
  }
}

export function lemmatize(form: string, xpos: string, exceptions: LemmaExceptions): string {
  return exceptions.get(form.toLowerCase() + '\t' + xpos) ?? ruleLemma(form, xpos);
}
