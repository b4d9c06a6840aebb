/**
 * The composition root: opens the ledger, the store and the raw archive under one home
 * folder, keeps the store caught up with the ledger, and offers sanad's use-cases. Ingest and
 * extraction load (about a second of imports and rules) only when a document is ingested, so
 * that reading commands start fast.
 * @module
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openRawArchive } from '../archive/index.js';
import { NotFoundError, SanadError } from '../core/errors.js';
import type { Pipeline } from '../extract/index.js';
import {
  openFileLedger,
  readFileLedger,
  verifyLedger,
  type AppendTimes,
  type LedgerEntry,
  type LedgerStore,
  type VerifyResult,
} from '../ledger/index.js';
import type { Proposition, Review, StoredProposition } from '../core/claims.js';
import type {
  DocumentView,
  EventFilter,
  EventPage,
  ListedDocument,
  ListedEvent,
  EventView,
  JobQueue,
  ProjectionStore,
  PropositionFilter,
  SearchResults,
  StatementView,
  StoreStats,
  StoredSource,
  DocumentSource,
} from '../store/index.js';
import {
  listClaims,
  propositionView,
  recordReview,
  regroup,
  regroupIfStale,
  type PropositionView,
  type ReviewRequest,
} from './claims.js';
import { SOURCE_GROUPS, isSourceGroup } from '../sources/index.js';
import type { SanadConfig } from './config.js';
import { startExtractionPool, type ExtractionPool } from './extraction-pool.js';
import { prepareRegroupHelper, type PreparedRegroupHelper } from './regroup-helper.js';
import { reviewedItems } from './reviewed-items.js';
import type { IngestOptions, IngestSummary } from './ingest-documents.js';
import { addSource, editSource, type SourceChanges, type SourceInput } from './register-source.js';

/** Entries replayed into the store per transaction when catching up or rebuilding. */
const REPLAY_BATCH = 500;
/**
 * Documents from which an ingest with the default pipeline starts the regroup's helper thread
 * (see regroup-helper.ts) once it has read its inputs: at 3 to 4 events a report the store will
 * be large enough to regroup on two threads, and the thread loads its modules while the last
 * documents are extracted and stored (about a quarter of a second the regroup would otherwise wait).
 */
const HELPER_AHEAD_FROM_DOCUMENTS = 2_000;

export interface Sanad {
  readonly config: SanadConfig;
  /** The ingest job queue, when the store is a server database (`sanad ingest --queue`, `sanad worker`). */
  readonly queue?: JobQueue;
  /** Reads, cleans, extracts and appends; see IngestOptions. */
  ingest(inputs: readonly string[], options?: IngestOptions): Promise<IngestSummary>;
  search(query: string, options?: { limit?: number }): Promise<SearchResults>;
  /** A document by full id or unique prefix; rejects with NotFoundError. */
  document(id: string): Promise<DocumentView>;
  /** A statement by its `st_…` id, with the text it covers; rejects with NotFoundError. */
  statement(id: string): Promise<StatementView>;
  /** An event by its `ev_…` id, with the text it covers; rejects with NotFoundError. */
  event(id: string): Promise<EventView>;
  events(filter?: EventFilter): Promise<ListedEvent[]>;
  /** Every event, earliest first (undated last), ties by id, a page at a time with its documents (for exports). */
  eventPages(): AsyncIterable<EventPage>;
  listDocuments(options?: { limit?: number; offset?: number }): Promise<ListedDocument[]>;
  /** Propositions, as `sanad claims --json` prints them. */
  claims(filter?: PropositionFilter): Promise<Proposition[]>;
  /** A proposition by its `pr_…` id with its review history; rejects with NotFoundError. */
  proposition(id: string): Promise<PropositionView>;
  /** Records an analyst's decision on a proposition, event or statement as a ledger entry. */
  review(request: ReviewRequest): Promise<Review>;
  /** Reviews of one target, newest first. */
  reviewsOf(target: string): Promise<Review[]>;
  /** Groups every event into propositions again. */
  regroup(): Promise<{ propositions: number; seconds: number }>;
  stats(): Promise<StoreStats & { head: string }>;
  /** Sources, shipped and registered; rejects an unknown group. */
  sources(options?: { group?: string }): Promise<StoredSource[]>;
  /** Registers a new source (a `source.registered` ledger entry); rejects duplicates and unknown kinds or groups. */
  addSource(input: SourceInput): Promise<StoredSource>;
  /** Changes a source found by id, name or domain; given names and domains are added to its own. */
  editSource(nameOrId: string, changes: SourceChanges): Promise<StoredSource>;
  /** The source each matched document was matched to, in ledger order. */
  documentSources(): Promise<DocumentSource[]>;
  /** The source a document (by full id) was matched to, with the source itself; null when none was. */
  documentSource(document: string): Promise<(DocumentSource & { source: StoredSource | null }) | null>;
  /** The affiliation group of each of these documents' source, when one was matched. */
  documentGroups(documents: readonly string[]): Promise<Map<string, string>>;
  /** The propositions grouping these events, as stored (verdicts, without assertions), by id. */
  propositionsOf(events: readonly string[]): Promise<StoredProposition[]>;
  /** Ids of the reviewed propositions, statements and events, and of the events a reviewed proposition groups. */
  reviewedItems(): Promise<ReadonlySet<string>>;
  /** Time this process's appends waited for the ledger's head and held it, when the ledger is shared. */
  appendTimes(): AppendTimes | null;
  /** Every ledger entry, in order (for exports). */
  ledgerEntries(): AsyncIterable<LedgerEntry>;
  /** Raw original bytes by their hash. */
  raw(hash: string): Promise<Buffer | null>;
  /** Drops the projections and replays the whole ledger into them. */
  rebuild(onProgress?: (applied: number) => void): Promise<{ entries: number; seconds: number }>;
  close(): Promise<void>;
}

export function ledgerPath(home: string): string {
  return join(home, 'ledger.jsonl');
}

/**
 * Recomputes the ledger's hash chain without opening the store or taking the writer's lock: the
 * file in the home folder, or the ledger table when the configuration names a database.
 */
export async function verify(config: SanadConfig): Promise<VerifyResult> {
  if (!config.databaseUrl) return verifyLedger(readFileLedger(ledgerPath(config.home)));
  const { openPostgresLedgerRecords } = await import('../store/postgres/index.js');
  const records = await openPostgresLedgerRecords(config.databaseUrl);
  try {
    return await verifyLedger(records);
  } finally {
    await records.close();
  }
}

/**
 * Opens the ledger, the store and the raw archive under `config.home`, and catches the store up.
 * `pipeline` defaults to the default extraction preset, created at the first ingest; only that
 * one also runs on worker threads (`config.extractionThreads`), which build their own.
 */
export async function openSanad(config: SanadConfig, pipeline?: Pipeline): Promise<Sanad> {
  const defaultPipeline = pipeline === undefined;
  mkdirSync(config.home, { recursive: true });
  const { ledger, store, queue } = await openLedgerAndStore(config);
  const archive = openRawArchive(join(config.home, 'raw'));
  try {
    await catchUp(ledger, store);
    await regroupIfStale(store);
  } catch (error) {
    await store.close();
    await ledger.close();
    throw error;
  }
  const limits = { maxBytes: config.maxBytes, timeoutMs: config.timeoutMs };
  // Started by the first ingest that needs it, kept for the next ones.
  let pool: Promise<ExtractionPool | null> | undefined;

  return {
    config,
    ...(queue ? { queue } : {}),
    async ingest(inputs, options) {
      const { ingestDocuments } = await import('./ingest-documents.js');
      pipeline ??= (await import('../extract/index.js')).createDefaultPipeline();
      const version = pipeline.version;
      const extractionPool = (): Promise<ExtractionPool | null> =>
        (pool ??= startExtractionPool(defaultPipeline ? config.extractionThreads : 0, version));
      const regroupAfter = options?.regroup !== false;
      let prepared: PreparedRegroupHelper | undefined;
      const onInputsRead = (documents: number): void => {
        options?.onInputsRead?.(documents);
        // A pipeline of the caller's own may find no events at all (the bench's ingest without extraction).
        const eventsExpected = defaultPipeline && documents >= HELPER_AHEAD_FROM_DOCUMENTS;
        if (regroupAfter && store.sqliteFile !== null && eventsExpected) prepared ??= prepareRegroupHelper();
      };
      let summary: IngestSummary;
      try {
        summary = await ingestDocuments(
          { ledger, store, archive, pipeline, limits, extractionPool },
          inputs,
          { ...options, onInputsRead },
        );
      } catch (error) {
        await prepared?.close();
        throw error;
      }
      if (regroupAfter) await regroupIfStale(store, prepared ? { prepared } : {});
      return summary;
    },
    search: (query, options) => store.search(query, options),
    async document(id) {
      const view = await store.getDocument(id);
      if (!view) throw new NotFoundError('document', id);
      return view;
    },
    async statement(id) {
      const view = await store.getStatement(id);
      if (!view) throw new NotFoundError('statement', id);
      return view;
    },
    async event(id) {
      const view = await store.getEvent(id);
      if (!view) throw new NotFoundError('event', id);
      return view;
    },
    events: (filter) => store.listEvents(filter),
    eventPages: () => store.eventPages(),
    listDocuments: (options) => store.listDocuments(options),
    claims: (filter) => listClaims(store, filter),
    proposition: (id) => propositionView(store, id),
    review: (request) => recordReview(ledger, store, request),
    reviewsOf: async (target) => (await store.reviews([target])).reverse(),
    regroup: () => regroup(store),
    stats: async () => ({ ...(await store.stats()), head: (await ledger.head()).hash }),
    async sources(options = {}) {
      if (options.group !== undefined && !isSourceGroup(options.group)) {
        throw new SanadError(
          'SANAD_INVALID_ARGUMENT',
          `Cannot list sources of group "${options.group}": no such group; use one of ${SOURCE_GROUPS.join(', ')}`,
        );
      }
      return store.listSources(options);
    },
    addSource: (input) => addSource({ ledger, store }, input),
    editSource: (nameOrId, changes) => editSource({ ledger, store }, nameOrId, changes),
    documentSources: () => store.listDocumentSources(),
    async documentSource(document) {
      const match = await store.getDocumentSource(document);
      if (!match) return null;
      const source = (await store.listSources()).find((s) => s.id === match.source_id) ?? null;
      return { ...match, source };
    },
    documentGroups: (documents) => store.documentGroups(documents),
    reviewedItems: () => reviewedItems(store),
    async propositionsOf(events) {
      const ids = await store.propositionsHolding(events);
      const found = await Promise.all(ids.map((id) => store.getProposition(id)));
      return found.filter((p): p is StoredProposition => p !== null);
    },
    appendTimes: () => ledger.appendTimes?.() ?? null,
    ledgerEntries: () => ledger.entries(0),
    raw: (hash) => archive.get(hash),
    async rebuild(onProgress) {
      const started = performance.now();
      await store.reset();
      const entries = await catchUp(ledger, store, onProgress);
      await regroup(store);
      return { entries, seconds: (performance.now() - started) / 1000 };
    },
    async close() {
      await (await pool)?.close();
      await archive.close();
      await store.close();
      await ledger.close();
    },
  };
}

/**
 * The ledger and store the configuration names: with `databaseUrl`, both (and the job queue) in
 * PostgreSQL, so that workers on several machines append to one chain; else the ledger file and
 * the SQLite store in the home folder.
 */
async function openLedgerAndStore(
  config: SanadConfig,
): Promise<{ ledger: LedgerStore; store: ProjectionStore; queue?: JobQueue }> {
  if (config.databaseUrl) {
    const { openPostgresSanad } = await import('../store/postgres/index.js');
    return openPostgresSanad(config.databaseUrl);
  }
  const ledger = openFileLedger(ledgerPath(config.home));
  try {
    const { openSqliteStore } = await import('../store/index.js');
    return { ledger, store: await openSqliteStore(join(config.home, 'store.sqlite')) };
  } catch (error) {
    await ledger.close();
    throw error;
  }
}

/** Applies every ledger entry the store has not seen; resolves to how many. */
async function catchUp(
  ledger: LedgerStore,
  store: ProjectionStore,
  onProgress?: (applied: number) => void,
): Promise<number> {
  let batch: LedgerEntry[] = [];
  let applied = 0;
  for await (const entry of ledger.entries(await store.lastSeq())) {
    batch.push(entry);
    if (batch.length >= REPLAY_BATCH) {
      await store.apply(batch);
      applied += batch.length;
      onProgress?.(applied);
      batch = [];
    }
  }
  if (batch.length > 0) {
    await store.apply(batch);
    applied += batch.length;
    onProgress?.(applied);
  }
  return applied;
}
