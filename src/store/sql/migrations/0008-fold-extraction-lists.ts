import type { Migration } from '../migration.js';

/** The lists of an extraction no query looks into, with the column that counts each. */
export const FOLDED_LISTS = [
  { list: 'quantities', count: 'quantity_count' },
  { list: 'dates', count: 'date_count' },
  { list: 'places', count: 'place_count' },
  { list: 'entities', count: 'entity_count' },
] as const;

const addColumns = FOLDED_LISTS.flatMap(({ list, count }) => [
  `ALTER TABLE extractions ADD COLUMN ${list} TEXT NOT NULL DEFAULT '[]'`,
  `ALTER TABLE extractions ADD COLUMN ${count} INTEGER NOT NULL DEFAULT 0`,
]);

const counted = (list: string): string =>
  `(SELECT COUNT(*) FROM ${list} AS item WHERE item.document = extractions.document)`;

const fold = (array: (list: string) => string): string =>
  `UPDATE extractions SET ${FOLDED_LISTS.map(
    ({ list, count }) => `${list} = COALESCE(${array(list)}, '[]'), ${count} = ${counted(list)}`,
  ).join(', ')}`;

const dropTables = FOLDED_LISTS.map(({ list }) => `DROP TABLE IF EXISTS ${list}`);

/**
 * Quantities, dates, places and entities move from a row per item into one JSON array per
 * extraction, beside a count: they are only ever read whole, a document at a time, and only
 * counted otherwise. The rows cost the ingest's own thread about a tenth of its work (four
 * hundred thousand inserts for 50 MB of reports, each into a table and an index keyed by the
 * document's hash), and the indexes by name served no query.
 */
export const foldExtractionLists: Migration = {
  name: '0008-fold-extraction-lists',
  up: {
    sqlite: [
      ...addColumns,
      fold(
        (list) =>
          `(SELECT json_group_array(json(body) ORDER BY ord) FROM ${list} AS item WHERE item.document = extractions.document)`,
      ),
      ...dropTables,
    ],
    postgres: [
      ...addColumns,
      fold(
        (list) =>
          `(SELECT json_agg(body::json ORDER BY ord)::text FROM ${list} AS item WHERE item.document = extractions.document)`,
      ),
      ...dropTables,
    ],
  },
  // The columns go with the extractions table (0002-create-extractions).
  down: [],
};
