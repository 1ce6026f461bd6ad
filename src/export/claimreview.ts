/**
 * schema.org ClaimReview export (JSON-LD) for the claims a person reviewed
 * (manual origin): the claim, its rating (alternateName = status), the Claim
 * with its source as author and the article as appearance.
 */
import type { MergedClaim, MergedView } from '../annotations';

/** The JSON-LD context of schema.org. */
export const SCHEMA_CONTEXT = 'https://schema.org';

/** The article and the reviewer the reviews name. */
export interface ClaimReviewOptions {
  /** The article the claims appear in. */
  article: { url?: string; name?: string; datePublished?: string };
  /** Who reviewed (a setting): the review's author. */
  reviewer?: { name: string; type?: 'Person' | 'Organization'; url?: string };
  /** URL of the page publishing the reviews, when there is one. */
  reviewUrl?: string;
  /** Date (YYYY-MM-DD) for reviews that carry no time of their own. */
  date?: string;
}

type Thing = Record<string, unknown>;

/** Sources that speak for an institution are Organizations, the rest Persons. */
function sourceAuthor(claim: MergedClaim): Thing | undefined {
  if (!claim.source) return undefined;
  const organisation = claim.source.kind === 'organisation' || claim.source.kind === 'publication';
  return { '@type': organisation ? 'Organization' : 'Person', name: claim.source.resolved?.text ?? claim.source.text };
}

function compact(thing: Thing): Thing {
  return Object.fromEntries(Object.entries(thing).filter(([, v]) => v !== undefined));
}

function review(claim: MergedClaim, options: ClaimReviewOptions): Thing {
  const { article, reviewer } = options;
  return compact({
    '@type': 'ClaimReview',
    '@id': `${options.reviewUrl ?? article.url ?? 'urn:claimlens:review'}#review-${claim.id}`,
    url: options.reviewUrl,
    claimReviewed: claim.text,
    reviewRating: compact({ '@type': 'Rating', alternateName: claim.status, ratingExplanation: claim.note }),
    itemReviewed: compact({
      '@type': 'Claim',
      // The claim's own id is the same in every article that makes it.
      '@id': `urn:claimlens:${claim.id}`,
      author: sourceAuthor(claim),
      appearance: compact({ '@type': 'CreativeWork', url: article.url, name: article.name, datePublished: article.datePublished }),
    }),
    datePublished: claim.updated?.slice(0, 10) ?? options.date,
    author: reviewer ? compact({ '@type': reviewer.type ?? 'Person', name: reviewer.name, url: reviewer.url }) : undefined,
  });
}

/** The reviews as a JSON-LD object: `@context` plus an `@graph` of ClaimReviews. */
export function claimReviewGraph(view: MergedView, options: ClaimReviewOptions): { '@context': string; '@graph': Thing[] } {
  return { '@context': SCHEMA_CONTEXT, '@graph': view.claims.filter((c) => c.origin === 'manual').map((c) => review(c, options)) };
}

/** The reviews as JSON text, 2-space indented with a trailing newline. */
export function toClaimReview(view: MergedView, options: ClaimReviewOptions): string {
  return JSON.stringify(claimReviewGraph(view, options), null, 2) + '\n';
}
