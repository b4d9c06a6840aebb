/**
 * The default store: one SQLite file beside the ledger.
 * @module
 */
import type { ProjectionStore } from '../projection-store.js';
import { createSqlProjectionStore } from '../sql/sql-projection-store.js';
import { fts5SearchDialect } from './fts5-search-dialect.js';
import { connectSqlite } from './sqlite-driver.js';

/**
 * Opens the projection store in the SQLite file at `path`, creating it and running migrations.
 * @example
 * const store = openSqliteStore('.sanad/store.sqlite');
 * store.apply(ledger.entries(store.lastSeq()));
 * store.search('Evin prison').documents;
 */
export function openSqliteStore(path: string): ProjectionStore {
  const driver = connectSqlite(path);
  try {
    return createSqlProjectionStore(driver, fts5SearchDialect);
  } catch (error) {
    driver.close();
    throw error;
  }
}
