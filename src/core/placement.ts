/**
 * A block's findings placed at its offset in the document. Placing creates
 * the document-level objects once; when an edit elsewhere moves the block,
 * `move` shifts those same objects in place instead of creating new ones, so
 * a keystroke in a long article costs little more than the block it touched.
 */
import type { Attribution, Claim, Cue, Hedge, Source, Span } from './types';
import type { ClaimDraft } from './rules/claims';

/** Findings of one block, with offsets relative to the block's start. */
export interface BlockFindings {
  sentences: Span[];
  hedges: Hedge[];
  attributions: Attribution[];
  claims: ClaimDraft[];
}

export interface Placed {
  readonly found: BlockFindings;
  /** The block is a headline: its claims may repeat the text below it. */
  readonly headline: boolean;
  /** The block offset the objects below are placed at. */
  at: number;
  sentences: Span[];
  hedges: Hedge[];
  attributions: Attribution[];
  claims: Claim[];
  /** Per claim: index of its attribution in `attributions`, or -1. */
  claimAttribution: number[];
  /** Per claim: indices of its hedges in `hedges`. */
  claimHedges: number[][];
  /** Document indices of this block's first hedge and attribution when the claims' indices were last set. */
  hedgeBase: number;
  attributionBase: number;
}

/**
 * Places `found` at block offset `at` of `text`. The objects are built field
 * by field: an object spread per finding cost more than the rest of placing.
 */
export function place(found: BlockFindings, at: number, text: string, headline: boolean): Placed {
  const span = (s: Span): Span => ({ start: s.start + at, end: s.end + at, text: text.slice(s.start + at, s.end + at) });
  const claimAttribution: number[] = [];
  const claimHedges: number[][] = [];
  const claims: Claim[] = [];
  for (const c of found.claims) {
    claims.push({ start: c.start + at, end: c.end + at, text: text.slice(c.start + at, c.end + at), status: c.status, explanation: c.explanation, hedges: [] });
    claimAttribution.push(c.attribution ? found.attributions.indexOf(c.attribution) : -1);
    const hedges: number[] = [];
    for (const h of c.hedges) {
      const k = found.hedges.indexOf(h);
      if (k >= 0) hedges.push(k);
    }
    claimHedges.push(hedges);
  }
  return {
    found,
    headline,
    at,
    sentences: found.sentences.map(span),
    hedges: found.hedges.map((h): Hedge => ({ start: h.start + at, end: h.end + at, text: text.slice(h.start + at, h.end + at), category: h.category, rule: h.rule })),
    attributions: found.attributions.map(placeAttribution(span, at, text)),
    claims,
    claimAttribution,
    claimHedges,
    hedgeBase: -1,
    attributionBase: -1,
  };
}

function placeAttribution(span: (s: Span) => Span, at: number, text: string): (a: Attribution) => Attribution {
  return ({ source: s, cue: c, content, quoted }) => {
    const source: Source = { start: s.start + at, end: s.end + at, text: text.slice(s.start + at, s.end + at), kind: s.kind };
    const cue: Cue = { start: c.start + at, end: c.end + at, text: text.slice(c.start + at, c.end + at), kind: c.kind, lemma: c.lemma };
    const placed: Attribution = { source, cue };
    if (content) placed.content = span(content);
    if (quoted) placed.quoted = true;
    return placed;
  };
}

function moveSpan(s: Span, delta: number): void {
  s.start += delta;
  s.end += delta;
}

/** Moves placed findings to block offset `at`; their text is unchanged, only offsets move. */
export function move(p: Placed, at: number): void {
  const delta = at - p.at;
  if (delta === 0) return;
  p.at = at;
  for (const s of p.sentences) moveSpan(s, delta);
  for (const h of p.hedges) moveSpan(h, delta);
  for (const c of p.claims) moveSpan(c, delta);
  for (const a of p.attributions) {
    moveSpan(a.source, delta);
    moveSpan(a.cue, delta);
    if (a.content) moveSpan(a.content, delta);
  }
}

/** Sets the claims' document indices of their hedges and attribution, when the block's bases changed. */
export function index(p: Placed, hedgeBase: number, attributionBase: number): void {
  if (p.hedgeBase === hedgeBase && p.attributionBase === attributionBase) return;
  if (p.hedgeBase >= 0) {
    shiftIndices(p, hedgeBase - p.hedgeBase, attributionBase - p.attributionBase);
    p.hedgeBase = hedgeBase;
    p.attributionBase = attributionBase;
    return;
  }
  p.hedgeBase = hedgeBase;
  p.attributionBase = attributionBase;
  p.claims.forEach((c, i) => {
    c.hedges = p.claimHedges[i].map((h) => h + hedgeBase);
    const a = p.claimAttribution[i];
    if (a >= 0) c.attribution = a + attributionBase;
    else delete c.attribution;
  });
}

/** Shifts indices already set, in place: an edit before a block changes its bases, not its claims. */
function shiftIndices(p: Placed, hedgeDelta: number, attributionDelta: number): void {
  for (const c of p.claims) {
    if (hedgeDelta !== 0) for (let k = 0; k < c.hedges.length; k++) c.hedges[k] += hedgeDelta;
    if (attributionDelta !== 0 && c.attribution !== undefined) c.attribution += attributionDelta;
  }
}
