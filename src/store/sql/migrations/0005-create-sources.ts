import type { Migration } from '../migration.js';

/**
 * Sources: the shipped registry (origin 'registry', refreshed when it changes) with the ones
 * `source.registered` entries add or edit on top (origin 'ledger'); and the source each
 * document was matched to, with how.
 */
export const createSources: Migration = {
  name: '0005-create-sources',
  up: [
    `CREATE TABLE IF NOT EXISTS sources (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      name_fa TEXT NOT NULL,
      kind TEXT NOT NULL,
      source_group TEXT NOT NULL,
      origin TEXT NOT NULL,
      seq BIGINT,
      ord BIGINT NOT NULL,
      record TEXT NOT NULL
    )`,
    'CREATE INDEX IF NOT EXISTS sources_by_group ON sources (source_group, ord)',
    `CREATE TABLE IF NOT EXISTS document_sources (
      document TEXT PRIMARY KEY,
      source_id TEXT NOT NULL,
      how TEXT NOT NULL,
      evidence TEXT NOT NULL,
      seq BIGINT NOT NULL
    )`,
    'CREATE INDEX IF NOT EXISTS document_sources_by_source ON document_sources (source_id)',
  ],
  down: ['DROP TABLE IF EXISTS document_sources', 'DROP TABLE IF EXISTS sources'],
};
