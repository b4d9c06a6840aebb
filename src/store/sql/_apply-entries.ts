import type { Extraction, SanadDocument, SanadEvent, Statement } from '../../core/types.js';
import { searchForm } from '../../core/text.js';
import type { ProjectableEntry } from '../projection-store.js';
import type { SqlExecutor, SqlValue } from './driver.js';
import { itemIdMinter } from './_item-ids.js';
import { addReview, isReviewPayload } from './_propositions.js';
import type { SearchDialect } from './search-dialect.js';
import { applyDocumentSource, applySourceRegistered, registeredSourceOf, sourceMatchOf } from './_sources.js';

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

/**
 * Projects entries in order, inside the caller's transaction. Entries at or below the last
 * applied seq are skipped. An entry whose payload the store cannot read is kept whole in
 * `ledger_entries` like the kinds not projected yet, so that one odd entry never blocks replay.
 */
export async function applyEntries(
  driver: SqlExecutor,
  search: SearchDialect,
  entries: readonly ProjectableEntry[],
): Promise<void> {
  const before = Number((await driver.get<{ value: number }>(LAST_SEQ_SQL))?.value ?? 0);
  let last = before;
  for (const entry of entries) {
    if (entry.seq <= last) continue;
    const payload = entry.payload;
    const registered = entry.kind === 'source.registered' ? registeredSourceOf(payload) : null;
    if (entry.kind === 'document.added' && isRecord(payload) && isDocument(payload.document)) {
      await addDocument(driver, search, entry.seq, payload.document);
      const match = sourceMatchOf(payload);
      if (match) await applyDocumentSource(driver, entry.seq, payload.document.id, match);
    } else if (registered) {
      await applySourceRegistered(driver, entry.seq, registered);
    } else if (entry.kind === 'extraction.added' && isExtractionPayload(payload)) {
      await addExtraction(driver, search, entry.seq, payload);
    } else if (entry.kind === 'review.recorded' && isReviewPayload(payload)) {
      await addReview(driver, entry.seq, entry.at, payload);
    } else {
      await driver.run(
        'INSERT INTO ledger_entries (seq, at, kind, payload) VALUES (?, ?, ?, ?) ON CONFLICT (seq) DO NOTHING',
        [entry.seq, entry.at, entry.kind, JSON.stringify(payload ?? null)],
      );
    }
    last = entry.seq;
  }
  // Nothing new: no write, so that a writer which finds its entries projected never waits on the row.
  if (last === before) return;
  await driver.run(
    "INSERT INTO projection_state (name, value) VALUES ('last_seq', ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value",
    [last],
  );
}

async function addDocument(
  driver: SqlExecutor,
  search: SearchDialect,
  seq: number,
  document: SanadDocument,
): Promise<void> {
  const published = document.published ?? null;
  const added = await driver.run(
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
  if (added === 0) return;
  await driver.run(
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

async function addExtraction(
  driver: SqlExecutor,
  search: SearchDialect,
  seq: number,
  payload: ExtractionPayload,
): Promise<void> {
  const { document, extractor, extraction } = payload;
  const current = await driver.get<{ seq: number }>('SELECT seq FROM extractions WHERE document = ?', [
    document,
  ]);
  if (current) await removeExtractionItems(driver, search, document);
  await driver.run(
    `INSERT INTO extractions (document, seq, extractor, diagnostics) VALUES (?, ?, ?, ?)
     ON CONFLICT (document) DO UPDATE SET seq = excluded.seq, extractor = excluded.extractor,
       diagnostics = excluded.diagnostics`,
    [document, seq, extractor, JSON.stringify(extraction.diagnostics ?? [])],
  );
  const base = seq * KEYS_PER_EXTRACTION;
  // Past KEYS_PER_EXTRACTION items keys would collide with the next extraction's; no real text gets near.
  const within = <T>(items: readonly T[]): readonly T[] => items.slice(0, KEYS_PER_EXTRACTION);

  // Rows are gathered per table and inserted together: one round trip per table on a server database.
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
  await driver.runMany(
    `INSERT INTO statements (key, id, document, ord, span_start, span_end, speaker, body)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    statementRows,
  );
  await driver.runMany(search.insertSql('statement'), statementIndexRows);

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
  await driver.runMany(
    `INSERT INTO events (key, id, document, ord, type, span_start, span_end, when_start, when_end, body)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    eventRows,
  );
  await driver.runMany(
    'INSERT INTO event_places (event_key, document, name_form) VALUES (?, ?, ?)',
    placeRows,
  );
  await driver.runMany(search.insertSql('event'), eventIndexRows);

  const lists = [
    ['quantities', extraction.quantities, () => null],
    ['dates', extraction.dates, () => null],
    ['places', extraction.places, (item: { name?: string }) => item.name ?? null],
    ['entities', extraction.entities, (item: { name?: string }) => item.name ?? null],
  ] as const;
  for (const [table, items, nameOf] of lists) {
    await driver.runMany(
      `INSERT INTO ${table} (document, ord, name, body) VALUES (?, ?, ?, ?)`,
      within<object>(items).map((item, ord) => [document, ord, nameOf(item), JSON.stringify(item)]),
    );
  }
}
