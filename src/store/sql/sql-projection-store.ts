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
import type { EventType, SanadEvent, Statement } from '../../core/types.js';
import { LAST_SEQ_SQL, applyEntries } from './_apply-entries.js';
import { evidenceOf, listDocuments, readDocument } from './_documents.js';
import { eventPages } from './_event-pages.js';
import { eventListQuery } from './_event-query.js';
import { clampLimit, clampOffset } from './_limits.js';
import {
  groupingState,
  listPropositions,
  listReviews,
  propositionsHolding,
  readClaimInputs,
  readProposition,
  rewritePropositions,
  updatePropositions,
} from './_propositions.js';
import { searchStore } from './_search.js';
import {
  documentGroups,
  getDocumentSource,
  listDocumentSources,
  listSources,
  seedRegistry,
} from './_sources.js';
import { loadSourceRegistry } from '../../sources/index.js';
import type { SqlDriver } from './driver.js';
import { migrate, unmigrate } from './migrate.js';
import type { SearchDialect } from './search-dialect.js';

const STATS_SQL = `SELECT
  (SELECT COUNT(*) FROM documents) AS documents,
  (SELECT COUNT(*) FROM statements) AS statements,
  (SELECT COUNT(*) FROM events) AS events,
  (SELECT SUM(quantity_count) FROM extractions) AS quantities,
  (SELECT SUM(place_count) FROM extractions) AS places,
  (SELECT SUM(entity_count) FROM extractions) AS entities,
  (SELECT SUM(date_count) FROM extractions) AS dates`;

interface ItemRow {
  id: string;
  document: string;
  body: string;
}

/**
 * A ProjectionStore over an open connection; runs pending migrations first.
 * @example
 * const store = await createSqlProjectionStore(connectSqlite('store.sqlite'), fts5SearchDialect);
 */
export async function createSqlProjectionStore(
  driver: SqlDriver,
  search: SearchDialect,
  options: { readonly sqliteFile?: string } = {},
): Promise<ProjectionStore> {
  await migrate(driver);
  await seedRegistry(driver, loadSourceRegistry());
  const lastSeq = async (): Promise<number> =>
    Number((await driver.get<{ value: number }>(LAST_SEQ_SQL))?.value ?? 0);
  const item = async <T extends { span: readonly [number, number] }>(
    table: 'statements' | 'events',
    id: string,
  ): Promise<(T & { id: string; document: string; evidence: string | null }) | null> => {
    const row = await driver.get<ItemRow>(`SELECT id, document, body FROM ${table} WHERE id = ?`, [id]);
    if (!row) return null;
    const body = JSON.parse(row.body) as T;
    return {
      ...body,
      id: row.id,
      document: row.document,
      evidence: await evidenceOf(driver, row.document, body.span),
    };
  };
  return {
    lastSeq,
    async apply(entries) {
      if (entries.length === 0) return;
      await driver.transaction((tx) => applyEntries(tx, search, entries));
    },
    hasDocument: async (id) =>
      (await driver.get('SELECT 1 AS found FROM documents WHERE id = ?', [id])) !== undefined,
    search: (query, options) => searchStore(driver, search, query, options),
    getDocument: (id) => readDocument(driver, id),
    listDocuments: (options = {}) =>
      listDocuments(driver, clampLimit(options.limit, 100, 100_000), clampOffset(options.offset)),
    async listEvents(filter = {}) {
      const { sql, params } = eventListQuery(filter);
      const rows = await driver.all<ItemRow>(sql, params);
      return rows.map((row): ListedEvent => ({
        ...(JSON.parse(row.body) as SanadEvent),
        id: row.id,
        document: row.document,
      }));
    },
    eventPages: () => eventPages(driver),
    getStatement: (id): Promise<StatementView | null> => item<Statement>('statements', id),
    getEvent: (id): Promise<EventView | null> => item<SanadEvent>('events', id),
    claimInputs: (eventIds) => readClaimInputs(driver, eventIds),
    reviews: (targets) => listReviews(driver, targets),
    rewritePropositions: (groupedSeq, group, rewrite = {}) =>
      driver.transaction((tx) => rewritePropositions(tx, groupedSeq, group, rewrite.types)),
    async eventTypeCounts() {
      const rows = await driver.all<{ type: EventType; n: number }>(
        'SELECT type, COUNT(*) AS n FROM events GROUP BY type',
      );
      return new Map(rows.map((row) => [row.type, Number(row.n)]));
    },
    sqliteFile: options.sqliteFile ?? null,
    updatePropositions: (propositions) => driver.transaction((tx) => updatePropositions(tx, propositions)),
    propositionsHolding: (ids) => propositionsHolding(driver, ids),
    listPropositions: (filter = {}) => listPropositions(driver, filter),
    getProposition: (id) => readProposition(driver, id),
    async propositionsStale() {
      const { extractionSeq, groupedSeq } = await groupingState(driver);
      return { stale: groupedSeq === null || groupedSeq !== extractionSeq, extractionSeq };
    },
    listSources: (options = {}) => listSources(driver, options.group),
    listDocumentSources: () => listDocumentSources(driver),
    getDocumentSource: (document) => getDocumentSource(driver, document),
    documentGroups: (documents) => documentGroups(driver, documents),
    async stats() {
      const counts = (await driver.get<Omit<StoreStats, 'lastSeq'>>(STATS_SQL))!;
      const number = (value: unknown): number => Number(value ?? 0);
      return {
        documents: number(counts.documents),
        statements: number(counts.statements),
        events: number(counts.events),
        quantities: number(counts.quantities),
        places: number(counts.places),
        entities: number(counts.entities),
        dates: number(counts.dates),
        lastSeq: await lastSeq(),
      };
    },
    async reset() {
      await unmigrate(driver);
      await migrate(driver);
      await seedRegistry(driver, loadSourceRegistry());
    },
    close: () => driver.close(),
  };
}
