/**
 * Everything sanad keeps in one PostgreSQL database: the ledger, the projection store and the
 * ingest job queue, over one connection pool.
 * @module
 */
import type { LedgerRecords, LedgerStore } from '../../ledger/index.js';
import type { JobQueue } from '../job-queue.js';
import type { ProjectionStore } from '../projection-store.js';
import { migrate } from '../sql/migrate.js';
import { createSqlProjectionStore } from '../sql/sql-projection-store.js';
import { connectPostgres } from './postgres-driver.js';
import { createPostgresJobQueue } from './postgres-job-queue.js';
import { createPostgresLedger } from './postgres-ledger-store.js';
import { SERVER_MIGRATIONS } from './server-migrations.js';
import { tsvectorSearchDialect } from './tsvector-search-dialect.js';

export interface PostgresSanad {
  readonly ledger: LedgerStore;
  /** Closing the store closes the connection pool the ledger and the queue share. */
  readonly store: ProjectionStore;
  readonly queue: JobQueue;
}

/**
 * Opens the ledger, store and job queue in the database at `url`, creating their tables.
 * @example
 * const { ledger, store, queue } = await openPostgresSanad('postgres://sanad@db/sanad');
 */
export async function openPostgresSanad(url: string): Promise<PostgresSanad> {
  const driver = connectPostgres(url);
  try {
    await migrate(driver, SERVER_MIGRATIONS);
    const store = await createSqlProjectionStore(driver, tsvectorSearchDialect);
    return {
      ledger: createPostgresLedger(driver, tsvectorSearchDialect),
      store,
      queue: createPostgresJobQueue(driver),
    };
  } catch (error) {
    await driver.close();
    throw error;
  }
}

/** The ledger's records in the database at `url`, for `sanad verify`; `close()` disconnects. */
export async function openPostgresLedgerRecords(
  url: string,
): Promise<LedgerRecords & { close(): Promise<void> }> {
  const driver = connectPostgres(url, { maxConnections: 1 });
  try {
    await migrate(driver, SERVER_MIGRATIONS);
  } catch (error) {
    await driver.close();
    throw error;
  }
  const ledger = createPostgresLedger(driver, tsvectorSearchDialect);
  return {
    records: () => ledger.records(),
    writerActive: () => ledger.writerActive(),
    close: () => driver.close(),
  };
}
