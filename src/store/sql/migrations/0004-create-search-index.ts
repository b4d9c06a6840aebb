import type { Migration } from '../migration.js';

const FTS5_OPTIONS = "content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'";

/** PostgreSQL: a tsvector of the row's tokens (each column's positions labelled A, B, C) and their count. */
const postgresIndex = (table: string): string[] => [
  `CREATE TABLE IF NOT EXISTS ${table} (key BIGINT PRIMARY KEY, terms tsvector NOT NULL, tokens INTEGER NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS ${table}_terms ON ${table} USING gin (terms)`,
];

/**
 * Full-text indexes over the search form of text (see core/text.ts `searchForm`). On SQLite they
 * are contentless FTS5 tables: the index only, never a second copy of the text; the rowid is the
 * document's seq or the item's key. The default rank weighs titles and speakers above body text.
 * On PostgreSQL they are tables of tsvectors keyed the same way (see postgres/tsvector-search-dialect.ts).
 */
export const createSearchIndex: Migration = {
  name: '0004-create-search-index',
  up: {
    sqlite: [
      `CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(title, body, ${FTS5_OPTIONS})`,
      "INSERT INTO documents_fts (documents_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0)')",
      `CREATE VIRTUAL TABLE IF NOT EXISTS statements_fts USING fts5(quote, speaker, ${FTS5_OPTIONS})`,
      "INSERT INTO statements_fts (statements_fts, rank) VALUES ('rank', 'bm25(1.0, 2.0)')",
      `CREATE VIRTUAL TABLE IF NOT EXISTS events_fts USING fts5(summary, type, places, ${FTS5_OPTIONS})`,
      "INSERT INTO events_fts (events_fts, rank) VALUES ('rank', 'bm25(1.0, 2.0, 2.0)')",
    ],
    postgres: [
      ...postgresIndex('search_documents'),
      ...postgresIndex('search_statements'),
      ...postgresIndex('search_events'),
    ],
  },
  down: [
    'DROP TABLE IF EXISTS search_events',
    'DROP TABLE IF EXISTS search_statements',
    'DROP TABLE IF EXISTS search_documents',
    'DROP TABLE IF EXISTS events_fts',
    'DROP TABLE IF EXISTS statements_fts',
    'DROP TABLE IF EXISTS documents_fts',
  ],
};
