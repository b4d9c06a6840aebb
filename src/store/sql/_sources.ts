/**
 * The sources projection: the shipped registry seeded into `sources`, `source.registered`
 * entries applied on top, and the source each document was matched to.
 * @module
 */
import { createHash } from 'node:crypto';
import {
  SOURCE_MATCH_KINDS,
  sourceRecordSchema,
  type SourceMatch,
  type SourceRecord,
  type SourceRegistry,
} from '../../sources/index.js';
import type { DocumentSource, StoredSource } from '../projection-store.js';
import type { SqlDriver, SqlExecutor, SqlValue } from './driver.js';

/** Sources registered through the ledger sort after the shipped ones, in the order they came. */
const LEDGER_ORD_BASE = 1_000_000_000;
const REGISTRY_STAMP = 'registry_stamp';

interface SourceRow {
  record: string;
  origin: string;
  seq: number | null;
}

const toStored = (row: SourceRow): StoredSource => ({
  ...(JSON.parse(row.record) as SourceRecord),
  origin: row.origin === 'ledger' ? 'ledger' : 'registry',
  seq: row.seq === null ? null : Number(row.seq),
});

/** A number that changes when the shipped registry does (48 bits of its SHA-256: fits BIGINT). */
function stampOf(records: readonly SourceRecord[]): number {
  const digest = createHash('sha256').update(JSON.stringify(records)).digest('hex');
  return Number.parseInt(digest.slice(0, 12), 16);
}

/**
 * Writes the shipped registry into `sources` when it differs from what the store holds; rows
 * registered through the ledger are left as they are.
 */
export async function seedRegistry(driver: SqlDriver, registry: SourceRegistry): Promise<void> {
  const records = registry.all();
  const stamp = stampOf(records);
  const held = await driver.get<{ value: number }>('SELECT value FROM projection_state WHERE name = ?', [
    REGISTRY_STAMP,
  ]);
  if (held !== undefined && Number(held.value) === stamp) return;
  await driver.transaction(async (tx) => {
    await tx.run("DELETE FROM sources WHERE origin = 'registry'");
    for (const [ord, record] of records.entries()) {
      await tx.run(
        `INSERT INTO sources (id, name, name_fa, kind, source_group, origin, seq, ord, record)
         VALUES (?, ?, ?, ?, ?, 'registry', NULL, ?, ?) ON CONFLICT (id) DO NOTHING`,
        [record.id, record.name, record.name_fa, record.kind, record.group, ord, JSON.stringify(record)],
      );
    }
    await tx.run(
      'INSERT INTO projection_state (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
      [REGISTRY_STAMP, stamp],
    );
  });
}

/** The record a `source.registered` payload carries (`{ source: {...} }`), or null if it holds none. */
export function registeredSourceOf(payload: unknown): SourceRecord | null {
  if (typeof payload !== 'object' || payload === null || !('source' in payload)) return null;
  const parsed = sourceRecordSchema.safeParse(payload.source);
  return parsed.success ? parsed.data : null;
}

export async function applySourceRegistered(
  driver: SqlExecutor,
  seq: number,
  record: SourceRecord,
): Promise<void> {
  await driver.run(
    `INSERT INTO sources (id, name, name_fa, kind, source_group, origin, seq, ord, record)
     VALUES (?, ?, ?, ?, ?, 'ledger', ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, name_fa = excluded.name_fa, kind = excluded.kind,
       source_group = excluded.source_group, origin = excluded.origin, seq = excluded.seq, record = excluded.record`,
    [
      record.id,
      record.name,
      record.name_fa,
      record.kind,
      record.group,
      seq,
      LEDGER_ORD_BASE + seq,
      JSON.stringify(record),
    ],
  );
}

/** The source match a `document.added` payload carries, or null. */
export function sourceMatchOf(payload: Record<string, unknown>): SourceMatch | null {
  const match = payload['source_match'];
  if (typeof match !== 'object' || match === null) return null;
  const { source_id, how, evidence } = match as Record<string, unknown>;
  if (typeof source_id !== 'string' || typeof evidence !== 'string') return null;
  if (!(SOURCE_MATCH_KINDS as readonly unknown[]).includes(how)) return null;
  return { source_id, how: how as SourceMatch['how'], evidence };
}

/** Records which source a document came from; a document keeps the first source recorded. */
export const DOCUMENT_SOURCE_SQL = `INSERT INTO document_sources (document, source_id, how, evidence, seq)
  VALUES (?, ?, ?, ?, ?) ON CONFLICT (document) DO NOTHING`;

/** The parameters of DOCUMENT_SOURCE_SQL. */
export function documentSourceRow(seq: number, document: string, match: SourceMatch): SqlValue[] {
  return [document, match.source_id, match.how, match.evidence, seq];
}

export async function listSources(driver: SqlExecutor, group?: string): Promise<StoredSource[]> {
  const rows =
    group === undefined
      ? await driver.all<SourceRow>('SELECT record, origin, seq FROM sources ORDER BY ord, id')
      : await driver.all<SourceRow>(
          'SELECT record, origin, seq FROM sources WHERE source_group = ? ORDER BY ord, id',
          [group],
        );
  return rows.map(toStored);
}

const DOCUMENT_SOURCE_COLUMNS = 'document, source_id, how, evidence';

export function listDocumentSources(driver: SqlExecutor): Promise<DocumentSource[]> {
  return driver.all<DocumentSource>(`SELECT ${DOCUMENT_SOURCE_COLUMNS} FROM document_sources ORDER BY seq`);
}

export async function getDocumentSource(
  driver: SqlExecutor,
  document: string,
): Promise<DocumentSource | null> {
  const row = await driver.get<DocumentSource>(
    `SELECT ${DOCUMENT_SOURCE_COLUMNS} FROM document_sources WHERE document = ?`,
    [document],
  );
  return row ?? null;
}

/** Document id → the group of the source it was matched to, for the given documents. */
export async function documentGroups(
  driver: SqlExecutor,
  documents: readonly string[],
): Promise<Map<string, string>> {
  const groups = new Map<string, string>();
  const unique = [...new Set(documents)];
  // In slices, below every database's limit on bound parameters.
  for (let i = 0; i < unique.length; i += 500) {
    const slice = unique.slice(i, i + 500);
    const rows = await driver.all<{ document: string; source_group: string }>(
      `SELECT d.document, s.source_group FROM document_sources d JOIN sources s ON s.id = d.source_id
       WHERE d.document IN (${slice.map(() => '?').join(', ')})`,
      slice,
    );
    for (const row of rows) groups.set(row.document, row.source_group);
  }
  return groups;
}
