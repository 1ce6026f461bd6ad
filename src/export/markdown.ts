/**
 * A readable Markdown report: per article, claims grouped by status with
 * their source, cue, hedges and the explanation of the status, then a table
 * of the sources; for several articles, a summary table first.
 */
import { STATUSES, type Analysis, type Attribution, type Status } from '../core/types';
import { LineIndex } from './lines';

const HEADINGS: Record<Status, string> = { confirmed: 'Confirmed', alleged: 'Alleged', denied: 'Denied' };
// Denied and alleged claims are what a reader checks first.
const REPORT_ORDER: readonly Status[] = ['denied', 'alleged', 'confirmed'];

/** Flattens white space and escapes the characters Markdown would interpret inline. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/([\\`*_[\]<>|#~])/g, '\\$1');
}

function sourceName(a: Attribution): string {
  return a.source.resolved ? `${a.source.text} (${a.source.resolved.text})` : a.source.text;
}

function countByStatus(analysis: Analysis): Record<Status, number> {
  const counts: Record<Status, number> = { confirmed: 0, alleged: 0, denied: 0 };
  for (const c of analysis.claims) counts[c.status]++;
  return counts;
}

function claimLines(analysis: Analysis, status: Status, lines: LineIndex): string[] {
  const out: string[] = [];
  for (const c of analysis.claims.filter((x) => x.status === status)) {
    out.push(`- **line ${lines.position(c.start).line}**: ${escapeMarkdown(c.text)}`);
    const a = c.attribution !== undefined ? analysis.attributions[c.attribution] : undefined;
    if (a) out.push(`  - source: *${escapeMarkdown(sourceName(a))}* (${a.source.kind}), cue “${escapeMarkdown(a.cue.text)}” (${a.cue.kind})`);
    if (c.hedges.length > 0) out.push(`  - hedges: ${c.hedges.map((i) => `“${escapeMarkdown(analysis.hedges[i].text)}” (${analysis.hedges[i].category})`).join(', ')}`);
    out.push(`  - why: ${escapeMarkdown(c.explanation)}`);
  }
  return out;
}

interface SourceRow {
  name: string;
  kind: string;
  attributions: number;
  counts: Record<Status, number>;
}

/** Sources by name (a resolved pronoun counts for its antecedent), with claim counts by status. */
function sourceTable(analysis: Analysis): string[] {
  const rows = new Map<string, SourceRow>();
  const rowOf = (a: Attribution): SourceRow => {
    const name = (a.source.resolved?.text ?? a.source.text).replace(/\s+/g, ' ');
    const key = name.toLowerCase();
    let row = rows.get(key);
    if (!row) {
      row = { name, kind: a.source.kind, attributions: 0, counts: { confirmed: 0, alleged: 0, denied: 0 } };
      rows.set(key, row);
    }
    // A pronoun says nothing of what it stands for; the named mention does.
    if (row.kind === 'pronoun') row.kind = a.source.kind;
    return row;
  };
  for (const a of analysis.attributions) rowOf(a).attributions++;
  for (const c of analysis.claims) {
    if (c.attribution !== undefined) rowOf(analysis.attributions[c.attribution]).counts[c.status]++;
  }
  if (rows.size === 0) return [];
  const out = ['### Sources', '', '| source | kind | attributions | confirmed | alleged | denied |', '| --- | --- | ---: | ---: | ---: | ---: |'];
  for (const r of rows.values()) {
    out.push(`| ${escapeMarkdown(r.name)} | ${r.kind} | ${r.attributions} | ${r.counts.confirmed} | ${r.counts.alleged} | ${r.counts.denied} |`);
  }
  out.push('');
  return out;
}

/** The report section of one article, headed `## file`. */
export function toMarkdown(analysis: Analysis, text: string, file: string): string {
  const lines = new LineIndex(text);
  const counts = countByStatus(analysis);
  const out: string[] = [`## ${escapeMarkdown(file)}`, ''];
  out.push(`${analysis.claims.length} claims (${STATUSES.map((s) => `${counts[s]} ${s}`).join(', ')}), ${analysis.attributions.length} attributions, ${analysis.hedges.length} hedges.`, '');
  for (const status of REPORT_ORDER) {
    if (counts[status] === 0) continue;
    out.push(`### ${HEADINGS[status]} (${counts[status]})`, '', ...claimLines(analysis, status, lines), '');
  }
  out.push(...sourceTable(analysis));
  return out.join('\n');
}

/** One row of the summary table of a multi-article report. */
export interface SummaryRow {
  file: string;
  analysis: Analysis;
}

/** The title and summary table that open a report on several articles. */
export function toMarkdownSummary(rows: readonly SummaryRow[]): string {
  const out = ['# ClaimLens report', '', '| article | claims | confirmed | alleged | denied | attributions | hedges |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |'];
  for (const { file, analysis } of rows) {
    const c = countByStatus(analysis);
    out.push(`| ${escapeMarkdown(file)} | ${analysis.claims.length} | ${c.confirmed} | ${c.alleged} | ${c.denied} | ${analysis.attributions.length} | ${analysis.hedges.length} |`);
  }
  return out.join('\n') + '\n';
}
