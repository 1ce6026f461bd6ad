/** Reduces one analysed article to the ledger's record: its meta and one mention per claim. */
import type { Analysis, Claim, Attribution } from '../core/types';
import { articleMeta } from './article-meta';
import type { ArticleMeta, ArticleRecord, Mention } from './types';

/** Whitespace collapsed and Markdown emphasis removed, for display and comparison. */
function tidy(text: string): string {
  return text.replace(/[*_`]+/g, '').replace(/\s+/g, ' ').trim();
}

/** What `mentionsOf` reads: an `Analysis`, or its FORMAT.md JSON export (a JSONL result line). */
export interface ClaimFindings {
  claims: readonly Pick<Claim, 'text' | 'start' | 'end' | 'status' | 'explanation' | 'attribution'>[];
  attributions: readonly { source: Pick<Attribution['source'], 'text' | 'kind'> & { resolved?: { text: string } }; cue: Pick<Attribution['cue'], 'kind'> }[];
}

/**
 * The mentions of one article. A claim without an attribution is the
 * author's (FactBank's "author" source): here the outlet.
 */
export function mentionsOf(analysis: ClaimFindings, meta: ArticleMeta): ArticleRecord['mentions'] {
  return analysis.claims.map((c, i): Omit<Mention, 'article'> => {
    const a = c.attribution !== undefined ? analysis.attributions[c.attribution] : undefined;
    const base = { claim: i, text: tidy(c.text), start: c.start, end: c.end, status: c.status, explanation: c.explanation };
    if (!a) return { ...base, source: meta.outlet ?? meta.id, sourceKind: 'author' };
    const named = a.source.resolved ?? a.source;
    return { ...base, source: tidy(named.text), sourceKind: a.source.kind, cueKind: a.cue.kind };
  });
}

/** An analysed article as a ledger record; `id` is its file name or JSONL id. */
export function articleRecord(text: string, analysis: Analysis, id: string): ArticleRecord {
  const meta = articleMeta(text, id);
  return { meta, mentions: mentionsOf(analysis, meta) };
}
