import type { Extraction, SanadDocument, SanadEvent, Statement } from '../../core/types.js';
import { searchForm } from '../../core/text.js';
import type { ProjectableEntry } from '../projection-store.js';
import type { SqlExecutor, SqlValue } from './driver.js';
import { itemIdMinter } from './_item-ids.js';
import { pendingInserts, type PendingInserts } from './_pending-inserts.js';
import { addReview, isReviewPayload } from './_propositions.js';
import type { SearchDialect } from './search-dialect.js';
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
  for (let start = 0; start < unique.length; start += IDS_PER_QUERY) {
    const chunk = unique.slice(start, start + IDS_PER_QUERY);
    const rows = await driver.all<{ id: string }>(sql.replace('?', chunk.map(() => '?').join(', ')), chunk);
    for (const row of rows) held.add(row.id);
  }
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
  return {
    documents: await heldIds(driver, 'SELECT id FROM documents WHERE id IN (?)', added),
    extracted: await heldIds(
      driver,
      'SELECT document AS id FROM extractions WHERE document IN (?)',
      extracted,
    ),
  };
}

/**
 * Projects entries in order, inside the caller's transaction. Entries at or below the last
 * applied seq are skipped. An entry whose payload the store cannot read is kept whole in
 * `ledger_entries` like the kinds not projected yet, so that one odd entry never blocks replay.
 * Rows are gathered per table across the entries and inserted together, so that a batch costs
 * a few statements whatever its size; anything that reads or deletes first writes what is pending.
 */
export async function applyEntries(
  driver: SqlExecutor,
  search: SearchDialect,
  entries: readonly ProjectableEntry[],
): Promise<void> {
  const before = Number((await driver.get<{ value: number }>(LAST_SEQ_SQL))?.value ?? 0);
  let last = before;
  const fresh = entries.filter((entry) => entry.seq > last && ((last = entry.seq), true));
  // Nothing new: no write, so that a writer which finds its entries projected never waits on the row.
  if (fresh.length === 0) return;
  const held = await heldBefore(driver, fresh);
  const pending = pendingInserts(driver);
  for (const entry of fresh) {
    const payload = entry.payload;
    const registered = entry.kind === 'source.registered' ? registeredSourceOf(payload) : null;
    if (entry.kind === 'document.added' && isRecord(payload) && isDocument(payload.document)) {
      const document = payload.document;
      if (!held.documents.has(document.id)) {
        held.documents.add(document.id);
        addDocument(pending, search, entry.seq, document);
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
      addExtraction(pending, search, entry.seq, payload);
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
  await pending.flush();
  await driver.run(
    "INSERT INTO projection_state (name, value) VALUES ('last_seq', ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
    [last],
  );
}

function addDocument(
  pending: PendingInserts,
  search: SearchDialect,
  seq: number,
  document: SanadDocument,
): void {
  const published = document.published ?? null;
  pending.add(
    `INSERT INTO documents (id, seq, file, title, published_start, published_end, published_precision, language,
      source, author, raw_hash, media_type, chars, text)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
    [
      document.id,
      seq,
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
    ],
  );
  pending.add(
    search.insertSql('document'),
    search.insertParams('document', seq, [searchForm(document.title ?? ''), searchForm(document.text)]),
  );
}

async function removeExtractionItems(
  driver: SqlExecutor,
  search: SearchDialect,
  document: string,
): Promise<void> {
  await driver.run(search.deleteByDocumentSql('statement'), [document]);
  await driver.run(search.deleteByDocumentSql('event'), [document]);
  for (const table of ['statements', 'events', 'event_places', 'quantities', 'dates', 'places', 'entities']) {
    await driver.run(`DELETE FROM ${table} WHERE document = ?`, [document]);
  }
}

/** Queues the rows of an extraction; the caller has removed the items of the one it replaces. */
function addExtraction(
  pending: PendingInserts,
  search: SearchDialect,
  seq: number,
  payload: ExtractionPayload,
): void {
  const { document, extractor, extraction } = payload;
  pending.add(
    `INSERT INTO extractions (document, seq, extractor, diagnostics) VALUES (?, ?, ?, ?)
     ON CONFLICT (document) DO UPDATE SET seq = excluded.seq, extractor = excluded.extractor,
       diagnostics = excluded.diagnostics`,
    [document, seq, extractor, JSON.stringify(extraction.diagnostics ?? [])],
  );
  const base = seq * KEYS_PER_EXTRACTION;
  // Past KEYS_PER_EXTRACTION items keys would collide with the next extraction's; no real text gets near.
  const within = <T>(items: readonly T[]): readonly T[] => items.slice(0, KEYS_PER_EXTRACTION);

  const statementId = itemIdMinter('st_', document);
  const statementRows: SqlValue[][] = [];
  const statementIndexRows: SqlValue[][] = [];
  for (const [ord, statement] of within<Statement>(extraction.statements).entries()) {
    const key = base + ord;
    const speaker = statement.speaker?.name ?? null;
    statementRows.push([
      key,
      statementId(statement.span, 'statement'),
      document,
      ord,
      statement.span[0],
      statement.span[1],
      speaker,
      JSON.stringify(statement),
    ]);
    statementIndexRows.push(
      search.insertParams('statement', key, [searchForm(statement.quote ?? ''), searchForm(speaker ?? '')]),
    );
  }
  pending.addAll(
    `INSERT INTO statements (key, id, document, ord, span_start, span_end, speaker, body)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    statementRows,
  );
  pending.addAll(search.insertSql('statement'), statementIndexRows);

  const eventId = itemIdMinter('ev_', document);
  const eventRows: SqlValue[][] = [];
  const placeRows: SqlValue[][] = [];
  const eventIndexRows: SqlValue[][] = [];
  for (const [ord, event] of within<SanadEvent>(extraction.events).entries()) {
    const key = base + ord;
    eventRows.push([
      key,
      eventId(event.span, event.type),
      document,
      ord,
      event.type,
      event.span[0],
      event.span[1],
      event.when?.start ?? null,
      event.when?.end ?? null,
      JSON.stringify(event),
    ]);
    const places = [...new Set((event.where ?? []).map((name) => searchForm(name).trim()))];
    for (const name of places) placeRows.push([key, document, name]);
    eventIndexRows.push(
      search.insertParams('event', key, [searchForm(event.summary ?? ''), event.type, places.join(' ')]),
    );
  }
  pending.addAll(
    `INSERT INTO events (key, id, document, ord, type, span_start, span_end, when_start, when_end, body)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    eventRows,
  );
  pending.addAll('INSERT INTO event_places (event_key, document, name_form) VALUES (?, ?, ?)', placeRows);
  pending.addAll(search.insertSql('event'), eventIndexRows);

  const lists = [
    ['quantities', extraction.quantities, () => null],
    ['dates', extraction.dates, () => null],
    ['places', extraction.places, (item: { name?: string }) => item.name ?? null],
    ['entities', extraction.entities, (item: { name?: string }) => item.name ?? null],
  ] as const;
  for (const [table, items, nameOf] of lists) {
    pending.addAll(
      `INSERT INTO ${table} (document, ord, name, body) VALUES (?, ?, ?, ?)`,
      within<object>(items).map((item, ord) => [document, ord, nameOf(item), JSON.stringify(item)]),
    );
  }
}
