/**
 * Propositions, assertions and reviews in SQL: what grouping reads (events with their evidence,
 * statements with their chains), what it writes back, and the queries claims answer from.
 * @module
 */
import {
  comparePropositionOrder,
  type Proposition,
  type Review,
  type ReviewDecision,
  type ReviewPayload,
  type StoredProposition,
} from '../../core/claims.js';
import type { EventType, SanadEvent, Statement } from '../../core/types.js';
import type { ClaimInputs, PropositionBuilder, PropositionFilter } from '../projection-store.js';
import type { SqlExecutor, SqlValue } from './driver.js';
import { allIn } from './_all-in.js';
import { clampLimit } from './_limits.js';
import { EVENTS_PER_PAGE, eventRowPages } from './_event-pages.js';

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 100_000;
const DECISIONS: readonly ReviewDecision[] = ['accept', 'reject', 'edit'];
export const GROUPED_SEQ_SQL = "SELECT value FROM projection_state WHERE name = 'grouped_seq'";

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a ledger payload is a review the store can project. */
export function isReviewPayload(value: unknown): value is ReviewPayload {
  return (
    isRecord(value) &&
    typeof value.target === 'string' &&
    typeof value.reason === 'string' &&
    DECISIONS.includes(value.decision as ReviewDecision) &&
    (value.edit === null || value.edit === undefined || isRecord(value.edit))
  );
}

export async function addReview(
  driver: SqlExecutor,
  seq: number,
  at: string,
  review: ReviewPayload,
): Promise<void> {
  await driver.run(
    `INSERT INTO reviews (seq, at, target, decision, reason, edit) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (seq) DO NOTHING`,
    [
      seq,
      at,
      review.target,
      review.decision,
      review.reason,
      review.edit ? JSON.stringify(review.edit) : null,
    ],
  );
}

interface ReviewRow {
  seq: number;
  at: string;
  target: string;
  decision: ReviewDecision;
  reason: string;
  edit: string | null;
}

function reviewOf(row: ReviewRow): Review {
  return {
    seq: Number(row.seq),
    at: row.at,
    target: row.target,
    decision: row.decision,
    reason: row.reason,
    edit: row.edit ? (JSON.parse(row.edit) as Record<string, unknown>) : null,
  };
}

/** Reviews of these targets (every review when `targets` is omitted), oldest first. */
export async function listReviews(driver: SqlExecutor, targets?: readonly string[]): Promise<Review[]> {
  if (targets && targets.length === 0) return [];
  const rows = targets
    ? (
        await allIn<ReviewRow>(
          driver,
          (marks) => `SELECT seq, at, target, decision, reason, edit FROM reviews WHERE target IN (${marks})`,
          [...new Set(targets)],
        )
      ).sort((a, b) => a.seq - b.seq)
    : await driver.all<ReviewRow>('SELECT seq, at, target, decision, reason, edit FROM reviews ORDER BY seq');
  return rows.map(reviewOf);
}

interface EventRow {
  id: string;
  document: string;
  source: string | null;
  evidence: string | null;
  body: string;
  when_start: string | null;
}

interface StatementRow {
  id: string;
  document: string;
  body: string;
}

const EVENT_SELECT = `SELECT e.id, e.document, d.source,
   SUBSTR(d.text, e.span_start + 1, e.span_end - e.span_start) AS evidence, e.body, e.when_start
 FROM events e JOIN documents d ON d.id = e.document`;

/**
 * Current events with their document's source and evidence, and the chains of the statements of
 * their documents: the events with the ids given.
 */
export async function readClaimInputs(
  driver: SqlExecutor,
  eventIds: readonly string[],
): Promise<ClaimInputs> {
  const eventRows = await allIn<EventRow>(
    driver,
    (marks) => `${EVENT_SELECT} WHERE e.id IN (${marks}) ORDER BY e.key`,
    [...new Set(eventIds)],
  );
  return withStatements(driver, eventRows);
}

async function withStatements(driver: SqlExecutor, eventRows: readonly EventRow[]): Promise<ClaimInputs> {
  const documents = [...new Set(eventRows.map((row) => row.document))];
  const statementRows = await allIn<StatementRow>(
    driver,
    (marks) => `SELECT id, document, body FROM statements WHERE document IN (${marks}) ORDER BY key`,
    documents,
  );
  return {
    events: eventRows.map((row) => ({
      id: row.id,
      document: row.document,
      source: row.source,
      evidence: row.evidence ?? '',
      event: JSON.parse(row.body) as SanadEvent,
    })),
    statements: statementRows.map((row) => {
      const statement = JSON.parse(row.body) as Statement;
      return {
        id: row.id,
        document: row.document,
        span: statement.span,
        speaker: statement.speaker,
        chain: statement.chain,
      };
    }),
  };
}

/**
 * Every current event (of `types`, when given), a page at a time, in time order (see
 * eventRowPages), a day never split between pages; each page with its documents' statements.
 */
export async function* claimInputPages(
  driver: SqlExecutor,
  eventsPerPage = EVENTS_PER_PAGE,
  types?: readonly EventType[],
): AsyncGenerator<ClaimInputs> {
  let carried: EventRow[] = [];
  for await (const rows of eventRowPages<EventRow>(driver, EVENT_SELECT, eventsPerPage, types)) {
    const buffered = carried.concat(rows);
    const lastStart = buffered[buffered.length - 1]!.when_start;
    // Undated events come last: nothing after them can share their day.
    const lastDay =
      lastStart === null ? buffered.length : buffered.findIndex((row) => row.when_start === lastStart);
    if (lastDay > 0) yield await withStatements(driver, buffered.slice(0, lastDay));
    carried = buffered.slice(lastDay);
  }
  if (carried.length > 0) yield await withStatements(driver, carried);
}

/** Rows per multi-row INSERT: far fewer round trips, well under any driver's parameter limit. */
const ROWS_PER_INSERT = 200;

async function insertRows(
  driver: SqlExecutor,
  head: string,
  width: number,
  rows: readonly (readonly SqlValue[])[],
  tail = '',
): Promise<void> {
  const row = `(${Array.from({ length: width }, () => '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const chunk = rows.slice(start, start + ROWS_PER_INSERT);
    await driver.run(`${head} VALUES ${chunk.map(() => row).join(', ')}${tail}`, chunk.flat());
  }
}

/** Inserts propositions with their groups and assertions, each at its place in the listing. */
async function insertPropositions(
  driver: SqlExecutor,
  propositions: readonly Proposition[],
  ords: readonly number[],
): Promise<void> {
  const propositionRows = propositions.map((proposition, index): SqlValue[] => [
    proposition.id,
    ords[index]!,
    proposition.type,
    proposition.measure,
    proposition.when?.start ?? null,
    proposition.when?.end ?? null,
    proposition.contested ? 1 : 0,
    proposition.corroboration,
    proposition.admission_against_interest ? 1 : 0,
    proposition.review ? 1 : 0,
    JSON.stringify({ ...proposition, assertions: undefined }),
  ]);
  await insertRows(
    driver,
    `INSERT INTO propositions (id, ord, type, measure, when_start, when_end, contested, corroboration,
       admission, reviewed, body)`,
    11,
    propositionRows,
  );
  const groupRows = propositions.flatMap((proposition) =>
    proposition.groups.map((group): SqlValue[] => [proposition.id, group]),
  );
  await insertRows(driver, 'INSERT INTO proposition_groups (proposition, grp)', 2, groupRows);
  const assertionRows = propositions.flatMap((proposition) =>
    proposition.assertions.map((assertion, ord): SqlValue[] => [
      assertion.id,
      proposition.id,
      ord,
      assertion.event,
      assertion.statement,
      assertion.document,
      assertion.holder,
      assertion.group,
    ]),
  );
  await insertRows(
    driver,
    'INSERT INTO assertions (id, proposition, ord, event, statement, document, holder, grp)',
    8,
    assertionRows,
    ' ON CONFLICT (id) DO NOTHING',
  );
}

/**
 * Replaces every proposition, in one transaction, with those `group` makes of every event (read a
 * page at a time, in time order), puts them in listing order, and records the extraction seq they
 * were grouped at; resolves to how many there are.
 */
export async function rewritePropositions(
  driver: SqlExecutor,
  groupedSeq: number,
  group: PropositionBuilder,
  types?: readonly EventType[],
): Promise<number> {
  for (const table of ['assertions', 'proposition_groups', 'propositions'])
    await driver.run(`DELETE FROM ${table}`);
  let count = 0;
  for await (const propositions of group(claimInputPages(driver, EVENTS_PER_PAGE, types))) {
    await insertPropositions(
      driver,
      propositions,
      propositions.map(() => count++),
    );
  }
  await putInListingOrder(driver);
  await driver.run(
    "INSERT INTO projection_state (name, value) VALUES ('grouped_seq', ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
    [groupedSeq],
  );
  return count;
}

/** Renumbers `ord` newest first, undated last, ties by id (see comparePropositionOrder). */
async function putInListingOrder(driver: SqlExecutor): Promise<void> {
  const rows = await driver.all<{ id: string; when_start: string | null }>(
    'SELECT id, when_start FROM propositions',
  );
  const ordered = rows
    .map((row) => ({ id: row.id, when: row.when_start === null ? null : { start: row.when_start } }))
    .sort(comparePropositionOrder);
  for (let start = 0; start < ordered.length; start += ROWS_PER_INSERT) {
    const chunk = ordered.slice(start, start + ROWS_PER_INSERT);
    await driver.run(
      `UPDATE propositions SET ord = CAST(v.column2 AS INTEGER)
       FROM (VALUES ${chunk.map(() => '(?, ?)').join(', ')}) AS v WHERE propositions.id = v.column1`,
      chunk.flatMap((row, index) => [row.id, start + index]),
    );
  }
}

/** Writes new judgements of existing propositions, keeping their place in the listing. */
export async function updatePropositions(
  driver: SqlExecutor,
  propositions: readonly Proposition[],
): Promise<void> {
  for (const proposition of propositions) {
    const row = await driver.get<{ ord: number }>('SELECT ord FROM propositions WHERE id = ?', [
      proposition.id,
    ]);
    if (!row) continue;
    await driver.run('DELETE FROM assertions WHERE proposition = ?', [proposition.id]);
    await driver.run('DELETE FROM proposition_groups WHERE proposition = ?', [proposition.id]);
    await driver.run('DELETE FROM propositions WHERE id = ?', [proposition.id]);
    await insertPropositions(driver, [proposition], [Number(row.ord)]);
  }
}

/** The ids of the propositions holding assertions from these events or statements. */
export async function propositionsHolding(driver: SqlExecutor, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const marks = ids.map(() => '?').join(', ');
  const rows = await driver.all<{ proposition: string }>(
    `SELECT DISTINCT proposition FROM assertions WHERE event IN (${marks}) OR statement IN (${marks}) OR id IN (${marks})`,
    [...ids, ...ids, ...ids],
  );
  return rows.map((row) => row.proposition).sort();
}

/** Attaches each proposition's assertion and event ids, in order. */
async function withAssertionIds(
  driver: SqlExecutor,
  rows: readonly { body: string }[],
): Promise<StoredProposition[]> {
  const heads = rows.map((row) => JSON.parse(row.body) as Omit<Proposition, 'assertions'>);
  const members = await allIn<{ proposition: string; id: string; event: string }>(
    driver,
    (marks) =>
      `SELECT proposition, id, event FROM assertions WHERE proposition IN (${marks}) ORDER BY proposition, ord`,
    heads.map((head) => head.id),
  );
  const byProposition = new Map<string, { assertionIds: string[]; eventIds: string[] }>();
  for (const member of members) {
    let ids = byProposition.get(member.proposition);
    if (!ids) byProposition.set(member.proposition, (ids = { assertionIds: [], eventIds: [] }));
    ids.assertionIds.push(member.id);
    ids.eventIds.push(member.event);
  }
  return heads.map((head) => ({
    ...head,
    ...(byProposition.get(head.id) ?? { assertionIds: [], eventIds: [] }),
  }));
}

/** Propositions matching `filter`, in listing order (or most contested first). */
export async function listPropositions(
  driver: SqlExecutor,
  filter: PropositionFilter,
): Promise<StoredProposition[]> {
  const where: string[] = [];
  const params: SqlValue[] = [];
  if (filter.contested !== undefined) {
    where.push('p.contested = ?');
    params.push(filter.contested ? 1 : 0);
  }
  if (filter.group !== undefined) {
    where.push('p.id IN (SELECT proposition FROM proposition_groups WHERE grp = ?)');
    params.push(filter.group.trim());
  }
  if (filter.reviewed !== undefined) {
    where.push('p.reviewed = ?');
    params.push(filter.reviewed ? 1 : 0);
  }
  const order = filter.order === 'contested' ? 'p.contested DESC, p.corroboration DESC, p.ord' : 'p.ord';
  params.push(clampLimit(filter.limit, DEFAULT_LIMIT, MAX_LIMIT));
  const rows = await driver.all<{ body: string }>(
    `SELECT p.body FROM propositions p ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY ${order} LIMIT ?`,
    params,
  );
  return withAssertionIds(driver, rows);
}

export async function readProposition(driver: SqlExecutor, id: string): Promise<StoredProposition | null> {
  const row = await driver.get<{ body: string }>('SELECT body FROM propositions WHERE id = ?', [id.trim()]);
  return row ? ((await withAssertionIds(driver, [row]))[0] ?? null) : null;
}

/** The seq of the newest extraction, and the one propositions were last grouped at. */
export async function groupingState(
  driver: SqlExecutor,
): Promise<{ extractionSeq: number; groupedSeq: number | null }> {
  const newest = await driver.get<{ seq: number | null }>('SELECT MAX(seq) AS seq FROM extractions');
  const grouped = await driver.get<{ value: number }>(GROUPED_SEQ_SQL);
  return {
    extractionSeq: Number(newest?.seq ?? 0),
    groupedSeq: grouped ? Number(grouped.value) : null,
  };
}
