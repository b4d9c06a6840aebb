/**
 * The vocabulary of claims (CONTRACT.md, `sanad claims --json`): assertions by holders, the
 * propositions they group into, and analysts' reviews. Plain, readonly data; no I/O.
 * @module
 */
import type { ChainLink, CountKey, EventType, Interval, SanadEvent, Span, Speaker, Time } from './types.js';

export type ReviewDecision = 'accept' | 'reject' | 'edit';

/** How a review's decision reads in claims (`review.decision`). */
export const DECISION_LABELS: Readonly<Record<ReviewDecision, 'accepted' | 'rejected' | 'edited'>> = {
  accept: 'accepted',
  reject: 'rejected',
  edit: 'edited',
};

/** The payload of a `review.recorded` ledger entry. */
export interface ReviewPayload {
  /** A proposition (`pr_…`), event (`ev_…`) or statement (`st_…`) id. */
  readonly target: string;
  readonly decision: ReviewDecision;
  /** Replacement fields for an edit (`low`, `high`, …); the original stays beside it. */
  readonly edit: Readonly<Record<string, unknown>> | null;
  readonly reason: string;
}

/** A review as recorded: the ledger entry's seq and time with its payload. */
export interface Review extends ReviewPayload {
  readonly seq: number;
  readonly at: string;
}

/** The latest decision on an item, as claims show it. */
export interface ReviewSummary {
  readonly decision: 'accepted' | 'rejected' | 'edited';
  readonly reason: string;
  readonly edit?: Readonly<Record<string, unknown>>;
  readonly at: string;
}

/** One figure (or one event without a figure) asserted by one holder in one document. */
export interface Assertion {
  /** `as_` + hash of the event id and measure. */
  readonly id: string;
  readonly event: string;
  /** The statement that carries it, when the event sits inside reported words. */
  readonly statement: string | null;
  readonly document: string;
  readonly type: EventType;
  /** What the figure counts; null for an event asserted without a figure. */
  readonly measure: CountKey | null;
  readonly when: Time | null;
  readonly where: readonly string[];
  readonly actors: readonly string[];
  readonly targets: readonly string[];
  /** Who asserts it: the innermost link of the chain (the speaker), else the document's source. */
  readonly holder: string;
  /** The holder's affiliation group (see src/sources/registry.json). */
  readonly group: string;
  readonly low: number | null;
  readonly high: number | null;
  /** Line of transmission, outermost first. */
  readonly chain: readonly ChainLink[];
  /** The text the event covers. */
  readonly evidence: string;
}

/** An assertion inside a proposition, with what reviews made of it. */
export interface JudgedAssertion extends Assertion {
  /** False when a review rejected it (or the event or statement it comes from). */
  readonly counted: boolean;
  /** The figure an edit put beside the original, when there is one. */
  readonly edited: Interval | null;
  readonly review: ReviewSummary | null;
}

/** Assertions of the same thing across documents, as grouping found them. */
export interface PropositionDraft {
  /** `pr_` + hash of the grouping key. */
  readonly id: string;
  readonly type: EventType;
  readonly measure: CountKey | null;
  readonly when: Time | null;
  readonly where: readonly string[];
  readonly assertions: readonly Assertion[];
}

/** A proposition as `sanad claims --json` prints it. */
export interface Proposition {
  readonly id: string;
  readonly type: EventType;
  readonly measure: CountKey | null;
  readonly when: Time | null;
  readonly where: readonly string[];
  /** Across the assertions still counted. */
  readonly range: Interval;
  /** Some counted assertions' intervals do not overlap. */
  readonly contested: boolean;
  /** Distinct independent affiliation groups among the counted assertions. */
  readonly corroboration: number;
  readonly groups: readonly string[];
  readonly admission_against_interest: boolean;
  /** Ids of the admission rules (src/analysis/rules/admissions.json) that matched. */
  readonly admissions: readonly string[];
  readonly review: ReviewSummary | null;
  readonly assertions: readonly JudgedAssertion[];
}

/** An event as the store hands it to grouping: with its document's source and its evidence. */
export interface ClaimEvent {
  readonly id: string;
  readonly document: string;
  /** The document's source (outlet), when known. */
  readonly source: string | null;
  /** The text the event's span covers. */
  readonly evidence: string;
  readonly event: SanadEvent;
}

/** A statement as grouping needs it: where it stands, who said it, through whom. */
export interface ClaimStatement {
  readonly id: string;
  readonly document: string;
  readonly span: Span;
  readonly speaker: Speaker;
  readonly chain: readonly ChainLink[];
}

/**
 * A proposition as the store keeps it: its verdicts, and the ids of its assertions and of the
 * events they come from, in order. The assertions themselves are rebuilt from the events on read.
 */
export type StoredProposition = Omit<Proposition, 'assertions'> & {
  readonly assertionIds: readonly string[];
  readonly eventIds: readonly string[];
};

/** The listing order of propositions: newest first, undated last, ties by id. */
export function comparePropositionOrder(
  a: { readonly id: string; readonly when: { readonly start: string } | null },
  b: { readonly id: string; readonly when: { readonly start: string } | null },
): number {
  return (b.when?.start ?? '').localeCompare(a.when?.start ?? '') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
