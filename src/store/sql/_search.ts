import type { SearchHit, SearchResults } from '../projection-store.js';
import type { SqlExecutor } from './driver.js';
import { clampLimit } from './_limits.js';
import { snippetAround } from './snippet.js';
import type { SearchDialect, SearchKind, SearchMatchRow } from './search-dialect.js';
import { parseSearchQuery } from './search-query.js';

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 500;
/**
 * How many matches of a kind are ranked: the most recently added ones. Ranking (bm25) costs
 * about 2 µs a match, so ranking every match of a common word grows with the corpus (60 ms for
 * "executed" in 14,000 documents); ranking the newest 1,000 keeps a search within a few
 * milliseconds whatever the corpus size, and is exact whenever a query matches fewer.
 */
export const RANKED_MATCHES = 1000;

/** What a hit shows besides its id and score: the text to cut a snippet from and its document. */
interface HitRow {
  id: string;
  document: string;
  text: string;
  title: string | null;
  published: string | null;
  source: string | null;
  language: string | null;
}

/** Details of one matched row by index key; only run for rows that will be returned. */
const HIT_SQL: Record<SearchKind, string> = {
  document:
    'SELECT id, id AS document, text, title, published_start AS published, source, language FROM documents WHERE seq = ?',
  statement:
    'SELECT s.id AS id, s.document AS document, s.body AS text, d.title AS title, d.published_start AS published, ' +
    'd.source AS source, d.language AS language FROM statements s LEFT JOIN documents d ON d.id = s.document WHERE s.key = ?',
  event:
    'SELECT e.id AS id, e.document AS document, e.body AS text, d.title AS title, d.published_start AS published, ' +
    'd.source AS source, d.language AS language FROM events e LEFT JOIN documents d ON d.id = e.document WHERE e.key = ?',
};

/** The original wording a kind's snippet is cut from: the text, the quote, the summary. */
function snippetSource(kind: SearchKind, row: HitRow): string {
  if (kind === 'document') return row.text;
  const body = JSON.parse(row.text) as { quote?: string; summary?: string };
  return (kind === 'statement' ? body.quote : body.summary) ?? '';
}

/** Rounded so that a rebuilt store reports the very same numbers. */
function scoreOf(rank: number): number {
  return Math.round(-rank * 1e6) / 1e6;
}

/** Full-text search over the three indexes; see ProjectionStore.search. */
export async function searchStore(
  driver: SqlExecutor,
  dialect: SearchDialect,
  query: string,
  options: { limit?: number } = {},
): Promise<SearchResults> {
  const results: SearchResults = { query, documents: [], statements: [], events: [] };
  const terms = parseSearchQuery(query);
  if (terms.length === 0) return results;
  const expression = dialect.expression(terms);
  const tokens = terms.flatMap((term) => term.tokens);
  const limit = clampLimit(options.limit, DEFAULT_LIMIT, MAX_LIMIT);

  const hits = async (kind: SearchKind): Promise<SearchHit[]> => {
    const found: SearchHit[] = [];
    const floor = await driver.get<{ key: number }>(dialect.newestKeySql(kind), [
      expression,
      Math.max(RANKED_MATCHES, limit) - 1,
    ]);
    const matches = await driver.all<SearchMatchRow>(dialect.matchSql(kind), [
      expression,
      floor?.key ?? 0,
      limit,
    ]);
    for (const match of matches) {
      const row = await driver.get<HitRow>(HIT_SQL[kind], [match.key]);
      if (!row) continue;
      found.push({
        kind,
        id: row.id,
        document: row.document,
        title: row.title,
        snippet: snippetAround(snippetSource(kind, row), tokens),
        published: row.published,
        source: row.source,
        language: row.language ?? 'und',
        score: scoreOf(match.rank),
      });
    }
    return found;
  };

  results.documents = await hits('document');
  results.statements = await hits('statement');
  results.events = await hits('event');
  return results;
}
