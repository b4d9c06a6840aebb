/**
 * The port of the ingest job queue that `sanad ingest --queue` fills and `sanad worker` drains.
 * Only a server database holds one (PostgreSQL); see postgres/postgres-job-queue.ts.
 * @module
 */

export type JobState = 'queued' | 'running' | 'done' | 'failed';

export const JOB_STATES: readonly JobState[] = ['queued', 'running', 'done', 'failed'];

export interface Job {
  readonly id: number;
  /** A file path or an http(s) URL, as `sanad ingest` takes it. */
  readonly input: string;
  /** `--source` given when the job was queued. */
  readonly source: string | null;
  /** How many times a worker has claimed it, this time included. */
  readonly attempts: number;
}

export interface JobFailure {
  readonly id: number;
  readonly input: string;
  readonly attempts: number;
  readonly error: string;
}

export interface JobQueue {
  /** Queues one job per input; resolves to how many were queued. */
  enqueue(inputs: readonly string[], source: string | null): Promise<number>;
  /**
   * Claims up to `count` jobs for `worker`: queued ones, and running ones whose lease has expired
   * (their worker died). Each is leased for `leaseSeconds`; no two workers hold one job at once.
   */
  claim(worker: string, count: number, leaseSeconds: number): Promise<Job[]>;
  /** Extends the lease of jobs `worker` still holds (the heartbeat). */
  renew(worker: string, ids: readonly number[], leaseSeconds: number): Promise<void>;
  /** Records a job `worker` holds as done, or as failed with the reason. */
  finish(worker: string, id: number, error: string | null): Promise<void>;
  /** How many jobs are in each state. */
  counts(): Promise<Record<JobState, number>>;
  /** Failed jobs with their reasons, oldest first. */
  failures(limit: number): Promise<JobFailure[]>;
}
