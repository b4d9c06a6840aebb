/**
 * The ingest job queue in PostgreSQL. Workers claim jobs with `FOR UPDATE SKIP LOCKED`, so two
 * never take the same one, and hold them by a lease (`leased_until`) that their heartbeat renews;
 * a job whose lease ran out (its worker died) is claimed again, up to MAX_ATTEMPTS times.
 * @module
 */
import type { SqlDriver } from '../sql/driver.js';
import { JOB_STATES, type Job, type JobFailure, type JobQueue, type JobState } from '../job-queue.js';

/** Claims of one job before it is recorded as failed: a job that kills its worker each time stops. */
export const MAX_ATTEMPTS = 3;

interface JobRow {
  id: number;
  input: string;
  source: string | null;
  attempts: number;
}

const GIVE_UP_SQL = `UPDATE jobs SET state = 'failed', finished_at = now(), leased_until = NULL,
  error = 'Cannot ingest: its worker stopped ' || attempts || ' times before finishing it'
  WHERE state = 'running' AND leased_until < now() AND attempts >= ?`;

const CLAIM_SQL = `UPDATE jobs SET state = 'running', worker = ?, attempts = attempts + 1,
  leased_until = now() + make_interval(secs => ?)
  WHERE id IN (
    SELECT id FROM jobs WHERE state = 'queued' OR (state = 'running' AND leased_until < now())
    ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED)
  RETURNING id, input, source, attempts`;

export function createPostgresJobQueue(driver: SqlDriver): JobQueue {
  return {
    async enqueue(inputs, source) {
      let queued = 0;
      // Rows per INSERT, well under PostgreSQL's 65,535 parameters.
      for (let start = 0; start < inputs.length; start += 1000) {
        const chunk = inputs.slice(start, start + 1000);
        queued += await driver.run(
          `INSERT INTO jobs (input, source) VALUES ${chunk.map(() => '(?, ?)').join(', ')}`,
          chunk.flatMap((input) => [input, source]),
        );
      }
      return queued;
    },
    async claim(worker, count, leaseSeconds) {
      await driver.run(GIVE_UP_SQL, [MAX_ATTEMPTS]);
      const rows = await driver.all<JobRow>(CLAIM_SQL, [worker, leaseSeconds, count]);
      return rows
        .map((row): Job => ({ ...row, id: Number(row.id), attempts: Number(row.attempts) }))
        .sort((a, b) => a.id - b.id);
    },
    async renew(worker, ids, leaseSeconds) {
      if (ids.length === 0) return;
      await driver.run(
        `UPDATE jobs SET leased_until = now() + make_interval(secs => ?)
         WHERE worker = ? AND state = 'running' AND id IN (${ids.map(() => '?').join(', ')})`,
        [leaseSeconds, worker, ...ids],
      );
    },
    async finish(worker, id, error) {
      await driver.run(
        `UPDATE jobs SET state = ?, error = ?, finished_at = now(), leased_until = NULL
         WHERE id = ? AND worker = ? AND state = 'running'`,
        [error === null ? 'done' : 'failed', error, id, worker],
      );
    },
    async counts() {
      const rows = await driver.all<{ state: JobState; n: number }>(
        'SELECT state, count(*) AS n FROM jobs GROUP BY state',
      );
      const counts = Object.fromEntries(JOB_STATES.map((state) => [state, 0])) as Record<JobState, number>;
      for (const row of rows) counts[row.state] = Number(row.n);
      return counts;
    },
    async failures(limit) {
      const rows = await driver.all<JobFailure>(
        "SELECT id, input, attempts, error FROM jobs WHERE state = 'failed' ORDER BY id LIMIT ?",
        [limit],
      );
      return rows.map((row) => ({ ...row, id: Number(row.id), attempts: Number(row.attempts) }));
    },
  };
}
