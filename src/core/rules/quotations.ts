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

const inside = (s: Span | { start: number; end: number }, q: Quotation) => s.start >= q.start && s.end <= q.end;

/**
 * The attribution that speaks a quotation: a reporting cue outside every
 * quotation, in a sentence the quotation touches, or just before it with only
 * a few words and a colon or comma between ('Berg said: "...'). The nearest wins.
 */
function speakerOf(q: Quotation, all: readonly Quotation[], sentences: readonly Span[], attributions: readonly Attribution[]): Attribution | undefined {
  let from = q.start;
  let to = q.end;
  for (const s of sentences) {
    if (s.end > q.start && s.start < q.end) {
      from = Math.min(from, s.start);
      to = Math.max(to, s.end);
    }
  }
  let best: Attribution | undefined;
  let bestDistance = Infinity;
  for (const a of attributions) {
    if (!REPORTING.has(a.cue.kind) || all.some((o) => inside(a.cue, o))) continue;
    const before = a.cue.end <= q.start;
    const near = (a.cue.start >= from && a.cue.end <= to) || (before && q.start - a.cue.end <= MAX_LEAD_IN);
    if (!near) continue;
    const distance = before ? q.start - a.cue.end : a.cue.start - q.end;
    if (Math.abs(distance) < bestDistance) {
      best = a;
      bestDistance = Math.abs(distance);
    }
  }
  return best;
}

/**
 * Claims the author seems to state but that lie inside a quotation with a
 * speaker become alleged, attributed to that speaker. Changes `claims` in place.
 */
export function attributeQuotations(text: string, sentences: readonly Span[], attributions: readonly Attribution[], claims: ClaimDraft[]): void {
  // most blocks quote no one: nothing below would change a thing
  if (claims.length === 0 || attributions.length === 0) return;
  const quoted = quotations(text);
  for (const q of quoted) {
    const own = claims.filter((c) => c.status === 'confirmed' && inside(c, q));
    if (own.length === 0) continue;
    const speaker = speakerOf(q, quoted, sentences, attributions);
    if (!speaker) continue;
    for (const c of own) {
      c.status = 'alleged';
      c.attribution = speaker;
      c.explanation = `Alleged: inside a quotation attributed to ${speaker.source.text} with "${speaker.cue.text}".`;
    }
  }
}
