/**
 * The projection store written once for every SQL dialect: a driver runs the SQL, a search
 * dialect supplies the full-text parts.
 * @module
 */
import type {
  EventView,
  ListedEvent,
  ProjectionStore,
  StatementView,
  StoreStats,
} from '../projection-store.js';
import type { SanadEvent, Statement } from '../../core/types.js';
import { LAST_SEQ_SQL, applyEntries } from './_apply-entries.js';
import { evidenceOf, listDocuments, readDocument } from './_documents.js';
import { eventListQuery } from './_event-query.js';
import { clampLimit, clampOffset } from './_limits.js';
import { searchStore } from './_search.js';
import type { SqlDriver } from './driver.js';
import { migrate, unmigrate } from './migrate.js';
import type { SearchDialect } from './search-dialect.js';

const STATS_SQL = `SELECT
  (SELECT COUNT(*) FROM documents) AS documents,
  (SELECT COUNT(*) FROM statements) AS statements,
  (SELECT COUNT(*) FROM events) AS events,
  (SELECT COUNT(*) FROM quantities) AS quantities,
  (SELECT COUNT(*) FROM places) AS places,
  (SELECT COUNT(*) FROM entities) AS entities,
  (SELECT COUNT(*) FROM dates) AS dates`;

interface ItemRow {
  id: string;
  document: string;
  body: string;
}

/**
 * A ProjectionStore over an open connection; runs pending migrations first.
 * @example
 * const store = createSqlProjectionStore(connectSqlite('store.sqlite'), fts5SearchDialect);
 */
export function createSqlProjectionStore(driver: SqlDriver, search: SearchDialect): ProjectionStore {
  migrate(driver);
  const lastSeq = (): number => Number(driver.get<{ value: number }>(LAST_SEQ_SQL)?.value ?? 0);

  return {
    lastSeq,
    apply(entries) {
      if (entries.length === 0) return;
      driver.transaction(() => applyEntries(driver, search, entries));
    },
    hasDocument: (id) => driver.get('SELECT 1 AS found FROM documents WHERE id = ?', [id]) !== undefined,
    search: (query, options) => searchStore(driver, search, query, options),
    getDocument: (id) => readDocument(driver, id),
    listDocuments: (options = {}) =>
      listDocuments(driver, clampLimit(options.limit, 100, 100_000), clampOffset(options.offset)),
    listEvents(filter = {}) {
      const { sql, params } = eventListQuery(filter);
      return driver.all<ItemRow>(sql, params).map((row): ListedEvent => ({
        ...(JSON.parse(row.body) as SanadEvent),
        id: row.id,
        document: row.document,
      }));
    },
    getStatement(id) {
      const row = driver.get<ItemRow>('SELECT id, document, body FROM statements WHERE id = ?', [id]);
      if (!row) return null;
      const statement = JSON.parse(row.body) as Statement;
      const view: StatementView = {
        ...statement,
        id: row.id,
        document: row.document,
        evidence: evidenceOf(driver, row.document, statement.span),
      };
      return view;
    },
    getEvent(id) {
      const row = driver.get<ItemRow>('SELECT id, document, body FROM events WHERE id = ?', [id]);
      if (!row) return null;
      const event = JSON.parse(row.body) as SanadEvent;
      const view: EventView = {
        ...event,
        id: row.id,
        document: row.document,
        evidence: evidenceOf(driver, row.document, event.span),
      };
      return view;
    },
    stats() {
      const counts = driver.get<Omit<StoreStats, 'lastSeq'>>(STATS_SQL)!;
      const number = (value: unknown): number => Number(value ?? 0);
      return {
        documents: number(counts.documents),
        statements: number(counts.statements),
        events: number(counts.events),
        quantities: number(counts.quantities),
        places: number(counts.places),
        entities: number(counts.entities),
        dates: number(counts.dates),
        lastSeq: lastSeq(),
      };
    },
    reset() {
      unmigrate(driver);
      migrate(driver);
    },
    close: () => driver.close(),
  };
}
