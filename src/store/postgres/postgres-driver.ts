/**
 * The thin PostgreSQL driver: node-postgres behind SqlDriver. A pool of connections serves
 * queries; each transaction holds one pooled connection from BEGIN to COMMIT. Integers come back
 * as numbers (bigints past 2^53), as better-sqlite3 returns them, and every error the database or
 * the connection raises becomes SanadError 'SANAD_STORE_FAILED' naming the database (no password).
 * @module
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import pg from 'pg';
import { SanadError } from '../../core/errors.js';
import type { SqlDriver, SqlExecutor, SqlValue } from '../sql/driver.js';
import { multiRowInserts } from './multi-row-insert.js';
import { numberPlaceholders } from './placeholders.js';

const INT8_OID = 20;
const NUMERIC_OID = 1700;

/** A whole number as the SQLite driver returns it: a number when exact, a bigint otherwise. */
function parseInteger(text: string): number | bigint {
  const value = BigInt(text);
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(value)
    : value;
}

/** COUNT(*) is int8 and SUM of integers numeric: both come back as numbers, like SQLite's. */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary'): unknown {
    if (oid === INT8_OID) return parseInteger;
    if (oid === NUMERIC_OID)
      return (text: string) => (/^-?\d+$/.test(text) ? parseInteger(text) : Number(text));
    return pg.types.getTypeParser(oid, format ?? 'text');
  },
} as pg.CustomTypesConfig;

/** The database's URL without its password, to name it in messages. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}

function storeFailed(action: string, name: string, error: unknown): SanadError {
  const reason = error instanceof Error ? error.message || String(error) : String(error);
  return new SanadError('SANAD_STORE_FAILED', `Cannot ${action} store "${name}": ${reason}`, {
    cause: error,
  });
}

export interface PostgresDriverOptions {
  /** Most connections the pool opens; one per transaction in flight plus one for queries. */
  readonly maxConnections?: number;
}

/**
 * Connects (lazily, on first use) to the PostgreSQL database at `url`.
 * @example
 * const driver = connectPostgres('postgres://sanad@localhost/sanad');
 * await driver.get<{ n: number }>('SELECT count(*) AS n FROM documents');
 */
export function connectPostgres(url: string, options: PostgresDriverOptions = {}): SqlDriver {
  const name = redactedUrl(url);
  // Pipelined: queries issued without awaiting each other go out together, one round trip for all.
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 4,
    types,
    pipeline: true,
  });
  // An idle connection the server drops must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  const insideTransaction = new AsyncLocalStorage<true>();
  let closed = false;

  const guarded = async <T>(action: string, work: () => Promise<T>): Promise<T> => {
    if (closed) throw new SanadError('SANAD_STORE_FAILED', `Cannot ${action} store "${name}": it is closed`);
    try {
      return await work();
    } catch (error) {
      throw error instanceof SanadError ? error : storeFailed(action, name, error);
    }
  };
  const executor = (queryable: pg.Pool | pg.PoolClient, isOpen: () => boolean): SqlExecutor => {
    const query = async <Row>(action: string, sql: string, params: readonly SqlValue[] = []) => {
      if (!isOpen()) {
        throw new SanadError(
          'SANAD_STORE_FAILED',
          `Cannot ${action} store "${name}": the transaction has ended`,
        );
      }
      return guarded(action, () =>
        queryable.query<Row & pg.QueryResultRow>(numberPlaceholders(sql), params as unknown[]),
      );
    };
    return {
      dialect: 'postgres',
      run: async (sql, params) => (await query('write to', sql, params)).rowCount ?? 0,
      async runMany(sql, rows) {
        const results = await Promise.all(
          multiRowInserts(sql, rows).map(({ sql: statement, params }) =>
            query('write to', statement, params),
          ),
        );
        return results.reduce((changed, result) => changed + (result.rowCount ?? 0), 0);
      },
      get: async <Row>(sql: string, params?: readonly SqlValue[]) =>
        (await query<Row>('query', sql, params)).rows[0],
      all: async <Row>(sql: string, params?: readonly SqlValue[]) =>
        (await query<Row>('query', sql, params)).rows,
      async exec(sql) {
        if (!isOpen())
          throw new SanadError(
            'SANAD_STORE_FAILED',
            `Cannot change store "${name}": the transaction has ended`,
          );
        // Without parameters node-postgres uses the simple protocol, which runs several statements.
        await guarded('change the schema of', () => queryable.query(sql));
      },
    };
  };
  const refuseInsideTransaction = (): void => {
    if (insideTransaction.getStore()) {
      throw new SanadError(
        'SANAD_STORE_FAILED',
        `Cannot query store "${name}": a transaction is open in this call; use the handle transaction() passes to its work`,
      );
    }
  };
  const onPool = executor(pool, () => true);
  const onDriver = async <T>(work: () => Promise<T>): Promise<T> => (refuseInsideTransaction(), work());

  return {
    dialect: 'postgres',
    run: async (sql, params) => (refuseInsideTransaction(), onPool.run(sql, params)),
    runMany: (sql, rows) => onDriver(() => onPool.runMany(sql, rows)),
    get: async <Row>(sql: string, params?: readonly SqlValue[]) => (
      refuseInsideTransaction(),
      onPool.get<Row>(sql, params)
    ),
    all: async <Row>(sql: string, params?: readonly SqlValue[]) => (
      refuseInsideTransaction(),
      onPool.all<Row>(sql, params)
    ),
    exec: async (sql) => (refuseInsideTransaction(), onPool.exec(sql)),
    async transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T> {
      if (insideTransaction.getStore()) {
        throw new SanadError(
          'SANAD_STORE_FAILED',
          `Cannot begin a transaction on store "${name}": one is already open in this call`,
        );
      }
      const client = await guarded('connect to', () => pool.connect());
      let open = true;
      let broken = false;
      try {
        await guarded('write to', () => client.query('BEGIN'));
        const result = await insideTransaction.run(true, () => work(executor(client, () => open)));
        await guarded('write to', () => client.query('COMMIT'));
        return result;
      } catch (error) {
        open = false; // work still running after its failure must not query outside the transaction
        try {
          await client.query('ROLLBACK');
        } catch {
          broken = true; // the connection is gone; the pool must not hand it out again
        }
        throw error;
      } finally {
        open = false;
        client.release(broken);
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
