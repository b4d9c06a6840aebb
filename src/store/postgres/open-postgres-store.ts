/**
 * The server store: the same SQL projection as SQLite's, in a PostgreSQL database.
 * @module
 */
import type { ProjectionStore } from '../projection-store.js';
import { createSqlProjectionStore } from '../sql/sql-projection-store.js';
import { connectPostgres } from './postgres-driver.js';
import { tsvectorSearchDialect } from './tsvector-search-dialect.js';

/**
 * Opens the projection store in the PostgreSQL database at `url`, running pending migrations.
 * @example
 * const store = await openPostgresStore('postgres://sanad@localhost/sanad');
 * (await store.search('Evin prison')).documents;
 */
export async function openPostgresStore(url: string): Promise<ProjectionStore> {
  const driver = connectPostgres(url);
  try {
    return await createSqlProjectionStore(driver, tsvectorSearchDialect);
  } catch (error) {
    await driver.close();
    throw error;
  }
}
