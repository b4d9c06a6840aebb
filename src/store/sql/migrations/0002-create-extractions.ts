import type { Migration } from '../migration.js';

/**
 * The current extraction of each document and its items. Items keep their full JSON in `body`
 * (so a document view round-trips exactly) plus the columns that queries filter on.
 * `key` is a stable integer for search indexes: the extraction's seq × 2^20 + the item's position.
 */
export const createExtractions: Migration = {
  name: '0002-create-extractions',
  up: [
    `CREATE TABLE IF NOT EXISTS extractions (
      document TEXT PRIMARY KEY,
      seq BIGINT NOT NULL,
      extractor TEXT NOT NULL,
      diagnostics TEXT NOT NULL
    )`,
    `CREATE TABLE IF NOT EXISTS statements (
      key BIGINT PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      document TEXT NOT NULL,
      ord INTEGER NOT NULL,
      span_start INTEGER NOT NULL,
      span_end INTEGER NOT NULL,
      speaker TEXT,
      body TEXT NOT NULL
    )`,
    'CREATE INDEX IF NOT EXISTS statements_by_document ON statements (document, ord)',
    `CREATE TABLE IF NOT EXISTS events (
      key BIGINT PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      document TEXT NOT NULL,
      ord INTEGER NOT NULL,
      type TEXT NOT NULL,
      span_start INTEGER NOT NULL,
      span_end INTEGER NOT NULL,
      when_start TEXT,
      when_end TEXT,
      body TEXT NOT NULL
    )`,
    'CREATE INDEX IF NOT EXISTS events_by_document ON events (document, ord)',
    'CREATE INDEX IF NOT EXISTS events_by_when ON events (when_start, id)',
    'CREATE INDEX IF NOT EXISTS events_by_type ON events (type, when_start)',
    `CREATE TABLE IF NOT EXISTS event_places (
      event_key BIGINT NOT NULL,
      document TEXT NOT NULL,
      name_form TEXT NOT NULL
    )`,
    'CREATE INDEX IF NOT EXISTS event_places_by_name ON event_places (name_form, event_key)',
    'CREATE INDEX IF NOT EXISTS event_places_by_document ON event_places (document)',
    ...['quantities', 'dates', 'places', 'entities'].flatMap((table) => [
      `CREATE TABLE IF NOT EXISTS ${table} (
        document TEXT NOT NULL,
        ord INTEGER NOT NULL,
        name TEXT,
        body TEXT NOT NULL,
        PRIMARY KEY (document, ord)
      )`,
    ]),
    'CREATE INDEX IF NOT EXISTS places_by_name ON places (name)',
    'CREATE INDEX IF NOT EXISTS entities_by_name ON entities (name)',
  ],
  down: [
    'DROP TABLE IF EXISTS entities',
    'DROP TABLE IF EXISTS places',
    'DROP TABLE IF EXISTS dates',
    'DROP TABLE IF EXISTS quantities',
    'DROP TABLE IF EXISTS event_places',
    'DROP TABLE IF EXISTS events',
    'DROP TABLE IF EXISTS statements',
    'DROP TABLE IF EXISTS extractions',
  ],
};
