/**
 * The seam between dialect-neutral store logic and a database's full-text search (FTS5 on
 * SQLite, tsvector later on PostgreSQL). Implementations only build SQL; the store runs it.
 * @module
 */
import type { SqlValue } from './driver.js';
import type { SearchTerm } from './search-query.js';

export type SearchKind = 'document' | 'statement' | 'event';

/** The fields each kind's index holds, in order, each in search form. */
export const SEARCH_FIELDS = {
  document: ['title', 'body'],
  statement: ['quote', 'speaker'],
  event: ['summary', 'type', 'places'],
} as const satisfies Record<SearchKind, readonly string[]>;

/** A row of `matchSql`: the indexed row's key and its rank, lower is better. */
/** The table holding each kind's public id, and the column its search index's key refers to. */
export const SEARCH_BASE = {
  document: { table: 'documents', key: 'seq' },
  statement: { table: 'statements', key: 'key' },
  event: { table: 'events', key: 'key' },
} as const;

export interface SearchMatchRow {
  readonly key: number;
  readonly rank: number;
}

/** Port: full-text search SQL for one dialect. */
export interface SearchDialect {
  /** Adds one row to a kind's index. Params: the row's key, then those `fieldParams` returns. */
  insertSql(kind: SearchKind): string;
  /** The parameters of `insertSql` after the key, for the kind's SEARCH_FIELDS in search form. */
  fieldParams(kind: SearchKind, fields: readonly string[]): SqlValue[];
  /** Removes from the index every statement or event of one document. Param: the document id. */
  deleteByDocumentSql(kind: 'statement' | 'event'): string;
  /**
   * Selects the `key` of the match at a given place counting from the newest (highest key).
   * Params: the value of `expression(terms)`, then the place (0 for the newest).
   */
  newestKeySql(kind: SearchKind): string;
  /**
   * Selects `key` and `rank` of the best matches whose key is at least a floor, best first, ties by
   * the row's public id. Params: the value of `expression(terms)`, the floor, then the limit.
   */
  matchSql(kind: SearchKind): string;
  /** The dialect's match expression requiring every term; never a syntax error for any tokens. */
  expression(terms: readonly SearchTerm[]): string;
}
