/**
 * `npm run bench -- --pg`: ingest throughput through the PostgreSQL job queue, with one and with
 * two `sanad worker` processes, each a real child process of bin/sanad with full extraction.
 * @module
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SanadError } from '../core/errors.js';
import { createTestSchema } from '../store/postgres/test-schemas.js';

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

function run(args: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`sanad ${args.join(' ')} exited with ${code}: ${stderr.trim()}`)),
    );
  });
}

/**
 * Queues `corpusDir` in a fresh schema of the database at `url`, then times `workers` worker
 * processes draining the queue; resolves to the seconds from their start to the last one's exit.
 */
export async function timePgIngest(
  url: string,
  corpusDir: string,
  home: string,
  workers: number,
): Promise<number> {
  const schema = await createTestSchema(url);
  try {
    const env = { SANAD_DATABASE_URL: schema.url, SANAD_HOME: join(home, `pg-${workers}`) };
    await run(['ingest', '--queue', corpusDir], env);
    const started = performance.now();
    await Promise.all(Array.from({ length: workers }, () => run(['worker', '--once', '--batch', '8'], env)));
    return (performance.now() - started) / 1000;
  } finally {
    await schema.drop();
  }
}
