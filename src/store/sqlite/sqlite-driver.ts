/**
 * The thin SQLite driver: opens a file with WAL, runs prepared statements (cached by SQL
 * text) and maps better-sqlite3's errors to SanadError 'SANAD_STORE_FAILED'.
 * @module
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { SanadError } from '../../core/errors.js';
import type { SqlDriver, SqlValue } from '../sql/driver.js';

/** Errors raised by SQLite itself (better-sqlite3's SqliteError carries a 'SQLITE_…' code). */
function isSqliteError(error: unknown): error is Error & { code: string } {
  const code: unknown = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('SQLITE_');
}

function storeFailed(action: string, path: string, error: unknown): SanadError {
  const reason = error instanceof Error ? error.message : String(error);
  return new SanadError('SANAD_STORE_FAILED', `Cannot ${action} store "${path}": ${reason}`, {
    cause: error,
  });
}

/**
 * Opens (creating if needed) the SQLite database at `path`; ':memory:' for a private one.
 * @example
 * const driver = connectSqlite('.sanad/store.sqlite');
 * driver.get<{ n: number }>('SELECT count(*) AS n FROM documents');
 */
export function connectSqlite(path: string): SqlDriver {
  let db: Database.Database;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('cache_size = -32000');
    db.pragma('temp_store = MEMORY');
  } catch (error) {
    throw storeFailed('open', path, error);
  }
  const statements = new Map<string, Database.Statement>();

  const prepared = (sql: string): Database.Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };

  const guard = <T>(action: string, work: () => T): T => {
    try {
      return work();
    } catch (error) {
      throw isSqliteError(error) || (error instanceof TypeError && !db.open)
        ? storeFailed(action, path, error)
        : error;
    }
  };

  return {
    dialect: 'sqlite',
    run: (sql, params: readonly SqlValue[] = []) =>
      guard('write to', () => prepared(sql).run(...params).changes),
    get: <Row>(sql: string, params: readonly SqlValue[] = []) =>
      guard('query', () => prepared(sql).get(...params) as Row | undefined),
    all: <Row>(sql: string, params: readonly SqlValue[] = []) =>
      guard('query', () => prepared(sql).all(...params) as Row[]),
    exec(sql) {
      statements.clear();
      guard('change the schema of', () => db.exec(sql));
    },
    transaction: <T>(work: () => T) => guard('write to', () => db.transaction(work)()),
    close() {
      statements.clear();
      if (db.open) guard('close', () => db.close());
    },
  };
}
