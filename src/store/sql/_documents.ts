import { SanadError } from '../../core/errors.js';
import type { Extraction, Precision, SanadDocument, SanadEvent, Statement } from '../../core/types.js';
import type { DocumentView, ListedDocument, StoredExtraction } from '../projection-store.js';
import type { SqlExecutor } from './driver.js';
import { allIn } from './_all-in.js';

interface DocumentRow {
  id: string;
  seq: number;
  file: string | null;
  title: string | null;
  published_start: string | null;
  published_end: string | null;
  published_precision: string | null;
  language: string;
  source: string | null;
  author: string | null;
  raw_hash: string;
  media_type: string;
  chars: number;
  text?: string;
}

const LISTED_COLUMNS =
  'id, seq, file, title, published_start, published_end, published_precision, language, source, author, raw_hash, media_type, chars';

/** The document's fields in the order of SanadDocument, without its text. */
function fieldsOf(row: DocumentRow): Omit<SanadDocument, 'text'> {
  const published =
    row.published_start === null
      ? null
      : {
          start: row.published_start,
          end: row.published_end ?? row.published_start,
          precision: (row.published_precision ?? 'day') as Precision,
        };
  return {
    id: row.id,
    file: row.file,
    title: row.title,
    published,
    language: row.language,
    source: row.source,
    author: row.author,
    raw_hash: row.raw_hash,
    media_type: row.media_type,
  };
}

const HEX_PREFIX = /^[0-9a-f]{8,64}$/;

/**
 * The full id a user's id or prefix names, or null. Ids are `sha256:` + 64 hex digits, so all ids
 * starting with a prefix sort before the prefix followed by 'g'; a range scan finds them.
 */
export async function resolveDocumentId(driver: SqlExecutor, input: string): Promise<string | null> {
  const exact = await driver.get<{ id: string }>('SELECT id FROM documents WHERE id = ?', [input]);
  if (exact) return exact.id;
  const hex = input
    .trim()
    .toLowerCase()
    .replace(/^sha256:/, '');
  if (!HEX_PREFIX.test(hex)) return null;
  const low = `sha256:${hex}`;
  const rows = await driver.all<{ id: string }>(
    'SELECT id FROM documents WHERE id >= ? AND id < ? ORDER BY id LIMIT 2',
    [low, `${low}g`],
  );
  if (rows.length > 1) {
    throw new SanadError(
      'SANAD_INVALID_ARGUMENT',
      `Cannot find document "${input}": the prefix matches several documents; give more characters of the id`,
    );
  }
  return rows[0]?.id ?? null;
}

/** An extraction's row: the lists no query looks into are JSON arrays (0008-fold-extraction-lists). */
interface ExtractionRow {
  readonly extractor: string;
  readonly diagnostics: string;
  readonly quantities: string;
  readonly dates: string;
  readonly places: string;
  readonly entities: string;
}

/** Statements or events with their ids, so a view can link each to its own page. */
async function identified<T>(
  driver: SqlExecutor,
  table: string,
  document: string,
): Promise<Array<T & { id: string }>> {
  const rows = await driver.all<{ id: string; body: string }>(
    `SELECT id, body FROM ${table} WHERE document = ? ORDER BY ord`,
    [document],
  );
  return rows.map((row) => ({ ...(JSON.parse(row.body) as T), id: row.id }));
}

/** A document and its current extraction, by id or unique prefix. */
export async function readDocument(driver: SqlExecutor, input: string): Promise<DocumentView | null> {
  const id = await resolveDocumentId(driver, input);
  if (id === null) return null;
  const row = await driver.get<DocumentRow & { text: string }>(
    `SELECT ${LISTED_COLUMNS}, text FROM documents WHERE id = ?`,
    [id],
  );
  if (!row) return null;
  const { raw_hash, media_type, ...rest } = fieldsOf(row);
  const document: SanadDocument = { ...rest, text: row.text, raw_hash, media_type };
  const head = await driver.get<ExtractionRow>(
    'SELECT extractor, diagnostics, quantities, dates, places, entities FROM extractions WHERE document = ?',
    [id],
  );
  const extraction: StoredExtraction | null = head
    ? {
        extractor: head.extractor,
        quantities: JSON.parse(head.quantities) as Extraction['quantities'],
        dates: JSON.parse(head.dates) as Extraction['dates'],
        places: JSON.parse(head.places) as Extraction['places'],
        entities: JSON.parse(head.entities) as Extraction['entities'],
        statements: await identified<Statement>(driver, 'statements', id),
        events: await identified<SanadEvent>(driver, 'events', id),
        diagnostics: JSON.parse(head.diagnostics) as Extraction['diagnostics'],
      }
    : null;
  return { document, extraction, seq: row.seq };
}

/** Documents without their text, in ledger order. */
export async function listDocuments(
  driver: SqlExecutor,
  limit: number,
  offset: number,
): Promise<ListedDocument[]> {
  const rows = await driver.all<DocumentRow>(
    `SELECT ${LISTED_COLUMNS} FROM documents ORDER BY seq LIMIT ? OFFSET ?`,
    [limit, offset],
  );
  return rows.map((row) => ({ ...fieldsOf(row), seq: row.seq, chars: row.chars }));
}

/** These documents without their text, in ledger order; ids not in the store are left out. */
export async function listDocumentsById(
  driver: SqlExecutor,
  ids: readonly string[],
): Promise<ListedDocument[]> {
  const rows = await allIn<DocumentRow>(
    driver,
    (marks) => `SELECT ${LISTED_COLUMNS} FROM documents WHERE id IN (${marks})`,
    ids,
  );
  return rows
    .sort((a, b) => a.seq - b.seq)
    .map((row) => ({ ...fieldsOf(row), seq: row.seq, chars: row.chars }));
}

/** The text a span of a document covers, or null when the document is not in the store. */
export async function evidenceOf(
  driver: SqlExecutor,
  document: string,
  span: readonly [number, number],
): Promise<string | null> {
  const row = await driver.get<{ text: string }>('SELECT text FROM documents WHERE id = ?', [document]);
  return row ? row.text.slice(span[0], span[1]) : null;
}
