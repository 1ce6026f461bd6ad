/**
 * The Markdown of a claim's hover, as plain text: its status (marked when a
 * person set it), the claim quoted, its source chain; then the cue, hedges,
 * explanation and note; then the links that set the status, add a note,
 * dismiss it and, when given, undo. Article text is escaped; the links run
 * only our commands. Free of `vscode`, so the unit tests read it.
 */
import type { FindingKind, ManualMarks, MergedClaim } from '../annotations';
import { STATUSES, type Analysis, type Claim, type Status } from '../core';
import { COMMANDS } from '../commands/ids';
import { statusLabel } from './categories';
import { escapeMarkdown } from './markdownText';
import { sourceChainText } from './sourceChain';

/** The marker of a manual decision, in hovers and trees. */
export const MANUAL_MARK = '✎ set by you';

/** Longest claim quoted in full in a hover; longer ones are cut with an ellipsis. */
export const QUOTE_LIMIT = 280;

/** Article text in typographic quotation marks, escaped. */
export function quotedText(text: string): string {
  return `“${escapeMarkdown(text.trim())}”`;
}

/** A command link; the arguments travel as URI-encoded JSON. */
export function commandLink(label: string, command: string, args: unknown, title: string): string {
  return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify([args]))} "${title}")`;
}

/** The finding links shared by claims, hedges and attributions: note, dismiss. */
export function findingLinks(uri: string, kind: FindingKind, span: { start: number; end: number }, marks: Pick<ManualMarks, 'note'> | undefined): string[] {
  const args = { uri, kind, start: span.start, end: span.end };
  return [
    commandLink(marks?.note ? '$(note) Edit note' : '$(note) Add note', COMMANDS.editNote, args, `Add or edit your note on this ${kind}`),
    commandLink('$(close) Dismiss', COMMANDS.dismissFinding, args, `Dismiss this ${kind} as a false finding`),
  ];
}

/** A person's note, as the hover's last paragraph before the links. */
export function noteMarkdown(marks: Pick<ManualMarks, 'note'> | undefined): string {
  return marks?.note ? `\n\n**Your note:** ${escapeMarkdown(marks.note)}` : '';
}

/** What the hover of one claim shows; `undoLabel` only when the last change was to this claim. */
export interface ClaimHoverInput {
  uri: string;
  claim: Claim;
  analysis: Analysis;
  /** The claim's manual side, if the merged view has it. */
  merged?: MergedClaim;
  undoLabel?: string;
}

/** The hover Markdown of one claim. */
export function claimHoverMarkdown({ uri, claim, analysis, merged, undoLabel }: ClaimHoverInput): string {
  const out: string[] = [];
  const manual = merged?.origin === 'manual' ? ` · ${MANUAL_MARK}` : '';
  out.push(`**${statusLabel(claim.status)} claim**${manual} · ClaimLens\n\n`);
  const text = claim.text.trim();
  out.push(quotedText(text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT - 1)}…` : text), '\n\n');
  const chain = merged?.source && merged.origin === 'manual' && merged.source.start === undefined ? merged.source.text : sourceChainText(claim, analysis);
  out.push(`**Source:** ${chain ? escapeMarkdown(chain) : 'the article itself'}  \n`);
  const attribution = claim.attribution === undefined ? undefined : analysis.attributions[claim.attribution];
  if (attribution) out.push(`**Cue:** ${quotedText(attribution.cue.text)} (${attribution.cue.kind}${attribution.quoted ? ', direct quotation' : ''})  \n`);
  const hedges = claim.hedges.map((i) => analysis.hedges[i]).filter((h) => h !== undefined);
  if (hedges.length) out.push(`**Hedges:** ${hedges.map((h) => `${quotedText(h.text)} (${h.category})`).join(', ')}  \n`);
  out.push('\n', escapeMarkdown(claim.explanation), noteMarkdown(merged));
  const statusLinks = STATUSES.filter((s) => s !== claim.status).map((s: Status) => commandLink(statusLabel(s), COMMANDS.setStatus, { uri, kind: 'claim', start: claim.start, end: claim.end, status: s }, `Mark this claim ${s}`));
  out.push(`\n\n---\n\nSet status: ${statusLinks.join(' · ')}`);
  const undo = undoLabel ? [commandLink(`$(discard) Undo ${undoLabel}`, COMMANDS.undoAnnotation, { uri }, 'Undo your last change, which was to this claim')] : [];
  out.push(`  \n${[...findingLinks(uri, 'claim', claim, merged), ...undo].join(' · ')}`);
  return out.join('');
}
