export { openPostgresStore } from './open-postgres-store.js';
export { connectPostgres, redactedUrl } from './postgres-driver.js';
export { tsvectorSearchDialect } from './tsvector-search-dialect.js';
export { openPostgresLedgerRecords, openPostgresSanad, type PostgresSanad } from './open-postgres-sanad.js';
