/**
 * Applies the schema migrations in order, once each, and undoes them all for a reset.
 * @module
 */
import { SanadError } from '../../core/errors.js';
import type { Dialect, SqlDriver, SqlExecutor } from './driver.js';
import type { Migration } from './migration.js';
import { createDocuments } from './migrations/0001-create-documents.js';
import { createExtractions } from './migrations/0002-create-extractions.js';
import { createLedgerEntries } from './migrations/0003-create-ledger-entries.js';
import { createSearchIndex } from './migrations/0004-create-search-index.js';
import { createSources } from './migrations/0005-create-sources.js';
import { createPropositions } from './migrations/0006-create-propositions.js';
import { tuneSearchMerges } from './migrations/0007-tune-search-merges.js';
import { foldExtractionLists } from './migrations/0008-fold-extraction-lists.js';

/** Every migration, in the order it must run; append new ones at the end. */
export const MIGRATIONS: readonly Migration[] = [
  createDocuments,
  createExtractions,
  createLedgerEntries,
  createSearchIndex,
  createSources,
  createPropositions,
  tuneSearchMerges,
  foldExtractionLists,
];

const CREATE_SCHEMA_MIGRATIONS =
  'CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)';

/** The statements of a migration for one dialect; throws when the migration has none for it. */
export function statementsFor(migration: Migration, dialect: Dialect): readonly string[] {
  const up = migration.up;
  if (isStatementList(up)) return up;
  const statements = up[dialect];
  if (!statements) {
    throw new SanadError(
      'SANAD_STORE_FAILED',
      `Cannot apply migration "${migration.name}": it has no SQL for "${dialect}"`,
    );
  }
  return statements;
}

function isStatementList(up: Migration['up']): up is readonly string[] {
  return Array.isArray(up);
}

/** An arbitrary key for PostgreSQL's advisory lock that migrations hold. */
const MIGRATION_LOCK = 0x5a4ad;

/**
 * Makes the transaction the only one migrating. SQLite's BEGIN IMMEDIATE already is; on
 * PostgreSQL several processes (workers) may open the store at once.
 */
async function lockMigrations(tx: SqlExecutor): Promise<void> {
  if (tx.dialect === 'postgres') await tx.get('SELECT pg_advisory_xact_lock(?)', [MIGRATION_LOCK]);
}

/** Applies every migration not yet recorded, each in its own transaction; resolves to the names applied. */
export async function migrate(
  driver: SqlDriver,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<string[]> {
  await driver.transaction(async (tx) => {
    await lockMigrations(tx);
    await tx.exec(CREATE_SCHEMA_MIGRATIONS);
  });
  const rows = await driver.all<{ name: string }>('SELECT name FROM schema_migrations');
  const applied = new Set(rows.map((row) => row.name));
  const names: string[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.name)) continue;
    const ran = await driver.transaction(async (tx) => {
      await lockMigrations(tx);
      // Another process may have applied it since the names were read.
      if (await tx.get('SELECT name FROM schema_migrations WHERE name = ?', [migration.name])) return false;
      for (const statement of statementsFor(migration, driver.dialect)) await tx.exec(statement);
      await tx.run('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)', [
        migration.name,
        new Date().toISOString(),
      ]);
      return true;
    });
    if (ran) names.push(migration.name);
  }
  return names;
}

/** Drops everything the migrations created, newest first, and the record of them. */
export async function unmigrate(
  driver: SqlDriver,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<void> {
  await driver.transaction(async (tx) => {
    await lockMigrations(tx);
    for (const migration of [...migrations].reverse()) {
      for (const statement of migration.down) await tx.exec(statement);
    }
    await tx.exec('DROP TABLE IF EXISTS schema_migrations');
  });
}
