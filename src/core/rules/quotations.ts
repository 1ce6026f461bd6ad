/**
 * Quotations across sentences (GUIDE.md section 2): a direct quotation keeps
 * its speaker in every sentence it spans. In
 *   "The pier is safe," said Berg. "We checked it twice. The cracks are old."
 * the second quotation's sentences carry no frame of their own, yet they are
 * Berg's words, not the author's: their claims are alleged, attributed to Berg.
 * Runs once per block, after the sentence rules, on the block's own offsets.
 */
import type { Attribution, CueKind, Span } from '../types';
import type { ClaimDraft } from './claims';

/** A quotation: from its opening mark to its closing one (exclusive), or to the block's end when it runs on. */
export interface Quotation {
  start: number;
  end: number;
}

const OPENING = new Set(['“', '«', '„']);
const CLOSING = new Set(['”', '»']);
const STRAIGHT = '"';

/**
 * The double quotations of a block, in order. Curly marks pair by shape;
 * straight marks alternate. An opening mark left unclosed runs to the end
 * of the block (a quotation continued in the next paragraph).
 */
export function quotations(text: string): Quotation[] {
  const out: Quotation[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (OPENING.has(c) || (c === STRAIGHT && open < 0)) {
      if (open < 0) open = i;
    } else if ((CLOSING.has(c) || c === STRAIGHT) && open >= 0) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: open, end: text.length });
  return out;
}

/** Cue kinds whose quoted content stays the speaker's word: alleged (a factive or a denial speaks for itself). */
const REPORTING: ReadonlySet<CueKind> = new Set(['neutral', 'allegation', 'belief']);

/** Longest stretch of text between a speaker's cue and the quotation it introduces ('Berg said on Monday: "'). */
const MAX_LEAD_IN = 40;

const inside = (s: { start: number; end: number }, q: Quotation) => s.start >= q.start && s.end <= q.end;

/**
 * Claims the author seems to state but that lie inside a quotation with a
 * speaker become alleged, attributed to that speaker. Changes `claims` in place.
 *
 * The speaker of a quotation is the attribution whose reporting cue stands
 * outside every quotation, nearest to it: in a sentence the quotation
 * touches, or just before it with only a few words and a colon or comma
 * between ('Berg said: "...'). One sweep over quotations, sentences,
 * speakers and claims in text order, so a block of a thousand quotations
 * costs no more per quotation than a block of one.
 */
export function attributeQuotations(text: string, sentences: readonly Span[], attributions: readonly Attribution[], claims: ClaimDraft[]): void {
  // most blocks quote no one: nothing below would change a thing
  if (claims.length === 0 || attributions.length === 0) return;
  const quoted = quotations(text);
  if (quoted.length === 0) return;
  const speakers = outsideQuotations(attributions, quoted);
  if (speakers.length === 0) return;
  const ordered = claims.filter((c) => c.status === 'confirmed').sort((a, b) => a.start - b.start);
  let s = 0; // first sentence that may touch the quotation
  let a = 0; // first speaker whose cue starts at or after the quotation's end
  let c = 0; // first claim that may lie inside the quotation
  for (const q of quoted) {
    while (c < ordered.length && ordered[c].start < q.start) c++;
    const first = c;
    while (c < ordered.length && ordered[c].start < q.end) c++;
    if (c === first) continue;
    while (s < sentences.length && sentences[s].end <= q.start) s++;
    let to = q.end;
    for (let k = s; k < sentences.length && sentences[k].start < q.end; k++) to = Math.max(to, sentences[k].end);
    const from = s < sentences.length ? Math.min(q.start, sentences[s].start) : q.start;
    while (a < speakers.length && speakers[a].cue.start < q.end) a++;
    const before = a > 0 && speakers[a - 1].cue.end <= q.start ? speakers[a - 1] : undefined;
    const after = a < speakers.length && speakers[a].cue.end <= to ? speakers[a] : undefined;
    const nearBefore = before && (before.cue.start >= from || q.start - before.cue.end <= MAX_LEAD_IN) ? before : undefined;
    const speaker = nearBefore && (!after || q.start - nearBefore.cue.end <= after.cue.start - q.end) ? nearBefore : after;
    if (!speaker) continue;
    for (let k = first; k < c; k++) {
      const claim = ordered[k];
      if (!inside(claim, q)) continue;
      claim.status = 'alleged';
      claim.attribution = speaker;
      claim.explanation = `Alleged: inside a quotation attributed to ${speaker.source.text} with "${speaker.cue.text}".`;
    }
  }
}

/** The attributions with a reporting cue outside every quotation, in text order of their cues. */
function outsideQuotations(attributions: readonly Attribution[], quoted: readonly Quotation[]): Attribution[] {
  const out = attributions.filter((a) => REPORTING.has(a.cue.kind)).sort((x, y) => x.cue.start - y.cue.start);
  let q = 0;
  return out.filter((a) => {
    while (q < quoted.length && quoted[q].end <= a.cue.start) q++;
    return !(q < quoted.length && inside(a.cue, quoted[q]));
  });
}
