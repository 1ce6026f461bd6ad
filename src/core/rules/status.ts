/**
 * Decides a claim's status from the cues that govern it and writes the
 * sentence a hover shows (GUIDE.md section 2). Precedence when cues
 * conflict: denied > alleged > confirmed.
 */
import type { HedgeCategory, Status } from '../types';
import type { FrameKind } from './frames';

/** One cue that governs a claim, outermost first. */
export interface StatusCue {
  kind: FrameKind;
  /** The cue as written ("could not confirm", "evidence"). */
  text: string;
  negated: boolean;
  /** Who asserts, when the cue has a source. */
  source?: string;
  /** The cue is a stance on a back-referred claim ("denied the accusations"). */
  stance?: boolean;
  /** The cue is an agentless passive or a report noun ("Concerns have been raised"). */
  agentless?: boolean;
}

/** A hedge inside the claim or its frame. */
export interface StatusHedge {
  text: string;
  category?: HedgeCategory;
}

export interface StatusDecision {
  status: Status;
  explanation: string;
}

const quote = (s: string) => `"${s}"`;

/** "a", "a and b", "a, b and c" (a plain loop: explanations are written for every claim). */
function list(xs: readonly string[]): string {
  if (xs.length === 0) return '';
  let out = xs[0];
  for (let i = 1; i < xs.length - 1; i++) out += `, ${xs[i]}`;
  return xs.length > 1 ? `${out} and ${xs[xs.length - 1]}` : out;
}

/** Pronouns a source may be, in the object case the explanation needs ("attributed to him"). */
const OBJECT_CASE: ReadonlyMap<string, string> = new Map([['he', 'him'], ['she', 'her'], ['it', 'it'], ['they', 'them'], ['we', 'us'], ['i', 'me']]);

function attributed(c: StatusCue): string {
  const who = c.source ? ` to ${OBJECT_CASE.get(c.source.toLowerCase()) ?? c.source}` : '';
  if (c.kind === 'evidence' || c.kind === 'lack-evidence' || c.kind === 'no-evidence') return `framed by ${quote(c.text)}`;
  if (c.agentless && c.kind === 'belief') return `hedged by ${quote(c.text)}`;
  if (c.agentless) return `reported without a named source (${quote(c.text)})`;
  const what = c.kind === 'belief' ? 'the belief cue' : c.kind === 'allegation' ? 'the allegation cue' : 'the reporting cue';
  return `attributed${who} with ${what} ${quote(c.text)}`;
}

/** Why one cue makes its claim alleged, or undefined when it does not. */
function allegedBy(c: StatusCue): string | undefined {
  switch (c.kind) {
    case 'factive':
    case 'evidence':
      return c.negated ? `explicitly not confirmed (${quote(c.text)})` : undefined;
    case 'denial':
      return c.negated ? `a denial is negated (${quote(c.text)}), so it stays possible` : undefined;
    case 'unconfirmation':
      return `explicitly not confirmed (${quote(c.text)})`;
    case 'lack-evidence':
      return `the evidence for it is said to be lacking (${quote(c.text)})`;
    case 'call':
    case 'no-evidence':
      return undefined;
    default:
      return attributed(c);
  }
}

/** A pronoun source as a subject inside the explanation: "She" at the start of its sentence is "she" here. */
function subjectCase(source: string): string {
  return OBJECT_CASE.has(source.toLowerCase()) && source !== 'I' ? source.toLowerCase() : source;
}

/** Plural pronouns, which take "deny", not "denies". */
const PLURAL_PRONOUNS = new Set(['they', 'we', 'i', 'you']);

/** A plural source ("Western officials", "they"): its last word a plural pronoun or a lower-case plural in -s (a name in -s, "Reuters", is one source). */
function plural(source: string): boolean {
  const last = source.slice(source.lastIndexOf(' ') + 1);
  if (PLURAL_PRONOUNS.has(last.toLowerCase())) return true;
  return last.length > 3 && last[0] === last[0].toLowerCase() && last.endsWith('s') && !last.endsWith('ss');
}

/** A claim denied by `denial`, which outranks the other cues that govern it. */
function denied(denial: StatusCue, cues: readonly StatusCue[]): StatusDecision {
  const who = denial.source ? `${subjectCase(denial.source)} ` : '';
  const how = denial.kind === 'no-evidence'
    ? `${who}states that there is no evidence for it (${quote(denial.text)})`
    : `${who ? `${who}${plural(denial.source ?? '') ? 'deny' : 'denies'} it` : 'it is denied'} (${quote(denial.text)}${denial.stance ? ', referring back to it' : ''})`;
  const others: string[] = [];
  for (const c of cues) if (c !== denial && c.kind !== 'call') others.push(quote(c.text));
  const outranks = others.length ? `; a denial outranks ${list(others)}` : '';
  return { status: 'denied', explanation: `Denied: ${how}${outranks}.` };
}

/** The decision for a claim with no cue and no hedge; shared, as callers only read it. */
const STATED_AS_FACT: StatusDecision = { status: 'confirmed', explanation: 'Confirmed: stated by the author as fact, with no attribution or hedge.' };

/**
 * Status and explanation of one claim. `cues` are the frames that govern it,
 * outermost first; `hedges` the hedges in its scope. Approximators qualify a
 * quantity, not the truth of the claim, so they never change its status.
 */
export function decideStatus(cues: readonly StatusCue[], hedges: readonly StatusHedge[]): StatusDecision {
  // most claims are the author's own, unhedged: nothing below would find anything
  if (cues.length === 0 && hedges.length === 0) return STATED_AS_FACT;
  const denial = cues.find((c) => (c.kind === 'denial' && !c.negated) || c.kind === 'no-evidence');
  if (denial) return denied(denial, cues);
  const reasons: string[] = [];
  for (const c of cues) {
    const reason = allegedBy(c);
    if (reason !== undefined) reasons.push(reason);
  }
  const doubt: string[] = [];
  for (const h of hedges) if (h.category !== 'approximator') doubt.push(quote(h.text));
  if (doubt.length) reasons.push(`hedged by ${list(doubt)}`);
  if (reasons.length) {
    const factive = cues.find((c) => (c.kind === 'factive' || c.kind === 'evidence') && !c.negated);
    const over = factive ? `; this outranks the factive ${quote(factive.text)}` : '';
    return { status: 'alleged', explanation: `Alleged: ${list(reasons)}${over}.` };
  }
  const factive = cues.find((c) => c.kind === 'factive' || c.kind === 'evidence');
  if (factive) {
    const who = factive.source ? ` (${factive.source})` : '';
    const what = factive.kind === 'evidence' ? 'presented as shown by' : 'introduced by the factive cue';
    return { status: 'confirmed', explanation: `Confirmed: ${what} ${quote(factive.text)}${who}, with no hedge.` };
  }
  return STATED_AS_FACT;
}

