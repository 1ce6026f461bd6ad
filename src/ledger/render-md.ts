/** The ledger as Markdown: one table of claims by article, one of sources. */
import { cellEntries, columnTitle, sourceStances, STANCE_TEXT } from './ledger-view';
import type { Ledger } from './types';

/** Text safe inside a table cell: no pipes, no line breaks, no stray emphasis. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/([*_`[\]<>])/g, '\\$1').replace(/\s+/g, ' ').trim();
}

export interface MarkdownOptions {
  /** Rows mentioned in fewer articles are left out (default 1: all rows). */
  minArticles?: number;
}

/** The ledger as a Markdown report ending in a newline. */
export function toLedgerMarkdown(ledger: Ledger, options: MarkdownOptions = {}): string {
  const min = options.minArticles ?? 1;
  const lines = ['# Claim ledger', '', `${ledger.articles.length} articles, ${ledger.rows.length} claims, ${ledger.mentions.length} mentions.`, ''];
  lines.push(`| Claim | Status | Summary | ${ledger.articles.map((a) => cell(columnTitle(a))).join(' | ')} |`);
  lines.push(`| --- | --- | --- | ${ledger.articles.map(() => '---').join(' | ')} |`);
  ledger.rows.forEach((row, r) => {
    if (Object.keys(row.cells).length < min) return;
    const cells = ledger.articles.map((_, a) =>
      cellEntries(ledger, r, a).map((e) => `${STANCE_TEXT[e.stance]} (${cell(e.source)})`).join('; '));
    lines.push(`| ${cell(row.cluster.label)} | **${STANCE_TEXT[row.status]}** | ${cell(row.summary)} | ${cells.join(' | ')} |`);
  });
  lines.push('', '## Sources', '', '| Source | Articles | Stances |', '| --- | --- | --- |');
  ledger.sources.forEach((s, i) => {
    const stances = sourceStances(ledger, i).map((x) => `${STANCE_TEXT[x.stance]}: ${cell(x.label)}`).join('; ');
    lines.push(`| ${cell(s.name)} | ${s.articles.map((a) => cell(ledger.articles[a].outlet ?? ledger.articles[a].id)).join(', ')} | ${stances} |`);
  });
  return lines.join('\n') + '\n';
}
