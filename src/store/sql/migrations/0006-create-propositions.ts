import type { Migration } from '../migration.js';

/**
 * Propositions and their assertions (recomputed from the events after each ingest and rebuild),
 * and analysts' reviews (projected from `review.recorded` ledger entries). A proposition keeps its
 * judged JSON in `body` and the columns that filters read; `ord` is its place in the listing.
 */
export const createPropositions: Migration = {
  name: '0006-create-propositions',
  up: [
    `CREATE TABLE IF NOT EXISTS propositions (
      id TEXT PRIMARY KEY,
      ord INTEGER NOT NULL,
      type TEXT NOT NULL,
      measure TEXT,
      when_start TEXT,
      when_end TEXT,
      contested INTEGER NOT NULL,
      corroboration INTEGER NOT NULL,
      admission INTEGER NOT NULL,
      reviewed INTEGER NOT NULL,
      body TEXT NOT NULL
    )`,
    'CREATE INDEX IF NOT EXISTS propositions_by_ord ON propositions (ord)',
    'CREATE INDEX IF NOT EXISTS propositions_by_contested ON propositions (contested, ord)',
    `CREATE TABLE IF NOT EXISTS proposition_groups (
      proposition TEXT NOT NULL,
      grp TEXT NOT NULL,
      PRIMARY KEY (grp, proposition)
    )`,
    `CREATE TABLE IF NOT EXISTS assertions (
      id TEXT PRIMARY KEY,
      proposition TEXT NOT NULL,
      ord INTEGER NOT NULL,
      event TEXT NOT NULL,
      statement TEXT,
      document TEXT NOT NULL,
      holder TEXT NOT NULL,
      grp TEXT NOT NULL
    )`,
    'CREATE INDEX IF NOT EXISTS assertions_by_event ON assertions (event)',
    'CREATE INDEX IF NOT EXISTS assertions_by_statement ON assertions (statement)',
    'CREATE INDEX IF NOT EXISTS assertions_by_proposition ON assertions (proposition, ord)',
    `CREATE TABLE IF NOT EXISTS reviews (
      seq BIGINT PRIMARY KEY,
      at TEXT NOT NULL,
      target TEXT NOT NULL,
      decision TEXT NOT NULL,
      reason TEXT NOT NULL,
      edit TEXT
    )`,
    'CREATE INDEX IF NOT EXISTS reviews_by_target ON reviews (target, seq)',
  ],
  down: [
    'DROP TABLE IF EXISTS reviews',
    'DROP TABLE IF EXISTS assertions',
    'DROP TABLE IF EXISTS proposition_groups',
    'DROP TABLE IF EXISTS propositions',
  ],
};
