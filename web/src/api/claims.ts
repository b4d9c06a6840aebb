/**
 * Propositions, reviews and the review queue (CONTRACT.md: `sanad claims --json` over HTTP),
 * typed by the server's routes.
 * @module
 */
import type { InferRequestType, InferResponseType } from 'hono/client';
import { api, authorization, read } from './client.js';

export type Proposition = InferResponseType<typeof api.propositions.$get, 200>[number];
export type PropositionWithReviews = InferResponseType<(typeof api.propositions)[':id']['$get'], 200>;
export type Assertion = Proposition['assertions'][number];
export type Review = PropositionWithReviews['reviews'][number];
export type ReviewSummary = Proposition['review'];
export type ReviewRequest = InferRequestType<typeof api.reviews.$post>['json'];
export type Decision = ReviewRequest['decision'];
export type QueueOrder = 'newest' | 'contested';

/** How a decision reads once made ("accept" → "accepted"), as proposition badges show it. */
export const DECIDED = { accept: 'accepted', reject: 'rejected', edit: 'edited' } as const satisfies Record<
  Decision,
  string
>;

/** How many propositions a list screen loads at most; a page of thousands helps nobody. */
export const LIST_LIMIT = 1000;

/** Propositions as the server lists them (newest first), narrowed to contested ones or a group. */
export async function listPropositions(query: {
  contested?: boolean;
  group?: string;
}): Promise<Proposition[]> {
  return read(
    await api.propositions.$get({
      query: {
        ...(query.contested ? { contested: 'true' } : {}),
        ...(query.group ? { group: query.group } : {}),
        limit: LIST_LIMIT,
      },
    }),
  );
}

export async function getProposition(id: string): Promise<PropositionWithReviews> {
  return read(await api.propositions[':id'].$get({ param: { id } }));
}

/** Propositions no analyst has reviewed yet. */
export async function reviewQueue(order: QueueOrder): Promise<Proposition[]> {
  return (await read(await api['review-queue'].$get({ query: { order, limit: LIST_LIMIT } }))).propositions;
}

/** Records a review; an ApiError (401 without a valid token) otherwise. */
export async function postReview(review: ReviewRequest, token: string): Promise<Review> {
  return (await read(await api.reviews.$post({ json: review }, { headers: authorization(token) }))).review;
}
