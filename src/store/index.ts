/**
 * The store: a disposable projection of the ledger into SQL tables with full-text search.
 * @module
 */
export type {
  DocumentSource,
  DocumentView,
  EventFilter,
  EventView,
  ListedDocument,
  ListedEvent,
  ProjectableEntry,
  ProjectableKind,
  ProjectionStore,
  ClaimInputs,
  EventPage,
  PropositionBuilder,
  PropositionFilter,
  RewriteOptions,
  SearchHit,
  SearchHitKind,
  SearchResults,
  StatementView,
  StoreStats,
  StoredExtraction,
  StoredSource,
} from './projection-store.js';
export { openSqliteStore, readClaimInputPages } from './sqlite/index.js';
export { createSqlProjectionStore } from './sql/sql-projection-store.js';
export type { Dialect, SqlDriver, SqlValue } from './sql/driver.js';
export type { SearchDialect, SearchKind } from './sql/search-dialect.js';
export { JOB_STATES, type Job, type JobFailure, type JobQueue, type JobState } from './job-queue.js';
export { parseSearchQuery, type SearchTerm } from './sql/search-query.js';
