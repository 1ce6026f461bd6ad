/**
 * The data the model keeps besides its weights, counted from the treebank:
 * class numberings, lemma exceptions, ambiguity classes and the words read
 * in lower case in headlines.
 */
import type { TreebankSentence } from './conllu';
import { hashString } from './hash';
import { ruleLemma } from './lemma';
import { treebankForm } from './lexical';

/** Names by descending frequency, ties by name: a stable numbering. */
export function byFrequency(values: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : a > b ? 1 : 0));
}

/** The lemma exceptions: every (form, XPOS) whose most frequent lemma the rules miss. */
export function lemmaExceptions(sentences: TreebankSentence[]): Array<[string, string]> {
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences) {
    for (let i = 0; i < s.forms.length; i++) {
      const form = treebankForm(s.forms[i]);
      const key = form.toLowerCase() + '\t' + s.xpos[i];
      let c = counts.get(key);
      if (!c) counts.set(key, (c = new Map()));
      const lemma = treebankForm(s.lemmas[i]);
      c.set(lemma, (c.get(lemma) ?? 0) + 1);
    }
  }
  const out: Array<[string, string]> = [];
  for (const key of [...counts.keys()].sort()) {
    const c = counts.get(key)!;
    const [best] = [...c].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    const [form, xpos] = key.split('\t');
    if (best !== ruleLemma(form, xpos) && best !== ruleLemma(form[0].toUpperCase() + form.slice(1), xpos)) out.push([key, best]);
  }
  return out;
}

/**
 * Each word's ambiguity class: the tags it had in at least 5 % of its
 * occurrences, by lower-case form, for the words seen at least twice.
 */
export function ambiguityClasses(sentences: TreebankSentence[], tagId: Map<string, number>): Map<number, number> {
  const counts = new Map<number, Map<number, number>>();
  for (const s of sentences) {
    for (let i = 0; i < s.forms.length; i++) {
      const w = hashString(treebankForm(s.forms[i]).toLowerCase());
      let c = counts.get(w);
      if (!c) counts.set(w, (c = new Map()));
      const t = tagId.get(`${s.upos[i]}|${s.xpos[i]}`) ?? 0;
      c.set(t, (c.get(t) ?? 0) + 1);
    }
  }
  const out = new Map<number, number>();
  for (const [w, c] of [...counts].sort((a, b) => a[0] - b[0])) {
    let total = 0;
    for (const k of c.values()) total += k;
    if (total < 2) continue;
    const tags = [...c].filter(([, k]) => k >= total * 0.05).map(([t]) => t).sort((a, b) => a - b);
    out.set(w, hashString(tags.join(',')));
  }
  return out;
}

/** Hashes of words written in lower case at least twice as often as capitalised. */
export function lowercaseWords(sentences: TreebankSentence[]): Uint32Array {
  const lower = new Map<string, number>();
  const capital = new Map<string, number>();
  for (const s of sentences) {
    for (let i = 0; i < s.forms.length; i++) {
      const f = s.forms[i];
      const l = f.toLowerCase();
      if (!/^[a-z]/i.test(f)) continue;
      const m = f === l ? lower : capital;
      m.set(l, (m.get(l) ?? 0) + (i === 0 && m === capital ? 0 : 1));
    }
  }
  const out: number[] = [];
  for (const [w, c] of lower) if (c >= 3 && c >= 2 * (capital.get(w) ?? 0)) out.push(hashString(w));
  return Uint32Array.from(out.sort((a, b) => a - b));
}
