/**
 * The Markdown report of the merged view: claims grouped by status with
 * their source, cue, hedges, notes and whether a person decided them; the
 * annotations that no longer attach are listed at the end, never dropped.
 */
import type { MergedClaim, MergedView } from '../annotations';
import { STATUSES, type Status } from '../core/types';
import { LineIndex } from './lines';
import { escapeMarkdown } from './markdown';

const HEADINGS: Record<Status, string> = { confirmed: 'Confirmed', alleged: 'Alleged', denied: 'Denied' };
// Denied and alleged claims are what a reader checks first.
const REPORT_ORDER: readonly Status[] = ['denied', 'alleged', 'confirmed'];

/** One article of a report. */
export interface AnnotatedArticle {
  file: string;
  text: string;
  view: MergedView;
}

function counts(view: MergedView): Record<Status, number> {
  const out: Record<Status, number> = { confirmed: 0, alleged: 0, denied: 0 };
  for (const c of view.claims) out[c.status]++;
  return out;
}

function claimLines(view: MergedView, c: MergedClaim, lines: LineIndex): string[] {
  const by = c.origin === 'manual' ? ' ✎ *reviewed*' : '';
  const out = [`- **line ${lines.position(c.start).line}**: ${escapeMarkdown(c.text)}${by}`];
  if (c.source) {
    const name = c.source.resolved ? `${c.source.text} (${c.source.resolved.text})` : c.source.text;
    out.push(`  - source: *${escapeMarkdown(name)}*${c.cue ? `, cue “${escapeMarkdown(c.cue.text)}”` : ''}`);
  }
  if (c.hedges.length > 0) out.push(`  - hedges: ${c.hedges.map((i) => `“${escapeMarkdown(view.hedges[i].text)}” (${view.hedges[i].category})`).join(', ')}`);
  if (c.note) out.push(`  - note: ${escapeMarkdown(c.note)}`);
  out.push(`  - why: ${escapeMarkdown(c.explanation)}`);
  return out;
}

/** The report section of one article, headed `## file`. */
export function toAnnotatedMarkdown({ file, text, view }: AnnotatedArticle): string {
  const lines = new LineIndex(text);
  const n = counts(view);
  const reviewed = view.claims.filter((c) => c.origin === 'manual').length;
  const out = [`## ${escapeMarkdown(file)}`, ''];
  out.push(`${view.claims.length} claims (${STATUSES.map((s) => `${n[s]} ${s}`).join(', ')}), ${reviewed} reviewed by hand, ${view.dismissed.length} dismissed.`, '');
  for (const status of REPORT_ORDER) {
    const claims = view.claims.filter((c) => c.status === status);
    if (claims.length === 0) continue;
    out.push(`### ${HEADINGS[status]} (${claims.length})`, '', ...claims.flatMap((c) => claimLines(view, c, lines)), '');
  }
  if (view.orphaned.length > 0) {
    out.push(`### Not attached (${view.orphaned.length})`, '');
    for (const o of view.orphaned) {
      const note = o.annotation.note ? ` — note: ${escapeMarkdown(o.annotation.note)}` : '';
      out.push(`- ${o.kind}: “${escapeMarkdown(o.annotation.anchor.quote.exact)}” (${o.reason === 'text-gone' ? 'text no longer in the article' : 'no longer found by the analysis'})${note}`);
    }
    out.push('');
  }
  return out.join('\n');
}

/** A report on several articles: a title and summary table, then one section per article. */
export function toAnnotatedMarkdownReport(articles: readonly AnnotatedArticle[]): string {
  const out = ['# ClaimLens report', '', '| article | claims | confirmed | alleged | denied | reviewed | notes |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |'];
  for (const { file, view } of articles) {
    const n = counts(view);
    const reviewed = view.claims.filter((c) => c.origin === 'manual').length;
    const notes = view.claims.filter((c) => c.note).length;
    out.push(`| ${escapeMarkdown(file)} | ${view.claims.length} | ${n.confirmed} | ${n.alleged} | ${n.denied} | ${reviewed} | ${notes} |`);
  }
  return [out.join('\n') + '\n', ...articles.map(toAnnotatedMarkdown)].join('\n');
}
