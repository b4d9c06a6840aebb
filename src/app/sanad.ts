/**
 * The composition root: opens the ledger, the store and the raw archive under one home
 * folder, keeps the store caught up with the ledger, and offers sanad's use-cases.
 * @module
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openRawArchive } from '../archive/index.js';
import { NotFoundError } from '../core/errors.js';
import { createDefaultPipeline, type Pipeline } from '../extract/index.js';
import { openFileLedger, verifyLedger, type LedgerStore, type VerifyResult } from '../ledger/index.js';
import {
  openSqliteStore,
  type DocumentView,
  type EventView,
  type ProjectionStore,
  type StatementView,
  type SearchResults,
  type StoreStats,
} from '../store/index.js';
import type { SanadConfig } from './config.js';
import { ingestDocuments, type IngestOptions, type IngestSummary } from './ingest-documents.js';

/** Entries replayed into the store per transaction when catching up or rebuilding. */
const REPLAY_BATCH = 500;

export interface Sanad {
  readonly config: SanadConfig;
  /** The extraction pipeline's version string (its stages, in order). */
  readonly extractor: string;
  /** Reads, cleans, extracts and appends; see IngestOptions. */
  ingest(inputs: readonly string[], options?: IngestOptions): Promise<IngestSummary>;
  search(query: string, options?: { limit?: number }): SearchResults;
  /** A document by full id or unique prefix; throws NotFoundError. */
  document(id: string): DocumentView;
  /** A statement by its `st_…` id, with the text it covers; throws NotFoundError. */
  statement(id: string): StatementView;
  /** An event by its `ev_…` id, with the text it covers; throws NotFoundError. */
  event(id: string): EventView;
  events(filter?: Parameters<ProjectionStore['listEvents']>[0]): ReturnType<ProjectionStore['listEvents']>;
  listDocuments(
    options?: Parameters<ProjectionStore['listDocuments']>[0],
  ): ReturnType<ProjectionStore['listDocuments']>;
  stats(): StoreStats & { head: string };
  /** Raw original bytes by their hash. */
  raw(hash: string): Buffer | null;
  /** Drops the projections and replays the whole ledger into them. */
  rebuild(onProgress?: (applied: number) => void): { entries: number; seconds: number };
  close(): void;
}

export function ledgerPath(home: string): string {
  return join(home, 'ledger.jsonl');
}

/** Recomputes the ledger's hash chain without opening the store. */
export function verify(config: SanadConfig): VerifyResult {
  return verifyLedger(ledgerPath(config.home));
}

export function openSanad(config: SanadConfig, pipeline: Pipeline = createDefaultPipeline()): Sanad {
  mkdirSync(config.home, { recursive: true });
  const ledger = openFileLedger(ledgerPath(config.home));
  const store = openSqliteStore(join(config.home, 'store.sqlite'));
  const archive = openRawArchive(join(config.home, 'raw'));
  catchUp(ledger, store);
  const limits = { maxBytes: config.maxBytes, timeoutMs: config.timeoutMs };

  return {
    config,
    extractor: pipeline.version,
    ingest: (inputs, options) =>
      ingestDocuments({ ledger, store, archive, pipeline, limits }, inputs, options),
    search: (query, options) => store.search(query, options),
    document(id) {
      const view = store.getDocument(id);
      if (!view) throw new NotFoundError('document', id);
      return view;
    },
    statement(id) {
      const view = store.getStatement(id);
      if (!view) throw new NotFoundError('statement', id);
      return view;
    },
    event(id) {
      const view = store.getEvent(id);
      if (!view) throw new NotFoundError('event', id);
      return view;
    },
    events: (filter) => store.listEvents(filter),
    listDocuments: (options) => store.listDocuments(options),
    stats: () => ({ ...store.stats(), head: ledger.head().hash }),
    raw: (hash) => archive.get(hash),
    rebuild(onProgress) {
      const started = performance.now();
      store.reset();
      const entries = catchUp(ledger, store, onProgress);
      return { entries, seconds: (performance.now() - started) / 1000 };
    },
    close() {
      store.close();
      ledger.close();
    },
  };
}

/** Applies every ledger entry the store has not seen; returns how many. */
function catchUp(
  ledger: LedgerStore,
  store: ProjectionStore,
  onProgress?: (applied: number) => void,
): number {
  let batch = [];
  let applied = 0;
  for (const entry of ledger.entries(store.lastSeq())) {
    batch.push(entry);
    if (batch.length >= REPLAY_BATCH) {
      store.apply(batch);
      applied += batch.length;
      onProgress?.(applied);
      batch = [];
    }
  }
  if (batch.length > 0) {
    store.apply(batch);
    applied += batch.length;
    onProgress?.(applied);
  }
  return applied;
}
