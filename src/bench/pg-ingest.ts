/**
 * `npm run bench -- --pg`: ingest throughput through the PostgreSQL job queue, with one and with
 * two `sanad worker` processes, each a real child process of bin/sanad with full extraction.
 * @module
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WorkerSummary } from '../app/index.js';
import { SanadError } from '../core/errors.js';
import { createTestSchema } from '../store/postgres/test-schemas.js';
import { runNode } from './_run-node.js';
import { cliNodeFlags } from './cli-node-flags.js';

const BIN = fileURLToPath(new URL('../../bin/sanad', import.meta.url));

/** The database the bench may create schemas in: SANAD_BENCH_DATABASE_URL, else the tests' one. */
export function benchDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env['SANAD_BENCH_DATABASE_URL'] || env['SANAD_TEST_DATABASE_URL'];
  if (!url) {
    throw new SanadError(
      'SANAD_INVALID_ARGUMENT',
      'Cannot run the bench with --pg: set SANAD_BENCH_DATABASE_URL (or SANAD_TEST_DATABASE_URL) to postgres://…',
    );
  }
  return url;
}

/** Runs bin/sanad with `args` and the Node flags of its first line; resolves to what it printed on stdout. */
function run(args: readonly string[], env: NodeJS.ProcessEnv): Promise<string> {
  return runNode(`sanad ${args.join(' ')}`, BIN, args, env, cliNodeFlags(BIN));
}

export interface PgIngestRun {
  /** From the first job any worker claimed to the last job any worker finished. */
  readonly seconds: number;
  /** Each worker's summary, with where its time went. */
  readonly workers: readonly WorkerSummary[];
}

/**
 * Queues `corpusDir` in a fresh schema of the database at `url`, then runs `workers` worker
 * processes, started together, until the queue is drained. Process start-up is left out of the
 * time: it runs from the first job claimed to the last job done.
 */
export async function timePgIngest(
  url: string,
  corpusDir: string,
  home: string,
  workers: number,
): Promise<PgIngestRun> {
  const schema = await createTestSchema(url);
  try {
    const env = { SANAD_DATABASE_URL: schema.url, SANAD_HOME: join(home, `pg-${workers}`) };
    await run(['ingest', '--queue', corpusDir], env);
    // The default --batch, as a team would run them.
    const args = ['worker', '--once', '--json', '--timings'];
    const outputs = await Promise.all(Array.from({ length: workers }, () => run(args, env)));
    const summaries = outputs.map((stdout) => JSON.parse(stdout) as WorkerSummary);
    const first = Math.min(...summaries.map((summary) => summary.timings.firstClaimAt ?? Infinity));
    const last = Math.max(...summaries.map((summary) => summary.timings.lastDoneAt ?? -Infinity));
    if (!Number.isFinite(first) || !Number.isFinite(last)) {
      throw new Error(`Cannot time ingest with ${workers} worker(s): no worker finished a job`);
    }
    return { seconds: (last - first) / 1000, workers: summaries };
  } finally {
    await schema.drop();
  }
}
