/**
 * Reads CoNLL-U (universaldependencies.org/format.html): one sentence per
 * blank-line-separated block, one syntactic word per line. Multiword-token
 * ranges ("3-4") and empty nodes ("3.1") are skipped: the tagger and parser
 * work on syntactic words.
 */

export interface TreebankSentence {
  forms: string[];
  lemmas: string[];
  upos: string[];
  xpos: string[];
  feats: string[];
  /** Head of each word, 0-based; -1 for the root. */
  heads: number[];
  deprels: string[];
}

export function readConllu(text: string): TreebankSentence[] {
  const out: TreebankSentence[] = [];
  let s: TreebankSentence | undefined;
  for (const line of text.split('\n')) {
    if (line === '' || line === '\r') {
      if (s && s.forms.length > 0) out.push(s);
      s = undefined;
      continue;
    }
    if (line.startsWith('#')) continue;
    const cols = line.replace(/\r$/, '').split('\t');
    if (cols.length < 8 || !/^\d+$/.test(cols[0])) continue;
    s ??= { forms: [], lemmas: [], upos: [], xpos: [], feats: [], heads: [], deprels: [] };
    s.forms.push(cols[1]);
    s.lemmas.push(cols[2]);
    s.upos.push(cols[3]);
    s.xpos.push(cols[4]);
    s.feats.push(cols[5]);
    s.heads.push(Number(cols[6]) - 1);
    s.deprels.push(cols[7]);
  }
  if (s && s.forms.length > 0) out.push(s);
  return out;
}
