import type { Migration } from '../migration.js';

/** Documents as added to the ledger; `text` last, so reading other columns skips its pages. */
export const createDocuments: Migration = {
  name: '0001-create-documents',
  up: [
    `CREATE TABLE IF NOT EXISTS documents (
      id TEXT PRIMARY KEY,
      seq BIGINT NOT NULL UNIQUE,
      file TEXT,
      title TEXT,
      published_start TEXT,
      published_end TEXT,
      published_precision TEXT,
      language TEXT NOT NULL,
      source TEXT,
      author TEXT,
      raw_hash TEXT NOT NULL,
      media_type TEXT NOT NULL,
      chars INTEGER NOT NULL,
      text TEXT NOT NULL
    )`,
  ],
  down: ['DROP TABLE IF EXISTS documents'],
};
