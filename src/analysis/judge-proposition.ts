/**
 * A proposition's verdicts from its assertions and the reviews on them: the range of the
 * figures still counted, whether they contest each other, how many independent groups assert
 * it, and whether any assertion is an admission against interest.
 * @module
 */
import {
  DECISION_LABELS,
  type Assertion,
  type JudgedAssertion,
  type Proposition,
  type PropositionDraft,
  type Review,
  type ReviewSummary,
} from '../core/claims.js';
import type { Interval } from '../core/types.js';
import { admissionMatcher } from './admissions.js';

/** The latest review of each target id. */
export type LatestReviews = ReadonlyMap<string, Review>;

/** The latest review per target, from reviews in any order (the higher seq wins). */
export function latestReviews(reviews: Iterable<Review>): Map<string, Review> {
  const latest = new Map<string, Review>();
  for (const review of reviews) {
    const current = latest.get(review.target);
    if (!current || current.seq < review.seq) latest.set(review.target, review);
  }
  return latest;
}

export function summarizeReview(review: Review | undefined): ReviewSummary | null {
  if (!review) return null;
  return {
    decision: DECISION_LABELS[review.decision],
    reason: review.reason,
    ...(review.edit ? { edit: review.edit } : {}),
    at: review.at,
  };
}

function numberOrNull(value: unknown): number | null | undefined {
  if (value === null) return null;
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The figure an edit gives, when it gives `low` or `high`. */
function editedFigure(assertion: Assertion, review: Review | undefined): Interval | null {
  if (review?.decision !== 'edit' || !review.edit) return null;
  const low = numberOrNull(review.edit['low']);
  const high = numberOrNull(review.edit['high']);
  if (low === undefined && high === undefined) return null;
  return { low: low === undefined ? assertion.low : low, high: high === undefined ? assertion.high : high };
}

/** The newest of the reviews on any of these ids. */
function newestOf(ids: readonly (string | null)[], reviews: LatestReviews): Review | undefined {
  let newest: Review | undefined;
  for (const id of ids) {
    const review = id ? reviews.get(id) : undefined;
    if (review && (!newest || review.seq > newest.seq)) newest = review;
  }
  return newest;
}

function judgeAssertion(assertion: Assertion, reviews: LatestReviews): JudgedAssertion {
  const review = newestOf([assertion.id, assertion.event, assertion.statement], reviews);
  return {
    ...assertion,
    counted: review?.decision !== 'reject',
    edited: editedFigure(assertion, review),
    review: summarizeReview(review),
  };
}

/** The interval an assertion counts with: the edit's when there is one. */
export function figureOf(assertion: JudgedAssertion): Interval | null {
  const figure = assertion.edited ?? { low: assertion.low, high: assertion.high };
  return figure.low === null && figure.high === null ? null : figure;
}

/** The span of all figures; a side is null (unbounded) when any figure is open on it. */
export function rangeOf(figures: readonly Interval[]): Interval {
  if (figures.length === 0) return { low: null, high: null };
  const lows = figures.map((figure) => figure.low);
  const highs = figures.map((figure) => figure.high);
  return {
    low: lows.includes(null) ? null : Math.min(...(lows as number[])),
    high: highs.includes(null) ? null : Math.max(...(highs as number[])),
  };
}

/** Whether some two figures do not overlap: on a line, all overlap iff the largest low ≤ the smallest high. */
export function figuresContested(figures: readonly Interval[]): boolean {
  let largestLow = -Infinity;
  let smallestHigh = Infinity;
  for (const figure of figures) {
    if (figure.low !== null) largestLow = Math.max(largestLow, figure.low);
    if (figure.high !== null) smallestHigh = Math.min(smallestHigh, figure.high);
  }
  return largestLow > smallestHigh;
}

/**
 * A function judging drafts against the reviews: rejected assertions (or a rejected
 * proposition) stay listed but drop out of range, contest, corroboration and admissions.
 * @example judgeWith(latestReviews(reviews))(draft).corroboration // 3
 */
export function judgeWith(reviews: LatestReviews): (draft: PropositionDraft) => Proposition {
  const admissionsOf = admissionMatcher();
  return (draft) => {
    const review = reviews.get(draft.id);
    const rejected = review?.decision === 'reject';
    const assertions = draft.assertions.map((assertion) => judgeAssertion(assertion, reviews));
    const counted = rejected ? [] : assertions.filter((assertion) => assertion.counted);
    const figures = counted.map(figureOf).filter((figure): figure is Interval => figure !== null);
    const groups = [...new Set(counted.map((assertion) => assertion.group))].sort();
    const admissions = [...new Set(counted.flatMap((assertion) => admissionsOf(assertion)))].sort();
    return {
      id: draft.id,
      type: draft.type,
      measure: draft.measure,
      when: draft.when,
      where: draft.where,
      range: rangeOf(figures),
      contested: figuresContested(figures),
      corroboration: groups.length,
      groups,
      admission_against_interest: admissions.length > 0,
      admissions,
      review: summarizeReview(review),
      assertions,
    };
  };
}
