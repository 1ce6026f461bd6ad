/**
 * The ledger's part of the hovers: on a citation marker like "[3]", the
 * resolved reference-list entry (a hover of its own); on a claim, the block
 * src/editor/hover.ts appends after the claim's own lines (one hover, so the
 * claim always comes first).
 */
import * as vscode from 'vscode';
import type { Analysis, Claim } from '../core';
import type { DocumentWatcher } from '../editor/documentWatcher';
import { escapeMarkdown } from '../editor/markdownText';
import { toOffset, toRange } from '../editor/positions';
import { findCitations } from '../ledger/citations';
import { citationLines, elsewhereLines } from '../ledger/hover-text';
import type { LedgerIndexer } from './indexer';

function bullets(md: vscode.MarkdownString, lines: readonly string[]): void {
  for (const line of lines) md.appendMarkdown(`- ${escapeMarkdown(line)}\n`);
}

export class LedgerHoverProvider implements vscode.HoverProvider {
  constructor(private readonly watcher: DocumentWatcher) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const result = this.watcher.get(document.uri);
    if (result?.kind !== 'analysed' || result.version !== document.version) return undefined;
    const { analysis } = result;
    const offset = toOffset(document, position);
    const text = document.getText();
    const citations = findCitations(text, analysis);
    const marker = citations.markers.find((m) => m.start <= offset && offset < m.end);
    if (marker) {
      const md = new vscode.MarkdownString('', false);
      md.appendMarkdown(`**Citation ${escapeMarkdown(marker.text)}** · ClaimLens\n\n`);
      bullets(md, citationLines(marker));
      return new vscode.Hover(md, toRange(document, marker));
    }
    return undefined;
  }
}

/**
 * The cross-article block of a claim's hover: what the citation markers of its
 * sentence cite, and how the workspace's other articles treat the same claim.
 * The claim hover appends it after the claim's own status, text and source.
 */
export async function crossArticleMarkdown(document: vscode.TextDocument, analysis: Analysis, claim: Claim, indexer: LedgerIndexer): Promise<vscode.MarkdownString | undefined> {
  const citations = findCitations(document.getText(), analysis);
  const md = new vscode.MarkdownString('', false);
  // The citation is part of the attribution: the markers of the claim's sentence.
  const sentence = analysis.sentences.find((s) => s.start <= claim.start && claim.start < s.end);
  const cited = sentence ? citations.markers.filter((m) => m.start >= sentence.start && m.start < sentence.end) : [];
  const citedLines = cited.flatMap(citationLines);
  if (citedLines.length) {
    md.appendMarkdown('**Cited:**\n\n');
    bullets(md, citedLines);
  }
  const elsewhere = await indexer.elsewhere(document.uri, claim.start, claim.text).catch(() => undefined);
  if (elsewhere && elsewhere.others.length) {
    const disputed = elsewhere.status === 'disputed' ? ' (disputed across articles)' : '';
    md.appendMarkdown(`${citedLines.length ? '\n' : ''}**Elsewhere in the workspace**${disputed}: ${escapeMarkdown(elsewhere.summary)}\n\n`);
    bullets(md, elsewhereLines(elsewhere));
  }
  return md.value === '' ? undefined : md;
}
