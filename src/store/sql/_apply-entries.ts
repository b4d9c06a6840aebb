import type { Extraction, SanadDocument, SanadEvent, Statement } from '../../core/types.js';
import { searchForm } from '../../core/text.js';
import type { ProjectableEntry } from '../projection-store.js';
import type { SqlExecutor, SqlValue } from './driver.js';
import { itemIdMinter } from './_item-ids.js';
import { pendingInserts } from './_pending-inserts.js';
import { addReview, isReviewPayload } from './_propositions.js';
import type { SearchDialect } from './search-dialect.js';
import { FOLDED_LISTS } from './migrations/0008-fold-extraction-lists.js';
import {
  DOCUMENT_SOURCE_SQL,
  applySourceRegistered,
  documentSourceRow,
  registeredSourceOf,
  sourceMatchOf,
} from './_sources.js';

/** Items per kind an extraction can hold; keys are the extraction's seq × this + the position. */
export const KEYS_PER_EXTRACTION = 2 ** 20;

interface ExtractionPayload {
  readonly document: string;
  readonly extractor: string;
  readonly extraction: Extraction;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isDocument(value: unknown): value is SanadDocument {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.text === 'string' &&
    typeof value.language === 'string'
  );
}

const EXTRACTION_LISTS = ['quantities', 'dates', 'places', 'entities', 'statements', 'events'] as const;

function isExtractionPayload(value: unknown): value is ExtractionPayload {
  if (!isRecord(value) || typeof value.document !== 'string' || typeof value.extractor !== 'string')
    return false;
  const extraction = value.extraction;
  return isRecord(extraction) && EXTRACTION_LISTS.every((list) => Array.isArray(extraction[list]));
}

export const LAST_SEQ_SQL = "SELECT value FROM projection_state WHERE name = 'last_seq'";

/** Ids per `IN (…)` list, well below SQLite's limit on bound parameters. */
const IDS_PER_QUERY = 500;

/** Which of `ids` the first column of `sql` (with `IN (…)` left to fill) finds in the store. */
async function heldIds(driver: SqlExecutor, sql: string, ids: readonly string[]): Promise<Set<string>> {
  const held = new Set<string>();
  const unique = [...new Set(ids)];
  const queries: Array<Promise<Array<{ id: string }>>> = [];
  for (let start = 0; start < unique.length; start += IDS_PER_QUERY) {
    const chunk = unique.slice(start, start + IDS_PER_QUERY);
    queries.push(driver.all<{ id: string }>(sql.replace('?', chunk.map(() => '?').join(', ')), chunk));
  }
  for (const rows of await Promise.all(queries)) for (const row of rows) held.add(row.id);
  return held;
}

/** What the store holds already: the documents, and the documents with an extraction. */
async function heldBefore(
  driver: SqlExecutor,
  entries: readonly ProjectableEntry[],
): Promise<{ documents: Set<string>; extracted: Set<string> }> {
  const added: string[] = [];
  const extracted: string[] = [];
  for (const { kind, payload } of entries) {
    if (kind === 'document.added' && isRecord(payload) && isDocument(payload.document))
      added.push(payload.document.id);
    else if (kind === 'extraction.added' && isExtractionPayload(payload)) extracted.push(payload.document);
  }
  const [documents, extractions] = await Promise.all([
    heldIds(driver, 'SELECT id FROM documents WHERE id IN (?)', added),
    heldIds(driver, 'SELECT document AS id FROM extractions WHERE document IN (?)', extracted),
  ]);
  return { documents, extracted: extractions };
}

/** Rows for INSERT statements, by statement. */
type Inserts = ReadonlyArray<readonly [sql: string, rows: ReadonlyArray<readonly SqlValue[]>]>;

/**
 * The rows an entry adds, computed before its seq is known (search vectors, JSON bodies and item
 * ids are the costly part), so that a writer can prepare them before it takes the ledger's head.
 */
export type PreparedRows = (seq: number) => Inserts;

/** The rows of a `document.added` or `extraction.added` entry; null for other kinds and unreadable payloads. */
export function prepareRows(
  search: SearchDialect,
  { kind, payload }: Pick<ProjectableEntry, 'kind' | 'payload'>,
): PreparedRows | null {
  if (kind === 'document.added' && isRecord(payload) && isDocument(payload.document))
    return documentRows(search, payload.document);
  if (kind === 'extraction.added' && isExtractionPayload(payload)) return extractionRows(search, payload);
  return null;
}

/**
 * Projects entries in order, inside the caller's transaction. Entries at or below the last
 * applied seq are skipped. An entry whose payload the store cannot read is kept whole in
 * `ledger_entries` like the kinds not projected yet, so that one odd entry never blocks replay.
 * Rows are gathered per table across the entries and inserted together, so that a batch costs
 * a few statements whatever its size; anything that reads or deletes first writes what is pending.
 * `prepared[i]`, when given, is `prepareRows()` of `entries[i]`.
 */
export async function applyEntries(
  driver: SqlExecutor,
  search: SearchDialect,
  entries: readonly ProjectableEntry[],
  prepared: ReadonlyArray<PreparedRows | null> = [],
): Promise<void> {
  const [state, held] = await Promise.all([
    driver.get<{ value: number }>(LAST_SEQ_SQL),
    heldBefore(driver, entries),
  ]);
  let last = Number(state?.value ?? 0);
  const fresh = entries
    .map((entry, index) => ({ entry, rows: prepared[index] }))
    .filter(({ entry }) => entry.seq > last && ((last = entry.seq), true));
  // Nothing new: no write, so that a writer which finds its entries projected never waits on the row.
  if (fresh.length === 0) return;
  const pending = pendingInserts(driver);
  const add = (entry: ProjectableEntry, rows: PreparedRows | null | undefined): void => {
    for (const [sql, values] of (rows ?? prepareRows(search, entry))?.(entry.seq) ?? [])
      pending.addAll(sql, values);
  };
  for (const { entry, rows } of fresh) {
    const payload = entry.payload;
    const registered = entry.kind === 'source.registered' ? registeredSourceOf(payload) : null;
    if (entry.kind === 'document.added' && isRecord(payload) && isDocument(payload.document)) {
      const document = payload.document;
      if (!held.documents.has(document.id)) {
        held.documents.add(document.id);
        add(entry, rows);
      }
      const match = sourceMatchOf(payload);
      if (match) pending.add(DOCUMENT_SOURCE_SQL, documentSourceRow(entry.seq, document.id, match));
    } else if (registered) {
      await pending.flush();
      await applySourceRegistered(driver, entry.seq, registered);
    } else if (entry.kind === 'extraction.added' && isExtractionPayload(payload)) {
      if (held.extracted.has(payload.document)) {
        await pending.flush();
        await removeExtractionItems(driver, search, payload.document);
      }
      held.extracted.add(payload.document);
      add(entry, rows);
    } else if (entry.kind === 'review.recorded' && isReviewPayload(payload)) {
      await pending.flush();
      await addReview(driver, entry.seq, entry.at, payload);
    } else {
      pending.add(
        'INSERT INTO ledger_entries (seq, at, kind, payload) VALUES (?, ?, ?, ?) ON CONFLICT (seq) DO NOTHING',
        [entry.seq, entry.at, entry.kind, JSON.stringify(payload ?? null)],
      );
    }
  }
  pending.add(
    "INSERT INTO projection_state (name, value) VALUES ('last_seq', ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
    [last],
  );
  await pending.flush();
}

const DOCUMENT_SQL = `INSERT INTO documents (id, seq, file, title, published_start, published_end,
    published_precision, language, source, author, raw_hash, media_type, chars, text)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`;

function documentRows(search: SearchDialect, document: SanadDocument): PreparedRows {
  const published = document.published ?? null;
  const fields: SqlValue[] = [
    document.file ?? null,
    document.title ?? null,
    published?.start ?? null,
    published?.end ?? null,
    published?.precision ?? null,
    document.language,
    document.source ?? null,
    document.author ?? null,
    document.raw_hash ?? '',
    document.media_type ?? 'text/plain',
    document.text.length,
    document.text,
  ];
  const index = search.fieldParams('document', [searchForm(document.title ?? ''), searchForm(document.text)]);
  return (seq) => [
    [DOCUMENT_SQL, [[document.id, seq, ...fields]]],
    [search.insertSql('document'), [[seq, ...index]]],
  ];
}

async function removeExtractionItems(
  driver: SqlExecutor,
  search: SearchDialect,
  document: string,
): Promise<void> {
  await driver.run(search.deleteByDocumentSql('statement'), [document]);
  await driver.run(search.deleteByDocumentSql('event'), [document]);
  for (const table of ['statements', 'events', 'event_places']) {
    await driver.run(`DELETE FROM ${table} WHERE document = ?`, [document]);
  }
}

const FOLDED_COLUMNS = FOLDED_LISTS.flatMap(({ list, count }) => [list, count]);
const EXTRACTION_SQL = `INSERT INTO extractions (document, seq, extractor, diagnostics, ${FOLDED_COLUMNS.join(', ')})
  VALUES (?, ?, ?, ?, ${FOLDED_COLUMNS.map(() => '?').join(', ')})
  ON CONFLICT (document) DO UPDATE SET seq = excluded.seq, extractor = excluded.extractor,
    diagnostics = excluded.diagnostics, ${FOLDED_COLUMNS.map((column) => `${column} = excluded.${column}`).join(', ')}`;
const STATEMENT_SQL = `INSERT INTO statements (key, id, document, ord, span_start, span_end, speaker, body)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?)`;
const EVENT_SQL = `INSERT INTO events (key, id, document, ord, type, span_start, span_end, when_start, when_end, body)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const EVENT_PLACE_SQL = 'INSERT INTO event_places (event_key, document, name_form) VALUES (?, ?, ?)';

/**
 * The rows of an extraction; the caller removes the items of the one it replaces. Statements and
 * events are keyed by the extraction's seq × KEYS_PER_EXTRACTION + their position.
 */
function extractionRows(search: SearchDialect, payload: ExtractionPayload): PreparedRows {
  const { document, extractor, extraction } = payload;
  const diagnostics = JSON.stringify(extraction.diagnostics ?? []);
  // Past KEYS_PER_EXTRACTION items keys would collide with the next extraction's; no real text gets near.
  const within = <T>(items: readonly T[]): readonly T[] => items.slice(0, KEYS_PER_EXTRACTION);

  const statementId = itemIdMinter('st_', document);
  const statements = within<Statement>(extraction.statements).map((statement, ord) => {
    const speaker = statement.speaker?.name ?? null;
    const [start, end] = statement.span;
    return {
      row: [
        statementId(statement.span, 'statement'),
        document,
        ord,
        start,
        end,
        speaker,
        JSON.stringify(statement),
      ],
      index: search.fieldParams('statement', [searchForm(statement.quote ?? ''), searchForm(speaker ?? '')]),
    };
  });

  const eventId = itemIdMinter('ev_', document);
  const events = within<SanadEvent>(extraction.events).map((event, ord) => {
    const places = [...new Set((event.where ?? []).map((name) => searchForm(name).trim()))];
    const row: SqlValue[] = [
      eventId(event.span, event.type),
      document,
      ord,
      event.type,
      event.span[0],
      event.span[1],
      event.when?.start ?? null,
      event.when?.end ?? null,
      JSON.stringify(event),
    ];
    const index = search.fieldParams('event', [
      searchForm(event.summary ?? ''),
      event.type,
      places.join(' '),
    ]);
    return { row, places, index };
  });

  const folded = FOLDED_LISTS.flatMap(({ list }) => [
    JSON.stringify(extraction[list]),
    extraction[list].length,
  ]);

  return (seq) => {
    const base = seq * KEYS_PER_EXTRACTION;
    return [
      [EXTRACTION_SQL, [[document, seq, extractor, diagnostics, ...folded]]],
      [STATEMENT_SQL, statements.map(({ row }, ord) => [base + ord, ...row])],
      [search.insertSql('statement'), statements.map(({ index }, ord) => [base + ord, ...index])],
      [EVENT_SQL, events.map(({ row }, ord) => [base + ord, ...row])],
      [
        EVENT_PLACE_SQL,
        events.flatMap(({ places }, ord) => places.map((name) => [base + ord, document, name])),
      ],
      [search.insertSql('event'), events.map(({ index }, ord) => [base + ord, ...index])],
    ];
  };
}
