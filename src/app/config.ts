import { resolve } from 'node:path';

/** Everything a sanad instance needs to know; CLI flags and environment map onto it. */
export interface SanadConfig {
  /** Folder holding the ledger, the raw originals and the SQLite store. */
  readonly home: string;
  /** Largest input accepted, in bytes. */
  readonly maxBytes: number;
  /** How long a URL may take to answer, in milliseconds. */
  readonly timeoutMs: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 15_000;

/** The configuration from the environment: `SANAD_HOME` (default `./.sanad`). */
export function configFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<SanadConfig> = {},
): SanadConfig {
  return {
    home: resolve(overrides.home ?? env['SANAD_HOME'] ?? '.sanad'),
    maxBytes: overrides.maxBytes ?? DEFAULT_MAX_BYTES,
    timeoutMs: overrides.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  };
}
