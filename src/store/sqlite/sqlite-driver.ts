/**
 * The thin SQLite driver: opens a file with WAL, runs prepared statements (cached by SQL
 * text) and maps better-sqlite3's errors to SanadError 'SANAD_STORE_FAILED'. better-sqlite3 is
 * synchronous and holds one connection, so transactions (BEGIN IMMEDIATE … COMMIT) are serialized
 * by an in-process queue: two async callers never interleave inside one transaction.
 * @module
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { SanadError } from '../../core/errors.js';
import type { SqlDriver, SqlExecutor, SqlValue } from '../sql/driver.js';

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

/** The outcome of synchronous work as a Promise: its value, or its error as a rejection. */
function settled<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error as Error);
  }
}

/**
 * Opens (creating if needed) the SQLite database at `path`; ':memory:' for a private one.
 * @example
 * const driver = connectSqlite('.sanad/store.sqlite');
 * await driver.get<{ n: number }>('SELECT count(*) AS n FROM documents');
 */
export function connectSqlite(path: string, options: { readonly readonly?: boolean } = {}): SqlDriver {
  let db: Database.Database;
  try {
    if (options.readonly) {
      // A reader beside the writer (another thread): the file and its write-ahead log exist.
      db = new Database(path, { readonly: true, fileMustExist: true });
    } else {
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      db = new Database(path);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('temp_store = MEMORY');
      // Copy the write-ahead log into the database every 40 MB of it rather than every 4 MB: each
      // copy ends in an fsync, and an ingest writes a few hundred MB. The bare 50 MB bench ingest
      // took 4.8-5.0 s against 5.1-5.2 s.
      db.pragma('wal_autocheckpoint = 10000');
    }
    db.pragma('busy_timeout = 5000');
    // 16 MB: ingest appends, so a larger cache only raised peak memory; searches measured the same.
    db.pragma('cache_size = -16000');
  } catch (error) {
    throw storeFailed('open', path, error);
  }
  return driverOn(db, path);
}

/** The driver on an open connection; `path` names the store in errors. */
function driverOn(db: Database.Database, path: string): SqlDriver {
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
  const sync = {
    run: (sql: string, params: readonly SqlValue[] = []): number =>
      guard('write to', () => prepared(sql).run(...params).changes),
    runMany: (sql: string, rows: readonly (readonly SqlValue[])[]): number =>
      guard('write to', () => {
        const statement = prepared(sql);
        let changes = 0;
        for (const row of rows) changes += statement.run(...row).changes;
        return changes;
      }),
    get: <Row>(sql: string, params: readonly SqlValue[] = []): Row | undefined =>
      guard('query', () => prepared(sql).get(...params) as Row | undefined),
    all: <Row>(sql: string, params: readonly SqlValue[] = []): Row[] =>
      guard('query', () => prepared(sql).all(...params) as Row[]),
    exec(sql: string): void {
      statements.clear();
      guard('change the schema of', () => db.exec(sql));
    },
  };

  // Exclusive sections (transactions, close) run one after another; `waiting` counts those queued
  // or running, so that a plain query runs at once when none is and queues behind them otherwise.
  let queue: Promise<unknown> = Promise.resolve();
  let waiting = 0;
  const insideTransaction = new AsyncLocalStorage<true>();
  const exclusive = <T>(work: () => Promise<T> | T): Promise<T> => {
    waiting++;
    const result = queue.then(work).finally(() => waiting--);
    queue = result.catch(() => undefined);
    return result;
  };
  const outside = <T>(work: () => T): Promise<T> => {
    if (insideTransaction.getStore()) {
      return Promise.reject(
        new SanadError(
          'SANAD_STORE_FAILED',
          `Cannot query store "${path}": a transaction is open in this call; use the handle transaction() passes to its work`,
        ),
      );
    }
    return waiting === 0 ? settled(work) : exclusive(work);
  };

  return {
    dialect: 'sqlite',
    run: (sql, params) => outside(() => sync.run(sql, params)),
    runMany: (sql, rows) => outside(() => sync.runMany(sql, rows)),
    get: <Row>(sql: string, params?: readonly SqlValue[]) => outside(() => sync.get<Row>(sql, params)),
    all: <Row>(sql: string, params?: readonly SqlValue[]) => outside(() => sync.all<Row>(sql, params)),
    exec: (sql) => outside(() => sync.exec(sql)),
    transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
      if (insideTransaction.getStore()) {
        return Promise.reject(
          new SanadError(
            'SANAD_STORE_FAILED',
            `Cannot begin a transaction on store "${path}": one is already open in this call`,
          ),
        );
      }
      return exclusive(async () => {
        guard('write to', () => db.exec('BEGIN IMMEDIATE'));
        let open = true;
        const within = <R>(action: () => R): Promise<R> => {
          if (!open) {
            return Promise.reject(
              new SanadError('SANAD_STORE_FAILED', `Cannot query store "${path}": the transaction has ended`),
            );
          }
          return settled(action);
        };
        const tx: SqlExecutor = {
          dialect: 'sqlite',
          run: (sql, params) => within(() => sync.run(sql, params)),
          runMany: (sql, rows) => within(() => sync.runMany(sql, rows)),
          get: <Row>(sql: string, params?: readonly SqlValue[]) => within(() => sync.get<Row>(sql, params)),
          all: <Row>(sql: string, params?: readonly SqlValue[]) => within(() => sync.all<Row>(sql, params)),
          exec: (sql) => within(() => sync.exec(sql)),
        };
        try {
          const result = await insideTransaction.run(true, () => work(tx));
          guard('write to', () => db.exec('COMMIT'));
          return result;
        } catch (error) {
          if (db.open && db.inTransaction) guard('roll back', () => db.exec('ROLLBACK'));
          throw error;
        } finally {
          open = false;
        }
      });
    },
    close: () =>
      exclusive(() => {
        statements.clear();
        if (db.open) guard('close', () => db.close());
      }),
  };
}
