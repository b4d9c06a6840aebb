/**
 * schema.org ClaimReview JSON-LD for the propositions an analyst reviewed: one ClaimReview each,
 * rating the proposition by the latest decision, with every assertion as an appearance of the claim.
 * @module
 */
import type { Proposition } from '../../core/claims.js';
import type { Interval } from '../../core/types.js';
import type { ExportFormat } from './export-format.js';

/** Reviewed propositions listed at most; far above any analyst's reviews. */
const MAX_REVIEWED = 100_000;

/** The decision as a rating: 1 rejected, 2 edited (needs correction), 3 accepted. */
const RATINGS = {
  rejected: { ratingValue: 1, alternateName: 'Rejected by the analyst' },
  edited: { ratingValue: 2, alternateName: 'Corrected by the analyst' },
  accepted: { ratingValue: 3, alternateName: 'Accepted by the analyst' },
} as const;

function figure(range: Interval): string {
  const { low, high } = range;
  if (low === null && high === null) return 'no figure';
  if (high === null) return `at least ${low}`;
  if (low === null) return `at most ${high}`;
  return low === high ? String(low) : `${low} to ${high}`;
}

/** One sentence naming what the proposition claims: "killed (killing), 1988-07-21 to 1988-09-10, Iran: 2000 to 30000". */
export function claimText(proposition: Proposition): string {
  const what = proposition.measure ? `${proposition.measure} (${proposition.type})` : proposition.type;
  const when = proposition.when
    ? proposition.when.start === proposition.when.end
      ? proposition.when.start
      : `${proposition.when.start} to ${proposition.when.end}`
    : 'undated';
  const where = proposition.where.length ? `, ${proposition.where.join(', ')}` : '';
  return `${what}, ${when}${where}: ${figure(proposition.range)}${proposition.contested ? ' (contested)' : ''}`;
}

export function claimReviewOf(proposition: Proposition) {
  const review = proposition.review!;
  return {
    '@type': 'ClaimReview',
    '@id': `urn:sanad:${proposition.id}`,
    identifier: proposition.id,
    datePublished: review.at.slice(0, 10),
    author: { '@type': 'Organization', name: 'sanad analyst' },
    claimReviewed: claimText(proposition),
    reviewBody: review.reason,
    reviewRating: { '@type': 'Rating', worstRating: 1, bestRating: 3, ...RATINGS[review.decision] },
    itemReviewed: {
      '@type': 'Claim',
      author: [...new Set(proposition.assertions.map((a) => a.holder))].map((name) => ({
        '@type': 'Organization',
        name,
      })),
      appearance: proposition.assertions.map((assertion) => ({
        '@type': 'CreativeWork',
        identifier: assertion.document,
        text: assertion.evidence,
        author: { '@type': 'Organization', name: assertion.chain[0]?.name ?? assertion.holder },
      })),
      ...(proposition.when ? { temporalCoverage: `${proposition.when.start}/${proposition.when.end}` } : {}),
      ...(proposition.where.length
        ? { spatialCoverage: proposition.where.map((name) => ({ '@type': 'Place', name })) }
        : {}),
    },
  };
}

export const claimreview: ExportFormat = {
  name: 'claimreview',
  description: 'schema.org ClaimReview JSON-LD for the propositions an analyst reviewed',
  extension: 'jsonld',
  async write(sanad, sink) {
    const reviewed = await sanad.claims({ reviewed: true, limit: MAX_REVIEWED });
    const graph = reviewed.filter((proposition) => proposition.review).map(claimReviewOf);
    await sink(`${JSON.stringify({ '@context': 'https://schema.org', '@graph': graph }, null, 2)}\n`);
  },
};
