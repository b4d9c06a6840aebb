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
  readonly timings: WorkerTimings;
}

/** Where a worker's time went; with several claim loops the seconds add up over the loops. */
export interface WorkerTimings {
  readonly batches: number;
  /** When the first batch was claimed and the last one finished, in ms since the epoch; null before. */
  readonly firstClaimAt: number | null;
  readonly lastDoneAt: number | null;
  /** Reading, cleaning, extracting and archiving the batches: everything of ingest but the ledger lock. */
  readonly ingestingSeconds: number;
  readonly lockWaitingSeconds: number;
  readonly lockHoldingSeconds: number;
  /** Claiming jobs and recording them as done or failed. */
  readonly queueSeconds: number;
  /** CPU time of the whole process (user and system) while it worked. */
  readonly cpuSeconds: number;
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
  const cpuBefore = process.cpuUsage();
  const timings = { batches: 0, firstClaimAt: null as number | null, lastDoneAt: null as number | null };
  let ingestingSeconds = 0;
  let queueSeconds = 0;
  const timed = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
    const started = performance.now();
    const result = await work();
    return [result, (performance.now() - started) / 1000];
  };

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
        const [summary, seconds] = await timed(() => sanad.ingest(inputs, { source, regroup: false }));
        ingestingSeconds += seconds;
        for (const refusal of summary.rejected) reasons.set(refusal.input, refusal.message);
      }
      const errors = jobs.map((job) => reasons.get(job.input) ?? null);
      // Recorded side by side, over the pool's connections: one round trip for the batch.
      const [, seconds] = await timed(() =>
        Promise.all(jobs.map((job, index) => queue.finish(worker, job.id, errors[index] ?? null))),
      );
      queueSeconds += seconds;
      for (const [index, job] of jobs.entries()) {
        const error = errors[index] ?? null;
        if (error === null) done++;
        else failed++;
        options.onJob?.(job, error);
      }
      timings.batches++;
      timings.lastDoneAt = Date.now();
    } finally {
      clearInterval(heartbeat);
    }
  };

  const loop = async (): Promise<void> => {
    while (!options.signal.aborted) {
      const claimedAt = Date.now();
      const [jobs, seconds] = await timed(() => queue.claim(worker, options.batch, options.leaseSeconds));
      if (jobs.length > 0) {
        queueSeconds += seconds;
        timings.firstClaimAt ??= claimedAt;
      }
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
  const ledger = sanad.appendTimes() ?? { waitingSeconds: 0, holdingSeconds: 0 };
  const cpu = process.cpuUsage(cpuBefore);
  return {
    worker,
    done,
    failed,
    timings: {
      ...timings,
      ingestingSeconds: ingestingSeconds - ledger.waitingSeconds - ledger.holdingSeconds,
      lockWaitingSeconds: ledger.waitingSeconds,
      lockHoldingSeconds: ledger.holdingSeconds,
      queueSeconds,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
    },
  };
}

/** One line saying where a worker's time went, as `sanad worker --timings` prints it. */
export function describeWorkerTimings({ worker, timings }: WorkerSummary): string {
  const s = (seconds: number): string => `${seconds.toFixed(1)} s`;
  const span =
    timings.firstClaimAt === null || timings.lastDoneAt === null
      ? 0
      : (timings.lastDoneAt - timings.firstClaimAt) / 1000;
  const perBatch = (timings.lockHoldingSeconds / Math.max(1, timings.batches)) * 1000;
  return (
    `${worker}: ${timings.batches} batches in ${s(span)} from the first claim to the last job done: ` +
    `${s(timings.ingestingSeconds)} reading, cleaning and extracting, ` +
    `${s(timings.lockWaitingSeconds)} waiting for the ledger lock, ` +
    `${s(timings.lockHoldingSeconds)} holding it (${perBatch.toFixed(0)} ms a batch), ` +
    `${s(timings.queueSeconds)} claiming and finishing jobs; ${s(timings.cpuSeconds)} of CPU`
  );
}
