/**
 * The few database operations the store needs, so that SQL logic in `sql/` never sees a driver's
 * own types. Each driver folder (`sqlite/`, later `postgres/`) implements this and maps its errors
 * to SanadError 'SANAD_STORE_FAILED'. Parameters are positional `?` placeholders. Every operation
 * returns a Promise, so that a client that talks to a server (node-postgres) fits the same port as
 * an embedded one (better-sqlite3).
 * @module
 */

/** The SQL dialects sanad's schema is written for. */
export type Dialect = 'sqlite' | 'postgres';

export type SqlValue = string | number | bigint | null;

/**
 * What runs SQL: a connection, or one transaction on it. Calls may be made without awaiting the
 * previous one: they run in the order they were made (a server database sends them together).
 */
export interface SqlExecutor {
  readonly dialect: Dialect;
  /** Runs one statement that returns no rows; resolves to how many rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /**
   * Runs one `INSERT … VALUES (?, …)` for each row of parameters, in order; resolves to how many
   * rows they changed. A server database sends them as multi-row INSERTs, in one round trip each.
   */
  runMany(sql: string, rows: readonly (readonly SqlValue[])[]): Promise<number>;
  /** Runs one query and resolves to its first row, or undefined. */
  get<Row>(sql: string, params?: readonly SqlValue[]): Promise<Row | undefined>;
  /** Runs one query and resolves to all its rows. */
  all<Row>(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** Runs schema statements (DDL); forgets any cached statement, as the schema may have changed. */
  exec(sql: string): Promise<void>;
}

/** Port: a connection to one database. */
export interface SqlDriver extends SqlExecutor {
  /**
   * Runs `work` in one transaction, committed if it resolves and rolled back if it rejects. All SQL
   * of the transaction goes through the `tx` handle it is given (a server database runs it on one
   * dedicated connection); the handle refuses work once the transaction has ended. Transactions never
   * interleave: a second one, and any query made on the driver itself meanwhile, waits for the first
   * to end, so a query on the driver inside `work` is refused rather than left to wait forever.
   */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /** Waits for work in progress, then closes the connection. */
  close(): Promise<void>;
}
