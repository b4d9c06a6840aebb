/**
 * What only a server database holds: the ledger itself (so that workers on several machines
 * append to one hash chain) and the ingest job queue. Kept apart from the projection's
 * migrations, which `reset()` drops and replays: these tables are never dropped.
 * @module
 */
import type { Migration } from '../sql/migration.js';

export const SERVER_MIGRATIONS: readonly Migration[] = [
  {
    name: 'server-0001-create-ledger',
    up: {
      postgres: [
        // text is the entry's canonical JSON, checked byte for byte by `sanad verify`.
        'CREATE TABLE IF NOT EXISTS ledger (seq BIGINT PRIMARY KEY, hash TEXT NOT NULL, text TEXT NOT NULL)',
      ],
    },
    down: [],
  },
  {
    name: 'server-0002-create-jobs',
    up: {
      postgres: [
        `CREATE TABLE IF NOT EXISTS jobs (
          id BIGSERIAL PRIMARY KEY,
          input TEXT NOT NULL,
          source TEXT,
          state TEXT NOT NULL DEFAULT 'queued',
          attempts INTEGER NOT NULL DEFAULT 0,
          worker TEXT,
          leased_until TIMESTAMPTZ,
          error TEXT,
          queued_at TIMESTAMPTZ NOT NULL DEFAULT now(),
          finished_at TIMESTAMPTZ
        )`,
        'CREATE INDEX IF NOT EXISTS jobs_by_state ON jobs (state, id)',
      ],
    },
    down: [],
  },
];
