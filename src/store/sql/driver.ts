/**
 * The few database operations the store needs, so that SQL logic in `sql/` never sees a driver's
 * own types. Each driver folder (`sqlite/`, later `postgres/`) implements this and maps its errors
 * to SanadError 'SANAD_STORE_FAILED'. Parameters are positional `?` placeholders.
 * @module
 */

/** The SQL dialects sanad's schema is written for. */
export type Dialect = 'sqlite' | 'postgres';

export type SqlValue = string | number | bigint | null;

/** Port: a connection to one database. */
export interface SqlDriver {
  readonly dialect: Dialect;
  /** Runs one statement that returns no rows; returns how many rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): number;
  /** Runs one query and returns its first row, or undefined. */
  get<Row>(sql: string, params?: readonly SqlValue[]): Row | undefined;
  /** Runs one query and returns all its rows. */
  all<Row>(sql: string, params?: readonly SqlValue[]): Row[];
  /** Runs schema statements (DDL); forgets any cached statement, as the schema may have changed. */
  exec(sql: string): void;
  /** Runs `work` in one transaction: committed if it returns, rolled back if it throws. */
  transaction<T>(work: () => T): T;
  /** Closes the connection. */
  close(): void;
}
