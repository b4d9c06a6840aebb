/**
 * Full-text search on PostgreSQL: tables of tsvectors (created by migration
 * 0004-create-search-index) matched with tsquery, ranked by the same bm25 that FTS5 computes, so
 * that a search lists the same hits in the same order with the same scores as on SQLite.
 *
 * Tokens are cut in JavaScript exactly as FTS5's unicode61 tokenizer cuts them (search-query.ts,
 * plus its folding of Latin diacritics) and written as a tsvector literal, so PostgreSQL's parser
 * and dictionaries never change them: the 'simple' configuration would, for instance, also index
 * the parts of hyphenated words. Each column's positions carry a label (A, B, C) and start one
 * past the previous column's end, so a phrase never spans two columns and bm25 can weigh a hit
 * by its column. Limits of tsvector: positions stop at 16,383 and a word keeps 256 of them, so
 * phrases deep in very long documents are not found and counts of very common words saturate.
 * @module
 */
import type { SqlValue } from '../sql/driver.js';
import { SEARCH_BASE, SEARCH_FIELDS, type SearchDialect, type SearchKind } from '../sql/search-dialect.js';
import { searchTokens, type SearchTerm } from '../sql/search-query.js';

const INDEX = {
  document: 'search_documents',
  statement: 'search_statements',
  event: 'search_events',
} as const;

/** The bm25 weight of each SEARCH_FIELDS column, as migration 0004 configures FTS5's rank. */
const WEIGHTS: Record<SearchKind, readonly number[]> = {
  document: [4.0, 1.0],
  statement: [1.0, 2.0],
  event: [1.0, 2.0, 2.0],
};

const LABELS = ['A', 'B', 'C'] as const;
const MAX_POSITION = 16383;
const NOT_PRINTABLE_ASCII = /[^\u0020-\u007e]/;

/** A token as FTS5 (unicode61, remove_diacritics 2) indexes it: Latin diacritics removed. */
function folded(token: string): string {
  // Printable ASCII has no diacritics to remove, and most tokens are that.
  if (!NOT_PRINTABLE_ASCII.test(token)) return token;
  return token
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

/** A lexeme quoted for tsvector and tsquery input. */
function quoted(token: string): string {
  return `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

/** The tsvector literal of a row's fields, and how many tokens they hold (bm25's document length). */
export function tsvectorOf(fields: readonly string[]): { literal: string; tokens: number } {
  const positions = new Map<string, string[]>();
  let next = 1;
  let tokens = 0;
  fields.forEach((field, column) => {
    for (const token of searchTokens(field)) {
      const lexeme = folded(token);
      const list = positions.get(lexeme) ?? [];
      list.push(`${Math.min(next, MAX_POSITION)}${LABELS[column]}`);
      positions.set(lexeme, list);
      next++;
      tokens++;
    }
    next++; // a gap, so that no phrase runs from one column into the next
  });
  const literal = [...positions].map(([lexeme, list]) => `${quoted(lexeme)}:${list.join(',')}`).join(' ');
  return { literal, tokens };
}

/**
 * bm25 as FTS5's fts5Bm25Function computes it: k1 = 1.2, b = 0.75; a phrase's idf from the rows
 * of the whole index it matches (at least 1e-6); its frequency in a row the sum of the weights of
 * the columns of each occurrence; the row's length its tokens in all columns. Lower is better.
 * Param: the query (the value of `expression`), then the key floor, then the limit.
 */
function matchSql(kind: SearchKind): string {
  // MATERIALIZED: computed once a query; inlined, the idf's count of matching rows ran again for every row.
  const index = INDEX[kind];
  const base = SEARCH_BASE[kind];
  const weights = `ARRAY[${WEIGHTS[kind].map((weight) => weight.toFixed(1)).join(', ')}]::float8[]`;
  return `WITH query AS (SELECT CAST(? AS text) AS text),
phrases AS (
  SELECT p.ord, CAST(p.phrase AS tsquery) AS match,
    ARRAY(SELECT m[1] FROM regexp_matches(p.phrase, '''([^'']+)''', 'g') AS m) AS tokens
  FROM query, unnest(string_to_array(query.text, ' & ')) WITH ORDINALITY AS p(phrase, ord)
),
totals AS MATERIALIZED (
  SELECT CAST(count(*) AS float8) AS rows, CAST(coalesce(sum(tokens), 0) AS float8) AS tokens FROM ${index}
),
idf AS MATERIALIZED (
  SELECT p.ord, p.tokens, CASE WHEN x.idf <= 0 THEN 1e-6 ELSE x.idf END AS idf
  FROM phrases p CROSS JOIN totals t
  CROSS JOIN LATERAL (SELECT CAST(count(*) AS float8) AS hits FROM ${index} s WHERE s.terms @@ p.match) h
  CROSS JOIN LATERAL (SELECT ln((t.rows - h.hits + 0.5) / (h.hits + 0.5)) AS idf) x
),
matches AS (
  SELECT s.key, s.terms, s.tokens FROM ${index} s, query
  WHERE s.terms @@ CAST(query.text AS tsquery) AND s.key >= ?
)
SELECT m.key AS key, -(
  SELECT sum(i.idf * ((f.freq * (1.2 + 1.0)) / (f.freq + 1.2 * (1 - 0.75 + 0.75 * m.tokens / (t.tokens / t.rows)))))
  FROM idf i CROSS JOIN LATERAL (
    SELECT CAST(coalesce(sum((${weights})[ascii(o.label) - 64]), 0) AS float8) AS freq
    FROM unnest(m.terms) AS u, unnest(u.positions, u.weights) AS o(position, label)
    WHERE u.lexeme = i.tokens[1] AND NOT EXISTS (
      SELECT 1 FROM generate_series(2, cardinality(i.tokens)) AS k
      WHERE NOT EXISTS (
        SELECT 1 FROM unnest(m.terms) AS v, unnest(v.positions) AS q(position)
        WHERE v.lexeme = i.tokens[k] AND q.position = o.position + k - 1))
  ) f
) AS rank
FROM matches m CROSS JOIN totals t JOIN ${base.table} b ON b.${base.key} = m.key
ORDER BY rank, b.id LIMIT ?`;
}

export const tsvectorSearchDialect: SearchDialect = {
  insertSql: (kind) => `INSERT INTO ${INDEX[kind]} (key, terms, tokens) VALUES (?, CAST(? AS tsvector), ?)`,
  fieldParams(kind, fields): SqlValue[] {
    const { literal, tokens } = tsvectorOf(fields.slice(0, SEARCH_FIELDS[kind].length));
    return [literal, tokens];
  },
  deleteByDocumentSql(kind) {
    const base = SEARCH_BASE[kind];
    return `DELETE FROM ${INDEX[kind]} WHERE key IN (SELECT ${base.key} FROM ${base.table} WHERE document = ?)`;
  },
  newestKeySql: (kind) =>
    `SELECT key FROM ${INDEX[kind]} WHERE terms @@ CAST(? AS tsquery) ORDER BY key DESC LIMIT 1 OFFSET ?`,
  matchSql,
  // Each term a lexeme or a phrase of lexemes; ' & ' joins terms and never occurs inside one.
  expression: (terms: readonly SearchTerm[]) =>
    terms.map((term) => term.tokens.map((token) => quoted(folded(token))).join(' <-> ')).join(' & '),
};
