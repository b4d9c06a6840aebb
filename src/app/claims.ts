/**
 * Claims use-cases: regrouping the store's events into propositions, listing and showing them,
 * and recording an analyst's review as a ledger entry.
 * @module
 */
import { buildAssertions, createPropositionGrouper, judgeWith, latestReviews } from '../analysis/index.js';
import type {
  Assertion,
  Proposition,
  Review,
  ReviewDecision,
  ReviewPayload,
  StoredProposition,
} from '../core/claims.js';
import { NotFoundError, SanadError } from '../core/errors.js';
import type { LedgerStore } from '../ledger/index.js';
import type { ProjectionStore, PropositionBuilder, PropositionFilter } from '../store/index.js';
import {
  RegroupHelperFailed,
  prepareRegroupHelper,
  splitTypes,
  type PreparedRegroupHelper,
  type RegroupHelper,
} from './regroup-helper.js';

/** A proposition with its own review history, newest first. */
export type PropositionView = Proposition & { reviews: Review[] };

export interface ReviewRequest {
  readonly target: string;
  readonly decision: ReviewDecision;
  readonly edit?: Readonly<Record<string, unknown>> | null;
  readonly reason: string;
}

const TARGET = /^(pr|ev|st)_[0-9a-f]{16}$/;

/**
 * Events from which a SQLite store is regrouped on two threads: about 0.8 s of work on one, where
 * starting the second costs about a fifth of a second. The 50 MB bench corpus has about 52,000.
 */
const HELPER_FROM_EVENTS = 20_000;

export interface RegroupOptions {
  /** Events from which a second thread groups part of them (default 20,000; SQLite stores only). */
  readonly helperFrom?: number;
  /** That thread, started ahead; the regroup uses it or stops it. */
  readonly prepared?: PreparedRegroupHelper;
}

/**
 * Groups every current event into propositions, judges them under the recorded reviews and
 * replaces the stored ones; resolves to how many and how long it took. A large SQLite store is
 * grouped on two threads, each taking whole families of event types; should the second thread
 * fail, the regroup starts again on this one.
 */
export async function regroup(
  store: ProjectionStore,
  options: RegroupOptions = {},
): Promise<{ propositions: number; seconds: number }> {
  const started = performance.now();
  let prepared = options.prepared ?? null;
  const helperThread = (): PreparedRegroupHelper => {
    const thread = prepared ?? prepareRegroupHelper();
    prepared = null;
    return thread;
  };
  try {
    const propositions = await regroupWith(store, options.helperFrom ?? HELPER_FROM_EVENTS, helperThread);
    return { propositions, seconds: (performance.now() - started) / 1000 };
  } finally {
    // Started ahead and not needed after all: a small store, or one on a database server.
    await prepared?.close();
  }
}

async function regroupWith(
  store: ProjectionStore,
  helperFrom: number,
  helperThread: () => PreparedRegroupHelper,
): Promise<number> {
  const { extractionSeq } = await store.propositionsStale();
  const reviews = await store.reviews();
  const judge = judgeWith(latestReviews(reviews));
  const file = store.sqliteFile;
  const counts = file === null ? null : await store.eventTypeCounts();
  const events = counts ? [...counts.values()].reduce((sum, n) => sum + n, 0) : 0;
  // This thread's share of the pages, and with a helper, the helper's batches as they come.
  const build = (helper: RegroupHelper | null): PropositionBuilder =>
    async function* (pages) {
      const grouper = createPropositionGrouper();
      for await (const { events: page, statements } of pages) {
        yield grouper.add(buildAssertions(page, statements)).map(judge);
        if (!helper) continue;
        // The helper's batches are only seen between turns of the event loop.
        await new Promise(setImmediate);
        yield* helper.arrived();
      }
      yield grouper.finish().map(judge);
      if (helper) yield* helper.rest();
    };
  let propositions: number | null = null;
  if (file !== null && counts && counts.size > 1 && events >= helperFrom) {
    const { here, there } = splitTypes(counts);
    try {
      propositions = await store.rewritePropositions(
        extractionSeq,
        async function* (pages) {
          const helper = helperThread().start({ file, types: there, reviews });
          try {
            yield* build(helper)(pages);
          } finally {
            await helper.close();
          }
        },
        { types: here },
      );
    } catch (error) {
      if (!(error instanceof RegroupHelperFailed)) throw error;
    }
  }
  propositions ??= await store.rewritePropositions(extractionSeq, build(null));
  return propositions;
}

/** Regroups when extractions changed since the last grouping. */
export async function regroupIfStale(store: ProjectionStore, options: RegroupOptions = {}): Promise<void> {
  if ((await store.propositionsStale()).stale) await regroup(store, options);
  else await options.prepared?.close();
}

/**
 * Stored propositions made whole: their assertions rebuilt from the events (with the same pure
 * functions grouping used) and judged under the reviews recorded now.
 */
async function assemble(
  store: ProjectionStore,
  stored: readonly StoredProposition[],
): Promise<Proposition[]> {
  if (stored.length === 0) return [];
  const { events, statements } = await store.claimInputs(stored.flatMap((p) => p.eventIds));
  const byId = new Map(buildAssertions(events, statements).map((a): [string, Assertion] => [a.id, a]));
  const members = (p: StoredProposition): Assertion[] =>
    p.assertionIds.map((id) => byId.get(id)).filter((a): a is Assertion => a !== undefined);
  const targets = new Set<string>();
  for (const proposition of stored) {
    targets.add(proposition.id);
    for (const a of members(proposition))
      for (const id of [a.id, a.event, a.statement]) if (id) targets.add(id);
  }
  const judge = judgeWith(latestReviews(await store.reviews([...targets])));
  return stored.map((proposition) => {
    const { assertionIds: _ids, eventIds: _events, ...head } = proposition;
    return judge({ ...head, assertions: members(proposition) });
  });
}

/** Propositions as `sanad claims --json` prints them. */
export async function listClaims(
  store: ProjectionStore,
  filter: PropositionFilter = {},
): Promise<Proposition[]> {
  return assemble(store, await store.listPropositions(filter));
}

async function wholeProposition(store: ProjectionStore, id: string): Promise<Proposition | null> {
  const stored = await store.getProposition(id);
  return stored ? ((await assemble(store, [stored]))[0] ?? null) : null;
}

export async function propositionView(store: ProjectionStore, id: string): Promise<PropositionView> {
  const proposition = await wholeProposition(store, id);
  if (!proposition) throw new NotFoundError('proposition', id);
  const reviews = (await store.reviews([proposition.id])).reverse();
  return { ...proposition, reviews };
}

function checkReview(request: ReviewRequest): ReviewPayload {
  const target = request.target.trim();
  if (!TARGET.test(target))
    throw new SanadError(
      'SANAD_INVALID_ARGUMENT',
      `Cannot review "${request.target}": expected a proposition (pr_…), event (ev_…) or statement (st_…) id`,
    );
  const reason = request.reason.trim();
  if (!reason)
    throw new SanadError('SANAD_INVALID_ARGUMENT', `Cannot review "${target}": a reason is required`);
  const edit = request.edit ?? null;
  if (request.decision === 'edit' && (!edit || Object.keys(edit).length === 0))
    throw new SanadError(
      'SANAD_INVALID_ARGUMENT',
      `Cannot review "${target}": an edit needs a JSON object of the fields it changes, e.g. {"low": 300}`,
    );
  if (request.decision !== 'edit' && edit)
    throw new SanadError('SANAD_INVALID_ARGUMENT', `Cannot review "${target}": only an edit carries fields`);
  return { target, decision: request.decision, edit, reason };
}

async function targetExists(store: ProjectionStore, target: string): Promise<boolean> {
  if (target.startsWith('pr_')) return (await store.getProposition(target)) !== null;
  if (target.startsWith('ev_')) return (await store.getEvent(target)) !== null;
  return (await store.getStatement(target)) !== null;
}

/**
 * Appends a `review.recorded` entry for an existing proposition, event or statement, projects it,
 * and judges again the propositions it touches. Resolves to the review as recorded.
 */
export async function recordReview(
  ledger: LedgerStore,
  store: ProjectionStore,
  request: ReviewRequest,
): Promise<Review> {
  const payload = checkReview(request);
  await regroupIfStale(store);
  if (!(await targetExists(store, payload.target)))
    throw new NotFoundError(payload.target.startsWith('pr_') ? 'proposition' : 'item', payload.target);
  const [entry] = await ledger.append([{ kind: 'review.recorded', payload }]);
  await store.apply([entry!]);
  const touched = payload.target.startsWith('pr_')
    ? [payload.target]
    : await store.propositionsHolding([payload.target]);
  const updated = (await Promise.all(touched.map((id) => wholeProposition(store, id)))).filter(
    (proposition): proposition is Proposition => proposition !== null,
  );
  await store.updatePropositions(updated);
  return { seq: entry!.seq, at: entry!.at, ...payload };
}
