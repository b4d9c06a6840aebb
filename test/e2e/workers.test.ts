/**
 * The done-when test of the PostgreSQL store: two `sanad worker` processes share a queue of a
 * few hundred documents, one is killed with SIGKILL mid-run, the other takes its jobs over; every
 * document is then in the ledger exactly once, the hash chain verifies, and search and events
 * print what one process ingesting the same corpus into SQLite prints.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkerSummary } from '../../src/app/index.js';
import {
  SKIP_REASON,
  TEST_DATABASE_URL,
  createTestSchema,
  type TestSchema,
} from '../../src/store/postgres/test-schemas.js';
import { SAMPLES, SAMPLES_FA, sanadAsync, spawnChild, tempHome, type RunResult } from './_cli.js';

const COPIES = 12;
const DUPLICATES = 10;
/** Two workers and a SQLite ingest of the corpus take about 30 s on a busy two-core machine. */
const SETUP_LIMIT_MS = 180_000;
/** Within the setup's limit: how long to wait for the moment to kill the first worker. */
const WAIT_FOR_KILL_MS = 120_000;

/**
 * A corpus made from the sample reports (Markdown and plain text): COPIES variants of each, told
 * apart by a closing line, plus DUPLICATES byte-identical copies under other names.
 */
function writeCorpus(folder: string): number {
  mkdirSync(folder, { recursive: true });
  const samples = [SAMPLES, SAMPLES_FA].flatMap((dir) =>
    readdirSync(dir)
      .filter((name) => /\.(md|txt)$/.test(name))
      .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') })),
  );
  let files = 0;
  for (let copy = 0; copy < COPIES; copy++) {
    for (const { name, text } of samples) {
      const [stem, extension] = [name.replace(/\.\w+$/, ''), name.slice(name.lastIndexOf('.'))];
      writeFileSync(
        join(folder, `${stem}-${copy}${extension}`),
        `${text.trimEnd()}\n\nArchived by the documentation team as record ${copy + 1} of ${stem}.\n`,
      );
      files++;
    }
  }
  for (let n = 0; n < DUPLICATES; n++) {
    const original = readdirSync(folder).sort()[n]!;
    writeFileSync(join(folder, `duplicate-${n}-${original}`), readFileSync(join(folder, original)));
    files++;
  }
  return files;
}

async function query<Row extends pg.QueryResultRow>(url: string, sql: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}

const exited = (
  child: ReturnType<typeof spawnChild>,
): Promise<{ code: number | null; signal: string | null }> =>
  new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));

describe.skipIf(!TEST_DATABASE_URL)(
  `two sanad workers, one killed mid-run${TEST_DATABASE_URL ? '' : ` (${SKIP_REASON})`}`,
  () => {
    let schema: TestSchema;
    const corpus = join(tempHome('sanad-workers-corpus-'), 'corpus');
    const files = writeCorpus(corpus);
    const sqliteHome = tempHome('sanad-workers-sqlite-');
    const workerHome = tempHome('sanad-workers-pg-');
    const onPostgres = (args: string[]): Promise<RunResult> =>
      sanadAsync(workerHome, args, { SANAD_DATABASE_URL: schema.url });
    let reference: Promise<RunResult>;
    let killedWhileHolding = 0;
    let survivorStdout = '';

    beforeAll(async () => {
      schema = await createTestSchema(TEST_DATABASE_URL!);
      // The reference: one process ingesting the corpus into SQLite, while the workers run.
      reference = sanadAsync(sqliteHome, ['ingest', corpus]);
      const queued = await onPostgres(['ingest', '--queue', corpus]);
      expect(queued.status, queued.stderr).toBe(0);

      const worker = (...flags: string[]) =>
        spawnChild(workerHome, ['worker', '--once', '--lease', '4', '--batch', '2', ...flags], {
          SANAD_DATABASE_URL: schema.url,
        });
      const doomed = worker();
      const survivor = worker('--json', '--timings');
      survivor.stdout!.setEncoding('utf8').on('data', (chunk: string) => (survivorStdout += chunk));
      const survivorExit = exited(survivor);
      const doomedExit = exited(doomed);
      const heldByDoomed = async (): Promise<number> => {
        const [row] = await query<{ n: string }>(
          schema.url,
          `SELECT count(*) AS n FROM jobs WHERE state = 'running' AND worker LIKE '%:${doomed.pid}'`,
        );
        return Number(row!.n);
      };
      // Kill the first worker once the pair has done a fair part of the corpus, while it holds
      // jobs. It is frozen first: a batch can finish between a look at the queue and the kill.
      // The hook's timeout does not stop this loop, so it gives up by itself, and then stops both
      // workers, when that moment never comes: left running, it would hold the test run open.
      const giveUpAt = Date.now() + WAIT_FOR_KILL_MS;
      for (;;) {
        const [row] = await query<{ done: string }>(
          schema.url,
          `SELECT count(*) FILTER (WHERE state = 'done') AS done FROM jobs`,
        );
        if (Number(row!.done) >= files / 4 && (await heldByDoomed()) > 0) {
          doomed.kill('SIGSTOP');
          if ((await heldByDoomed()) > 0) break;
          doomed.kill('SIGCONT');
        }
        const doomedGone = doomed.exitCode !== null || doomed.signalCode !== null;
        if (doomedGone || Date.now() > giveUpAt) {
          doomed.kill('SIGKILL');
          survivor.kill('SIGKILL');
          throw new Error(
            `Cannot kill the first worker while it holds jobs: ${doomedGone ? 'it exited first' : `none held after ${WAIT_FOR_KILL_MS / 1000} s`} (${row!.done} of ${files} jobs done)`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      doomed.kill('SIGKILL');
      expect((await doomedExit).signal).toBe('SIGKILL');
      killedWhileHolding = await heldByDoomed();
      expect((await survivorExit).code).toBe(0);
      const done = await reference;
      expect(done.status, done.stderr).toBe(0);
    }, SETUP_LIMIT_MS);
    afterAll(() => schema?.drop());

    it('says with --json --timings where its time went', () => {
      const summary = JSON.parse(survivorStdout) as WorkerSummary;
      const { timings } = summary;
      expect(summary.done).toBeGreaterThan(0);
      expect(timings.batches).toBeGreaterThanOrEqual(summary.done / 2);
      expect(timings.lastDoneAt! - timings.firstClaimAt!).toBeGreaterThan(0);
      for (const seconds of [timings.ingestingSeconds, timings.lockHoldingSeconds, timings.cpuSeconds]) {
        expect(seconds).toBeGreaterThan(0);
      }
      const span = (timings.lastDoneAt! - timings.firstClaimAt!) / 1000;
      const parts =
        timings.ingestingSeconds +
        timings.lockWaitingSeconds +
        timings.lockHoldingSeconds +
        timings.queueSeconds;
      // The parts cover the span but for the pauses between batches, and never exceed it.
      expect(parts).toBeLessThanOrEqual(span + 0.05);
    });

    it('finishes every job, taking over the jobs the killed worker held', async () => {
      const jobs = JSON.parse((await onPostgres(['jobs', '--json'])).stdout) as {
        counts: Record<string, number>;
      };
      expect(jobs.counts).toEqual({ queued: 0, running: 0, done: files, failed: 0 });
      const [retried] = await query<{ n: string }>(
        schema.url,
        'SELECT count(*) AS n FROM jobs WHERE attempts > 1',
      );
      expect(killedWhileHolding).toBeGreaterThan(0);
      // At least those; a busy machine may also delay a live worker's heartbeat past its lease.
      expect(Number(retried!.n)).toBeGreaterThanOrEqual(killedWhileHolding);
    });

    it('adds every document to the ledger exactly once, as the single SQLite process does, and the ledger verifies', async () => {
      const documents = (
        JSON.parse((await sanadAsync(sqliteHome, ['summary', '--json'])).stdout) as {
          documents: number;
        }
      ).documents;
      // Some variants clean to the same text as another (their closing line is cut as boilerplate).
      expect(documents).toBeGreaterThan(200);
      expect(documents).toBeLessThanOrEqual(files - DUPLICATES);
      const [ledger] = await query<{ added: string; distinct_ids: string }>(
        schema.url,
        `SELECT count(*) AS added, count(DISTINCT CAST(text AS jsonb) #>> '{payload,document,id}') AS distinct_ids
         FROM ledger WHERE CAST(text AS jsonb) ->> 'kind' = 'document.added'`,
      );
      expect({ added: Number(ledger!.added), distinct: Number(ledger!.distinct_ids) }).toEqual({
        added: documents,
        distinct: documents,
      });
      const verified = await onPostgres(['verify', '--json']);
      expect(verified.status, verified.stderr).toBe(0);
      expect(JSON.parse(verified.stdout)).toMatchObject({ ok: true, count: 2 * documents });
    });

    it('prints the search results and events that one process ingesting into SQLite prints', async () => {
      for (const args of [
        ['search', '--json', '--limit', '100', '--', 'executed'],
        ['search', '--json', '--limit', '100', '--', 'Evin prison'],
        ['search', '--json', '--limit', '100', '--', 'زندان'],
        ['search', '--json', '--limit', '100', '--', '"security forces"'],
        ['events', '--json', '--limit', '1000'],
      ]) {
        const [expected, actual] = await Promise.all([sanadAsync(sqliteHome, args), onPostgres(args)]);
        expect(expected.status, expected.stderr).toBe(0);
        expect(actual.stdout, args.join(' ')).toBe(expected.stdout);
        expect(expected.stdout.length).toBeGreaterThan(1000);
      }
    });
  },
);
