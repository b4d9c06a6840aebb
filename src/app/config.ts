import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { SanadError } from '../core/errors.js';

/** Everything a sanad instance needs to know; CLI flags and environment map onto it. */
export interface SanadConfig {
  /** Folder holding the ledger, the raw originals and the SQLite store. */
  readonly home: string;
  /** Largest input accepted, in bytes. */
  readonly maxBytes: number;
  /** How long a URL may take to answer, in milliseconds. */
  readonly timeoutMs: number;
  /** A PostgreSQL database (`postgres://…`) to hold the store instead of the SQLite file. */
  readonly databaseUrl?: string;
  /** Worker threads that extract while an ingest reads and stores; 0 extracts on the main thread. */
  readonly extractionThreads: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 15_000;
/**
 * One core reads and stores; the others extract, up to three: past that the reading and
 * storing thread is the slower one, and each worker holds its own copy of the lexicons.
 */
export const DEFAULT_EXTRACTION_THREADS = Math.min(3, availableParallelism() - 1);

/** A count of threads, or a clear error naming the variable that held it. */
function threadsOf(value: string, variable: string): number {
  if (!/^\d{1,3}$/.test(value.trim())) {
    throw new SanadError(
      'SANAD_INVALID_ARGUMENT',
      `Cannot use ${variable}="${value}": it must be a whole number of threads (0 extracts on the main thread)`,
    );
  }
  return Number(value);
}

/** A database URL sanad can use, or a clear error naming the variable that held it. */
function databaseUrlOf(value: string, variable: string): string {
  if (!/^postgres(?:ql)?:\/\//.test(value)) {
    throw new SanadError(
      'SANAD_INVALID_ARGUMENT',
      `Cannot use ${variable}: it must be a PostgreSQL URL (postgres://user:password@host:5432/database)`,
    );
  }
  return value;
}

/**
 * The configuration from the environment: `SANAD_HOME` (default `./.sanad`), to keep the
 * store in PostgreSQL `SANAD_DATABASE_URL`, and `SANAD_EXTRACTION_THREADS`.
 */
export function configFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<SanadConfig> = {},
): SanadConfig {
  const databaseUrl = overrides.databaseUrl ?? (env['SANAD_DATABASE_URL'] || undefined);
  return {
    home: resolve(overrides.home ?? env['SANAD_HOME'] ?? '.sanad'),
    maxBytes: overrides.maxBytes ?? DEFAULT_MAX_BYTES,
    timeoutMs: overrides.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    ...(databaseUrl ? { databaseUrl: databaseUrlOf(databaseUrl, 'SANAD_DATABASE_URL') } : {}),
    extractionThreads:
      overrides.extractionThreads ??
      (env['SANAD_EXTRACTION_THREADS']
        ? threadsOf(env['SANAD_EXTRACTION_THREADS'], 'SANAD_EXTRACTION_THREADS')
        : DEFAULT_EXTRACTION_THREADS),
  };
}
