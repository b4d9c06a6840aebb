/**
 * Propositions, reviews and the review queue over HTTP, in the shape of `sanad claims --json`
 * (CONTRACT.md). Typed here rather than through `hc<AppType>` so the screens do not depend on
 * how the server declares those routes.
 * @module
 */
import { authorization, read } from './client.js';

export interface Interval {
  readonly low: number | null;
  readonly high: number | null;
}

export interface ChainLink {
  readonly name: string;
  readonly kind: string;
}

export interface ReviewSummary {
  readonly decision: 'accepted' | 'rejected' | 'edited';
  readonly reason: string;
  readonly at?: string;
}

export interface Assertion {
  readonly holder: string;
  readonly group: string;
  readonly document: string;
  readonly low: number | null;
  readonly high: number | null;
  readonly chain: readonly ChainLink[];
  readonly evidence: string;
  readonly when?: { readonly start: string; readonly end: string } | null;
  readonly statement?: string | null;
  /** False when a review rejected it. */
  readonly counted?: boolean;
}

export interface Proposition {
  readonly id: string;
  readonly type: string;
  readonly measure?: string | null;
  readonly when: { readonly start: string; readonly end: string } | null;
  readonly where: readonly string[];
  readonly range: Interval;
  readonly contested: boolean;
  readonly corroboration: number;
  readonly groups: readonly string[];
  readonly admission_against_interest: boolean;
  readonly review: ReviewSummary | null;
  readonly assertions: readonly Assertion[];
}

export type Decision = 'accept' | 'reject' | 'edit';

/** A review as the ledger recorded it, newest first in a proposition's history. */
export interface Review {
  readonly target: string;
  readonly decision: Decision;
  readonly edit: Readonly<Record<string, unknown>> | null;
  readonly reason: string;
  readonly at: string;
  readonly seq?: number;
}

export interface PropositionWithReviews extends Proposition {
  readonly reviews: readonly Review[];
}

export type QueueOrder = 'newest' | 'contested';

export interface ReviewRequest {
  readonly target: string;
  readonly decision: Decision;
  readonly edit?: Readonly<Record<string, unknown>>;
  readonly reason: string;
}

const get = async <T>(path: string): Promise<T> => (await read(await fetch(path))) as T;

/** Propositions, contested ones first when the server orders them so. */
export function listPropositions(query: { contested?: boolean; group?: string }): Promise<Proposition[]> {
  const params = new URLSearchParams();
  if (query.contested) params.set('contested', 'true');
  if (query.group) params.set('group', query.group);
  const text = params.toString();
  return get(`/api/propositions${text ? `?${text}` : ''}`);
}

export function getProposition(id: string): Promise<PropositionWithReviews> {
  return get(`/api/propositions/${encodeURIComponent(id)}`);
}

/** Propositions no analyst has reviewed yet. */
export async function reviewQueue(order: QueueOrder): Promise<Proposition[]> {
  return (await get<{ propositions: Proposition[] }>(`/api/review-queue?order=${order}`)).propositions;
}

/** Records a review; an ApiError (401 without a valid token) otherwise. */
export async function postReview(review: ReviewRequest, token: string): Promise<Review> {
  const response = await fetch('/api/reviews', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...authorization(token) },
    body: JSON.stringify(review),
  });
  return ((await read(response)) as { review: Review }).review;
}
