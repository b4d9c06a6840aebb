export { openSqliteStore } from './open-sqlite-store.js';
export { connectSqlite } from './sqlite-driver.js';
export { fts5SearchDialect } from './fts5-search-dialect.js';
export { readClaimInputPages } from './claim-input-reader.js';
