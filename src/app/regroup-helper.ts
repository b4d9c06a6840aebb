/**
 * A second thread for regrouping a SQLite store: it reads the events of some types from the
 * store's file through a connection of its own, groups and judges them as the regrouping thread
 * groups the rest, and hands its propositions back to be written in the same transaction. Types
 * of one family (see `typeFamily`) always go to one side, so a proposition never spans the two.
 * @module
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { typeFamily } from '../analysis/index.js';
import type { Proposition, Review } from '../core/claims.js';
import type { EventType } from '../core/types.js';
import { workerThreadOptions } from './extraction-pool.js';

export interface RegroupHelperRequest {
  readonly file: string;
  readonly types: readonly EventType[];
  readonly reviews: readonly Review[];
}

export type RegroupHelperReply =
  | { readonly type: 'propositions'; readonly propositions: readonly Proposition[] }
  | { readonly type: 'done' }
  | { readonly type: 'failed'; readonly message: string };

/** The helper stopped before it was done; what it grouped is not to be kept. */
export class RegroupHelperFailed extends Error {}

// The compiled worker, from src/ (tests) as from dist/: a worker thread cannot load TypeScript.
const WORKER = fileURLToPath(new URL('../../dist/app/regroup-worker.js', import.meta.url));

/**
 * Event types in two shares of about as many events, whole families on each side, largest family
 * first: `here` for the regrouping thread, `there` for the helper.
 */
export function splitTypes(counts: ReadonlyMap<EventType, number>): {
  here: EventType[];
  there: EventType[];
} {
  const families = new Map<string, { types: EventType[]; events: number }>();
  for (const [type, events] of counts) {
    const key = typeFamily(type);
    const family = families.get(key) ?? { types: [], events: 0 };
    family.types.push(type);
    family.events += events;
    families.set(key, family);
  }
  const here: EventType[] = [];
  const there: EventType[] = [];
  let hereEvents = 0;
  let thereEvents = 0;
  const largestFirst = [...families.values()].sort(
    (a, b) => b.events - a.events || (a.types[0]! < b.types[0]! ? -1 : 1),
  );
  for (const family of largestFirst) {
    if (thereEvents <= hereEvents) {
      there.push(...family.types);
      thereEvents += family.events;
    } else {
      here.push(...family.types);
      hereEvents += family.events;
    }
  }
  return { here: here.sort(), there: there.sort() };
}

export interface RegroupHelper {
  /** The batches of propositions that have arrived; throws RegroupHelperFailed once it failed. */
  arrived(): Generator<readonly Proposition[]>;
  /** Every batch still to come, until the helper is done. */
  rest(): AsyncGenerator<readonly Proposition[]>;
  /** Stops the thread (at once, if it is still working). */
  close(): Promise<void>;
}

/** A helper thread started ahead of its regroup, loading its modules while other work goes on. */
export interface PreparedRegroupHelper {
  /** Hands the thread its share: it starts grouping. */
  start(request: RegroupHelperRequest): RegroupHelper;
  /** Stops the thread, used or not. */
  close(): Promise<void>;
}

/**
 * Starts a helper thread that waits for its share: loading its modules takes about a quarter of
 * a second, which an ingest can spend finishing before it regroups.
 */
export function prepareRegroupHelper(): PreparedRegroupHelper {
  const worker = new Worker(WORKER, workerThreadOptions());
  const batches: Array<readonly Proposition[]> = [];
  let done = false;
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const settle = (): void => {
    wake?.();
    wake = null;
  };
  worker.on('message', (reply: RegroupHelperReply) => {
    if (reply.type === 'propositions') batches.push(reply.propositions);
    else if (reply.type === 'done') done = true;
    else failure ??= new Error(reply.message);
    settle();
  });
  worker.on('error', (error) => {
    failure ??= error;
    settle();
  });
  worker.on('exit', (code) => {
    if (!done) failure ??= new Error(`the regrouping helper thread stopped (exit code ${code})`);
    settle();
  });
  const close = async (): Promise<void> => {
    await worker.terminate();
  };
  function* arrived(): Generator<readonly Proposition[]> {
    if (failure) throw new RegroupHelperFailed(failure.message, { cause: failure });
    while (batches.length > 0) yield batches.shift()!;
  }
  return {
    start(request) {
      worker.postMessage(request);
      return {
        arrived,
        async *rest() {
          for (;;) {
            yield* arrived();
            if (done) return;
            await new Promise<void>((resolve) => (wake = resolve));
          }
        },
        close,
      };
    },
    close,
  };
}
