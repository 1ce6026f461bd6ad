/**
 * The ledger's hover, beside the claim hover of src/editor/hover.ts (VS Code
 * shows both): on a claim, how the same claim is treated in the workspace's
 * other articles and what the citation markers of its sentence cite; on a
 * citation marker like "[3]", the resolved reference-list entry.
 */
import * as vscode from 'vscode';
import type { DocumentWatcher } from '../editor/documentWatcher';
import { escapeMarkdown } from '../editor/markdownText';
import { toOffset, toRange } from '../editor/positions';
import { findCitations } from '../ledger/citations';
import { citationLines, elsewhereLines } from '../ledger/hover-text';
import type { LedgerIndexer } from './indexer';

const covers = (s: { start: number; end: number }, offset: number) => s.start <= offset && offset <= s.end;

function bullets(md: vscode.MarkdownString, lines: readonly string[]): void {
  for (const line of lines) md.appendMarkdown(`- ${escapeMarkdown(line)}\n`);
}

export class LedgerHoverProvider implements vscode.HoverProvider {
  constructor(private readonly watcher: DocumentWatcher, private readonly indexer: LedgerIndexer) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
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
    const claim = analysis.claims.find((c) => covers(c, offset));
    if (!claim) return undefined;
    const md = new vscode.MarkdownString('', false);
    // The citation is part of the attribution: the markers of the claim's sentence.
    const sentence = analysis.sentences.find((s) => s.start <= claim.start && claim.start < s.end);
    const cited = sentence ? citations.markers.filter((m) => m.start >= sentence.start && m.start < sentence.end) : [];
    const citedLines = cited.flatMap(citationLines);
    if (citedLines.length) {
      md.appendMarkdown('**Cited:**\n\n');
      bullets(md, citedLines);
    }
    const elsewhere = await this.indexer.elsewhere(document.uri, claim.start, claim.text).catch(() => undefined);
    if (elsewhere && elsewhere.others.length) {
      const disputed = elsewhere.status === 'disputed' ? ' (disputed across articles)' : '';
      md.appendMarkdown(`${citedLines.length ? '\n' : ''}**Elsewhere in the workspace**${disputed}: ${escapeMarkdown(elsewhere.summary)}\n\n`);
      bullets(md, elsewhereLines(elsewhere));
    }
    return md.value === '' ? undefined : new vscode.Hover(md, toRange(document, claim));
  }
}
