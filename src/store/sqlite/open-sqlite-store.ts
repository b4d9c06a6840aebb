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
 * const store = await openSqliteStore('.sanad/store.sqlite');
 * (await store.search('Evin prison')).documents;
 */
export async function openSqliteStore(path: string): Promise<ProjectionStore> {
  const driver = connectSqlite(path);
  try {
    return await createSqlProjectionStore(
      driver,
      fts5SearchDialect,
      path === ':memory:' ? {} : { sqliteFile: path },
    );
  } catch (error) {
    await driver.close();
    throw error;
  }
}
