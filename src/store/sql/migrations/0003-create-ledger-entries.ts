import type { Migration } from '../migration.js';

/**
 * Entries the store does not project yet (sources, reviews, merges), kept whole so that a later
 * projection can read them, and the seq of the last entry applied.
 */
export const createLedgerEntries: Migration = {
  name: '0003-create-ledger-entries',
  up: [
    `CREATE TABLE IF NOT EXISTS ledger_entries (
      seq BIGINT PRIMARY KEY,
      at TEXT NOT NULL,
      kind TEXT NOT NULL,
      payload TEXT NOT NULL
    )`,
    `CREATE TABLE IF NOT EXISTS projection_state (
      name TEXT PRIMARY KEY,
      value BIGINT NOT NULL
    )`,
  ],
  down: ['DROP TABLE IF EXISTS projection_state', 'DROP TABLE IF EXISTS ledger_entries'],
};
