/**
 * Full-text search on SQLite: contentless FTS5 tables (created by migration
 * 0004-create-search-index) ranked by their configured bm25 weights.
 * @module
 */
import { SEARCH_BASE, type SearchDialect, type SearchKind } from '../sql/search-dialect.js';
import type { SearchTerm } from '../sql/search-query.js';

const INDEX = { document: 'documents_fts', statement: 'statements_fts', event: 'events_fts' } as const;
const INSERT = {
  document: 'INSERT INTO documents_fts (rowid, title, body) VALUES (?, ?, ?)',
  statement: 'INSERT INTO statements_fts (rowid, quote, speaker) VALUES (?, ?, ?)',
  event: 'INSERT INTO events_fts (rowid, summary, type, places) VALUES (?, ?, ?, ?)',
} as const;

export const fts5SearchDialect: SearchDialect = {
  insertSql: (kind) => INSERT[kind],
  fieldParams: (_kind, fields) => [...fields],

  deleteByDocumentSql(kind) {
    const base = SEARCH_BASE[kind];
    return `DELETE FROM ${INDEX[kind]} WHERE rowid IN (SELECT ${base.key} FROM ${base.table} WHERE document = ?)`;
  },

  newestKeySql: (kind: SearchKind) =>
    `SELECT rowid AS key FROM ${INDEX[kind]} WHERE ${INDEX[kind]} MATCH ? ORDER BY rowid DESC LIMIT 1 OFFSET ?`,
  matchSql(kind: SearchKind) {
    const index = INDEX[kind];
    const base = SEARCH_BASE[kind];
    // FTS5 reads a rowid bound from its doclists, so rows below the floor are never ranked.
    return (
      `SELECT f.rowid AS key, f.rank AS rank FROM ${index} f JOIN ${base.table} b ON b.${base.key} = f.rowid ` +
      `WHERE ${index} MATCH ? AND f.rowid >= ? ORDER BY f.rank, b.id LIMIT ?`
    );
  },

  // Tokens hold only letters and digits, so quoting them makes every token a literal string:
  // AND, NEAR, '-', ':' or '*' typed by a user never reach FTS5 as syntax.
  expression: (terms: readonly SearchTerm[]) => terms.map((term) => `"${term.tokens.join(' ')}"`).join(' '),
};
