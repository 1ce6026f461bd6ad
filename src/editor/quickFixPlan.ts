/**
 * Which quick fixes (code actions) a finding under the cursor gets, as plain
 * data: set a claim's status, add a note, dismiss, and switch the finding's
 * rule off for one line with an ignore comment. Free of `vscode`, so the
 * unit tests decide the list; src/editor/codeActions.ts turns it into
 * CodeActions that run the existing annotation commands.
 */
import type { FindingKind } from '../annotations';
import { STATUSES, type Status } from '../core';
import { COMMANDS } from '../commands/ids';

/** A finding at the cursor, as the merged view has it. */
export interface FindingAtCursor {
  kind: FindingKind;
  start: number;
  end: number;
  text: string;
  status?: Status;
  note?: string;
}

/** The rule name an ignore comment uses for each kind of finding. */
export const RULE_OF_KIND: Record<FindingKind, 'claims' | 'hedges' | 'attributions'> = {
  claim: 'claims',
  hedge: 'hedges',
  attribution: 'attributions',
};

/** One quick fix: a command with its arguments, or an ignore comment for a rule. */
export type QuickFix =
  | { title: string; command: string; args: Record<string, unknown> }
  | { title: string; disable: FindingKind; start: number };

const SNIPPET = 32;

/** A short quotation of a finding for a title, on one line. */
export function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > SNIPPET ? `${flat.slice(0, SNIPPET - 1)}…` : flat}”`;
}

/** The quick fixes for the findings at the cursor, claims first, one ignore comment per rule. */
export function quickFixes(uri: string, findings: readonly FindingAtCursor[]): QuickFix[] {
  const order: FindingKind[] = ['claim', 'hedge', 'attribution'];
  const sorted = [...findings].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.start - b.start);
  const fixes: QuickFix[] = [];
  const several = (kind: FindingKind) => sorted.filter((f) => f.kind === kind).length > 1;
  for (const f of sorted) {
    const args = { uri, kind: f.kind, start: f.start, end: f.end };
    // Claims are long: name them only when two overlap; a hedge or cue is short enough always to quote.
    const which = f.kind === 'claim' && !several('claim') ? 'claim' : `${f.kind} ${snippet(f.text)}`;
    if (f.kind === 'claim') {
      for (const status of STATUSES.filter((s) => s !== f.status)) {
        fixes.push({ title: `ClaimLens: Mark ${which} as ${status}`, command: COMMANDS.setStatus, args: { ...args, status } });
      }
    }
    fixes.push({ title: `ClaimLens: ${f.note ? 'Edit note on' : 'Add note to'} ${which}…`, command: COMMANDS.editNote, args });
    fixes.push({ title: `ClaimLens: Dismiss ${which} (not a ${f.kind})`, command: COMMANDS.dismissFinding, args });
  }
  for (const kind of order) {
    const first = sorted.find((f) => f.kind === kind);
    if (first) fixes.push({ title: `ClaimLens: Disable ${RULE_OF_KIND[kind]} on this line (ignore comment)`, disable: kind, start: first.start });
  }
  return fixes;
}

/** The ignore comment that switches a rule off for the next line. */
export function ignoreComment(kind: FindingKind): string {
  return `<!-- claimlens-disable-next-line ${RULE_OF_KIND[kind]} -->`;
}

/** The line to insert above `lineText` (keeping its indentation) so that its rule stops there. */
export function ignoreCommentLine(kind: FindingKind, lineText: string, eol: string): string {
  const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
  return `${indent}${ignoreComment(kind)}${eol}`;
}
