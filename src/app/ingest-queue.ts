/**
 * Ingest through the job queue: `queueInputs` records one job per file (folders expanded) or URL;
 * `runWorker` claims jobs, ingests them through the same path as `sanad ingest`, renews their
 * leases while it works, and records each as done or failed with the reason.
 * @module
 */
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { InputRejectedError, SanadError } from '../core/errors.js';
import type { Job, JobQueue } from '../store/index.js';
import type { Sanad } from './sanad.js';

/** The job queue, or a clear error when the store has none (SQLite). */
export function queueOf(sanad: Sanad): JobQueue {
  if (!sanad.queue) {
    throw new SanadError(
      'SANAD_INVALID_ARGUMENT',
      'Cannot use the job queue: it lives in PostgreSQL; set SANAD_DATABASE_URL=postgres://… first',
    );
  }
  return sanad.queue;
}

export interface QueueSummary {
  readonly queued: number;
  readonly rejected: ReadonlyArray<{ readonly input: string; readonly message: string }>;
}

/**
 * Queues every file under `inputs` (by absolute path, so a worker in another folder finds it) and
 * every URL; an input that does not exist is reported, not queued.
 */
export async function queueInputs(
  sanad: Sanad,
  inputs: readonly string[],
  source: string | null,
): Promise<QueueSummary> {
  const queue = queueOf(sanad);
  const { expandInputs } = await import('../ingest/index.js');
  const found: string[] = [];
  const rejected: Array<{ input: string; message: string }> = [];
  for await (const item of expandInputs(inputs)) {
    if (item instanceof InputRejectedError) rejected.push({ input: item.input, message: item.message });
    else found.push(item.kind === 'file' ? resolve(item.path) : item.url);
  }
  return { queued: found.length > 0 ? await queue.enqueue(found, source) : 0, rejected };
}

export interface WorkerOptions {
  /** Claim loops run side by side in this process. */
  readonly concurrency: number;
  /** Stop when no job is queued or running instead of waiting for more. */
  readonly once: boolean;
  /** How long a claimed job stays this worker's without a heartbeat. */
  readonly leaseSeconds: number;
  /** Jobs claimed (and ingested as one batch) at a time. */
  readonly batch: number;
  /** Aborted to stop: the jobs in hand are finished first. */
  readonly signal: AbortSignal;
  /** How long to wait before looking again when the queue is empty. */
  readonly pollMs?: number;
  readonly onJob?: (job: Job, error: string | null) => void;
}

export interface WorkerSummary {
  readonly worker: string;
  readonly done: number;
  readonly failed: number;
}

/** A name for this worker: host and pid, so `sanad jobs` and the jobs table say who held a job. */
export function workerName(): string {
  return `${hostname()}:${process.pid}`;
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), done()), { once: true });
  });
}

/** Claims and ingests jobs until the signal aborts (or, with `once`, the queue is empty). */
export async function runWorker(sanad: Sanad, options: WorkerOptions): Promise<WorkerSummary> {
  const queue = queueOf(sanad);
  const worker = workerName();
  let done = 0;
  let failed = 0;

  const ingestJobs = async (jobs: readonly Job[]): Promise<void> => {
    const heartbeat = setInterval(
      () =>
        void queue
          .renew(
            worker,
            jobs.map((job) => job.id),
            options.leaseSeconds,
          )
          .catch(() => undefined),
      (options.leaseSeconds * 1000) / 3,
    );
    try {
      const reasons = new Map<string, string>();
      // Jobs queued with different --source values are ingested apart, each with its own.
      for (const source of new Set(jobs.map((job) => job.source))) {
        const inputs = jobs.filter((job) => job.source === source).map((job) => job.input);
        const summary = await sanad.ingest(inputs, { source, regroup: false });
        for (const refusal of summary.rejected) reasons.set(refusal.input, refusal.message);
      }
      for (const job of jobs) {
        const error = reasons.get(job.input) ?? null;
        await queue.finish(worker, job.id, error);
        if (error === null) done++;
        else failed++;
        options.onJob?.(job, error);
      }
    } finally {
      clearInterval(heartbeat);
    }
  };

  const loop = async (): Promise<void> => {
    while (!options.signal.aborted) {
      const jobs = await queue.claim(worker, options.batch, options.leaseSeconds);
      if (jobs.length === 0) {
        // Jobs still running may belong to a worker that died: wait to take them over.
        if (options.once && (await queue.counts()).running === 0) return;
        await pause(options.pollMs ?? 1000, options.signal);
        continue;
      }
      await ingestJobs(jobs);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, loop));
  return { worker, done, failed };
}
