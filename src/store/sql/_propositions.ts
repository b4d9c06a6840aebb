/**
 * Propositions, assertions and reviews in SQL: what grouping reads (events with their evidence,
 * statements with their chains), what it writes back, and the queries claims answer from.
 * @module
 */
import type {
  ClaimEvent,
  ClaimStatement,
  Proposition,
  Review,
  ReviewDecision,
  ReviewPayload,
} from '../../core/claims.js';
import type { SanadEvent, Statement } from '../../core/types.js';
import type { PropositionFilter } from '../projection-store.js';
import type { SqlExecutor, SqlValue } from './driver.js';
import { clampLimit } from './_limits.js';

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
    ? await driver.all<ReviewRow>(
        `SELECT seq, at, target, decision, reason, edit FROM reviews WHERE target IN (${targets
          .map(() => '?')
          .join(', ')}) ORDER BY seq`,
        targets,
      )
    : await driver.all<ReviewRow>('SELECT seq, at, target, decision, reason, edit FROM reviews ORDER BY seq');
  return rows.map(reviewOf);
}

interface EventRow {
  id: string;
  document: string;
  source: string | null;
  evidence: string | null;
  body: string;
}

interface StatementRow {
  id: string;
  document: string;
  body: string;
}

/** Every current event with its document's source and evidence, and every statement's chain. */
export async function readClaimInputs(
  driver: SqlExecutor,
): Promise<{ events: ClaimEvent[]; statements: ClaimStatement[] }> {
  const eventRows = await driver.all<EventRow>(
    `SELECT e.id, e.document, d.source,
       SUBSTR(d.text, e.span_start + 1, e.span_end - e.span_start) AS evidence, e.body
     FROM events e JOIN documents d ON d.id = e.document ORDER BY e.key`,
  );
  const statementRows = await driver.all<StatementRow>(
    'SELECT id, document, body FROM statements ORDER BY key',
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

async function insertProposition(driver: SqlExecutor, ord: number, proposition: Proposition): Promise<void> {
  await driver.run(
    `INSERT INTO propositions (id, ord, type, measure, when_start, when_end, contested, corroboration,
       admission, reviewed, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      proposition.id,
      ord,
      proposition.type,
      proposition.measure,
      proposition.when?.start ?? null,
      proposition.when?.end ?? null,
      proposition.contested ? 1 : 0,
      proposition.corroboration,
      proposition.admission_against_interest ? 1 : 0,
      proposition.review ? 1 : 0,
      JSON.stringify(proposition),
    ],
  );
  for (const group of proposition.groups)
    await driver.run('INSERT INTO proposition_groups (proposition, grp) VALUES (?, ?)', [
      proposition.id,
      group,
    ]);
  for (const assertion of proposition.assertions)
    await driver.run(
      `INSERT INTO assertions (id, proposition, event, statement, document, holder, grp)
       VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
      [
        assertion.id,
        proposition.id,
        assertion.event,
        assertion.statement,
        assertion.document,
        assertion.holder,
        assertion.group,
      ],
    );
}

/** Replaces every proposition, in order, and records the extraction seq they were grouped at. */
export async function replacePropositions(
  driver: SqlExecutor,
  propositions: readonly Proposition[],
  groupedSeq: number,
): Promise<void> {
  for (const table of ['assertions', 'proposition_groups', 'propositions'])
    await driver.run(`DELETE FROM ${table}`);
  for (const [ord, proposition] of propositions.entries()) await insertProposition(driver, ord, proposition);
  await driver.run(
    "INSERT INTO projection_state (name, value) VALUES ('grouped_seq', ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
    [groupedSeq],
  );
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
    await insertProposition(driver, Number(row.ord), proposition);
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

/** Propositions matching `filter`, in listing order (or most contested first). */
export async function listPropositions(
  driver: SqlExecutor,
  filter: PropositionFilter,
): Promise<Proposition[]> {
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
  return rows.map((row) => JSON.parse(row.body) as Proposition);
}

export async function readProposition(driver: SqlExecutor, id: string): Promise<Proposition | null> {
  const row = await driver.get<{ body: string }>('SELECT body FROM propositions WHERE id = ?', [id.trim()]);
  return row ? (JSON.parse(row.body) as Proposition) : null;
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
