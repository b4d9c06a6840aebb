/**
 * Worker threads that run the default extraction pipeline, so that an ingest reads, cleans and
 * stores documents on its own thread while others extract. A pool is only used when its
 * workers' pipeline has the version of the ingest's own: the same stages at the same versions
 * extract the same items.
 * @module
 */
import { fileURLToPath } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { Extraction } from '../core/types.js';
import type { Pipeline } from '../extract/index.js';

export type ExtractionInput = Parameters<Pipeline['run']>[0];

export interface ExtractionRequest {
  readonly id: number;
  readonly document: ExtractionInput;
}

export type ExtractionReply =
  | { readonly type: 'ready'; readonly version: string }
  | { readonly type: 'done'; readonly id: number; readonly extraction: Extraction }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };

export interface ExtractionPool {
  /** How many workers it started. */
  readonly threads: number;
  /** The document's extraction, made on the least busy worker; rejects when the workers are gone. */
  extract(document: ExtractionInput): Promise<Extraction>;
  /** Seconds its workers have spent working since they started, summed over the workers. */
  busySeconds(): number;
  /** Stops the workers; extractions not yet made reject. */
  close(): Promise<void>;
}

// The compiled worker, from src/ (tests) as from dist/: a worker thread cannot load TypeScript.
const WORKER = fileURLToPath(new URL('../../dist/app/extraction-worker.js', import.meta.url));

interface Waiting {
  readonly resolve: (extraction: Extraction) => void;
  readonly reject: (error: Error) => void;
}

interface Thread {
  readonly worker: Worker;
  readonly waiting: Map<number, Waiting>;
  alive: boolean;
}

const SEMI_SPACE_FLAG = /^--max-semi-space-size=(\d+)$/;

/**
 * The young generation a worker gets: the one `flags` give this thread (`bin/sanad` asks for
 * 64 MB semi-spaces), or V8's default. A worker takes no V8 flags, only this limit, which V8
 * splits into two semi-spaces and a third as large for new large objects. Extraction allocates
 * many short-lived objects; with 16 MB semi-spaces it spent about a tenth more CPU on scavenges.
 */
export function youngGenerationMb(flags: readonly string[]): number | undefined {
  for (const flag of flags) {
    const match = SEMI_SPACE_FLAG.exec(flag);
    if (match) return Number(match[1]) * 3;
  }
  return undefined;
}

/**
 * Options for a worker thread of this process (the extraction pool's, the regroup's helper): this
 * thread's young generation, and none of its Node flags, some of which only make sense for the
 * main script (--input-type).
 */
export function workerThreadOptions(): WorkerOptions {
  const young = youngGenerationMb(process.execArgv);
  return {
    execArgv: [],
    ...(young === undefined ? {} : { resourceLimits: { maxYoungGenerationSizeMb: young } }),
  };
}

/** Starts a worker and resolves once it has built its pipeline, to the version it reports. */
function startThread(): Promise<{ thread: Thread; version: string }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, workerThreadOptions());
    const thread: Thread = { worker, waiting: new Map(), alive: true };
    const gone = (error: Error): void => {
      thread.alive = false;
      for (const waiting of thread.waiting.values()) waiting.reject(error);
      thread.waiting.clear();
      reject(error);
    };
    worker.on('error', gone);
    worker.on('exit', (code) => gone(new Error(`An extraction worker stopped (exit code ${code})`)));
    worker.on('message', (reply: ExtractionReply) => {
      if (reply.type === 'ready') {
        resolve({ thread, version: reply.version });
        return;
      }
      const waiting = thread.waiting.get(reply.id);
      thread.waiting.delete(reply.id);
      if (reply.type === 'done') waiting?.resolve(reply.extraction);
      else waiting?.reject(new Error(reply.message));
    });
  });
}

/**
 * Starts `threads` workers; resolves to null when there are none to start, when one fails to
 * start, or when their pipeline's version is not `version`.
 */
export async function startExtractionPool(threads: number, version: string): Promise<ExtractionPool | null> {
  if (threads < 1) return null;
  const started = await Promise.allSettled(Array.from({ length: threads }, () => startThread()));
  const threadsStarted = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const pool = threadsStarted.map(({ thread }) => thread);
  const close = async (): Promise<void> => {
    await Promise.all(pool.map((thread) => thread.worker.terminate()));
  };
  if (threadsStarted.length < threads || threadsStarted.some((started) => started.version !== version)) {
    await close();
    return null;
  }
  let nextId = 0;
  return {
    threads,
    extract(document) {
      let least: Thread | null = null;
      for (const thread of pool) {
        if (thread.alive && (least === null || thread.waiting.size < least.waiting.size)) least = thread;
      }
      if (least === null) return Promise.reject(new Error('The extraction workers have stopped'));
      const thread = least;
      const id = nextId++;
      return new Promise<Extraction>((resolve, reject) => {
        thread.waiting.set(id, { resolve, reject });
        thread.worker.postMessage({ id, document } satisfies ExtractionRequest);
      });
    },
    busySeconds: () =>
      pool.reduce((sum, thread) => sum + thread.worker.performance.eventLoopUtilization().active / 1000, 0),
    close,
  };
}
