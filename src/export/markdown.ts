/** A readable Markdown report: claims grouped by status, with sources and explanations. */
import { STATUSES, type Analysis } from '../core/types';
import { LineIndex } from './lines';

const HEADINGS = { confirmed: 'Confirmed', alleged: 'Alleged', denied: 'Denied' } as const;

function escape(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

export function toMarkdown(analysis: Analysis, text: string, file: string): string {
  const lines = new LineIndex(text);
  const out: string[] = [`## ${escape(file)}`, ''];
  const counts = STATUSES.map((s) => `${analysis.claims.filter((c) => c.status === s).length} ${s}`);
  out.push(`${analysis.claims.length} claims (${counts.join(', ')}), ${analysis.attributions.length} attributions, ${analysis.hedges.length} hedges.`, '');
  for (const status of STATUSES) {
    const claims = analysis.claims.filter((c) => c.status === status);
    if (claims.length === 0) continue;
    out.push(`### ${HEADINGS[status]} (${claims.length})`, '');
    for (const c of claims) {
      const a = c.attribution !== undefined ? analysis.attributions[c.attribution] : undefined;
      const source = a ? ` — *${escape(a.source.resolved?.text ?? a.source.text)}* (“${escape(a.cue.text)}”)` : '';
      out.push(`- line ${lines.position(c.start).line}: ${escape(c.text)}${source}`);
      out.push(`  - ${escape(c.explanation)}`);
    }
    out.push('');
  }
  return out.join('\n');
}
