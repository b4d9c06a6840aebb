/**
 * The read model's port: what the app asks of a projection store, whatever database holds it.
 * The store is disposable; the ledger is the only source of truth.
 * @module
 */
import type { ClaimEvent, ClaimStatement, Proposition, Review, StoredProposition } from '../core/claims.js';
import type { EventType, Extraction, SanadDocument, SanadEvent, Statement } from '../core/types.js';
import type { SourceMatch, SourceRecord } from '../sources/index.js';

/** The kinds of ledger entry the store knows; others are kept generically. */
export type ProjectableKind =
  'document.added' | 'extraction.added' | 'source.registered' | 'review.recorded' | 'entity.merged';

/** The structural shape of a ledger entry, as far as the store reads it. */
export interface ProjectableEntry {
  readonly seq: number;
  readonly at: string;
  readonly kind: ProjectableKind;
  readonly payload: unknown;
  readonly prev: string;
  readonly hash: string;
}

export interface StoreStats {
  documents: number;
  statements: number;
  events: number;
  quantities: number;
  places: number;
  entities: number;
  dates: number;
  lastSeq: number;
}

export type SearchHitKind = 'document' | 'statement' | 'event';

export interface SearchHit {
  kind: SearchHitKind;
  id: string;
  document: string;
  title: string | null;
  /** Plain text from the original wording around the first match; never markup. */
  snippet: string;
  /** `YYYY-MM-DD`: the start of the document's publication time. */
  published: string | null;
  source: string | null;
  language: string;
  /** Higher is better (negated bm25). */
  score: number;
}

export interface SearchResults {
  query: string;
  documents: SearchHit[];
  statements: SearchHit[];
  events: SearchHit[];
}

/** An extraction as stored: statements and events carry the ids the store gave them. */
export type StoredExtraction = Omit<Extraction, 'statements' | 'events'> & {
  extractor: string;
  statements: ReadonlyArray<Statement & { id: string }>;
  events: ReadonlyArray<SanadEvent & { id: string }>;
};

export interface DocumentView {
  document: SanadDocument;
  extraction: StoredExtraction | null;
  /** The ledger entry that added the document. */
  seq: number;
}

export type ListedDocument = Omit<SanadDocument, 'text'> & { seq: number; chars: number };

/** A page of events with the documents they come from. */
export interface EventPage {
  readonly events: ListedEvent[];
  readonly documents: ListedDocument[];
}

export interface EventFilter {
  type?: string;
  /** Only events ending on or after this day (`YYYY-MM-DD`). */
  from?: string;
  /** Only events starting on or before this day (`YYYY-MM-DD`). */
  to?: string;
  /** Only events whose `where` names this place (compared in search form). */
  place?: string;
  limit?: number;
}

export type ListedEvent = SanadEvent & { id: string; document: string };

/** A statement with its id, document and the text its span covers (null when the document is missing). */
export type StatementView = Statement & { id: string; document: string; evidence: string | null };

/** An event with its id, document and the text its span covers (null when the document is missing). */
export type EventView = SanadEvent & { id: string; document: string; evidence: string | null };

export interface PropositionFilter {
  /** Only propositions whose counted figures do (true) or do not (false) contest each other. */
  contested?: boolean;
  /** Only propositions asserted by this affiliation group. */
  group?: string;
  /** Only propositions with (true) or without (false) a review of their own. */
  reviewed?: boolean;
  /** 'contested': contested first, then by corroboration; otherwise newest first. */
  order?: 'newest' | 'contested';
  limit?: number;
}

/** A source as the store holds it: shipped with sanad, or registered (added or edited) through the ledger. */
export type StoredSource = SourceRecord & {
  origin: 'registry' | 'ledger';
  /** The `source.registered` entry that last set it; null for a shipped source. */
  seq: number | null;
};

/** The source a document was matched to when it was added. */
export type DocumentSource = SourceMatch & { document: string };

/** Port: the read model. Every method resolves once the database has answered. */
/** Events with their document's source and evidence, and the statements of their documents. */
export interface ClaimInputs {
  readonly events: ClaimEvent[];
  readonly statements: ClaimStatement[];
}

/** Makes propositions, a batch at a time, of claim inputs read a page at a time in time order. */
export type PropositionBuilder = (pages: AsyncIterable<ClaimInputs>) => AsyncIterable<readonly Proposition[]>;

export interface RewriteOptions {
  /**
   * Feed the builder only events of these types. It must still yield every proposition, those of
   * the other types made elsewhere (another thread reading `sqliteFile`), since all are replaced.
   */
  readonly types?: readonly EventType[];
}

export interface ProjectionStore {
  /** The seq of the last ledger entry applied; 0 for an empty store. */
  lastSeq(): Promise<number>;
  /**
   * Applies entries in one transaction; entries with seq <= lastSeq() are skipped, so replay is
   * idempotent. Entries must come in seq order with no gaps after lastSeq().
   */
  apply(entries: readonly ProjectableEntry[]): Promise<void>;
  /** Whether a document with exactly this id has been applied. */
  hasDocument(id: string): Promise<boolean>;
  /**
   * Full-text search; English and Persian; results grouped by kind, best first, deterministic ties
   * (by id). A query matching more than RANKED_MATCHES items of a kind ranks the ones added last.
   */
  search(query: string, options?: { limit?: number }): Promise<SearchResults>;
  /**
   * A document with its current extraction. `id` may be the full `sha256:…` id or a unique prefix of
   * at least 8 hex characters, with or without `sha256:`. Null when nothing matches; rejects with a
   * SanadError 'SANAD_INVALID_ARGUMENT' when a prefix matches several documents.
   */
  getDocument(id: string): Promise<DocumentView | null>;
  /** Documents without their text, in ledger order. */
  listDocuments(options?: { limit?: number; offset?: number }): Promise<ListedDocument[]>;
  /** Events of the current extractions, newest first (undated last), ties by id. */
  listEvents(filter?: EventFilter): Promise<ListedEvent[]>;
  /** Every event, earliest first (undated last), ties by id, a page at a time, with its documents. */
  eventPages(): AsyncIterable<EventPage>;
  /** One statement by its `st_…` id, or null. */
  getStatement(id: string): Promise<StatementView | null>;
  /** One event by its `ev_…` id, or null. */
  getEvent(id: string): Promise<EventView | null>;
  /**
   * The events with these ids, with their document's source and evidence, and the chains of
   * their documents' statements.
   */
  claimInputs(eventIds: readonly string[]): Promise<ClaimInputs>;
  /** Reviews of these targets (all reviews when omitted), oldest first. */
  reviews(targets?: readonly string[]): Promise<Review[]>;
  /**
   * Replaces every proposition, in one transaction, with those `group` makes of every current
   * event (fed a page at a time, in time order), and records the extraction seq they were grouped
   * at; resolves to how many there are. Only verdicts and assertion ids are kept: assertions are
   * rebuilt from their events when read.
   */
  rewritePropositions(
    groupedSeq: number,
    group: PropositionBuilder,
    options?: RewriteOptions,
  ): Promise<number>;
  /** How many current events there are of each type (types with none are left out). */
  eventTypeCounts(): Promise<Map<EventType, number>>;
  /**
   * The SQLite file the store lives in, which another thread may open to read; null for a store
   * on a database server.
   */
  readonly sqliteFile: string | null;
  /** Rewrites existing propositions after a review, keeping their order. */
  updatePropositions(propositions: readonly Proposition[]): Promise<void>;
  /** Ids of the propositions holding assertions from these event, statement or assertion ids. */
  propositionsHolding(ids: readonly string[]): Promise<string[]>;
  listPropositions(filter?: PropositionFilter): Promise<StoredProposition[]>;
  /** One proposition by its `pr_…` id, or null. */
  getProposition(id: string): Promise<StoredProposition | null>;
  /** Whether extractions changed since propositions were last grouped. */
  propositionsStale(): Promise<{ stale: boolean; extractionSeq: number }>;
  /** Sources, shipped ones first in registry order, then those registered through the ledger. */
  listSources(options?: { group?: string }): Promise<StoredSource[]>;
  /** The source each matched document was matched to, in ledger order. */
  listDocumentSources(): Promise<DocumentSource[]>;
  /** The source one document (by full id) was matched to, or null. */
  getDocumentSource(document: string): Promise<DocumentSource | null>;
  /** The affiliation group of each of these documents' matched source; unmatched ones are left out. */
  documentGroups(documents: readonly string[]): Promise<Map<string, string>>;
  /** Row counts of the projections and the last applied seq. */
  stats(): Promise<StoreStats>;
  /** Drops every projection table and recreates the empty schema (for `sanad rebuild`). */
  reset(): Promise<void>;
  /** Releases the database; the store cannot be used afterwards. */
  close(): Promise<void>;
}
