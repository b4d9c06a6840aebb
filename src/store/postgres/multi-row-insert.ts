/**
 * Many rows of one `INSERT … VALUES (…)` as a few multi-row INSERTs: one round trip each instead
 * of one a row, which is most of the cost of projecting an extraction over a network.
 * @module
 */
import { SanadError } from '../../core/errors.js';
import type { SqlValue } from '../sql/driver.js';

/** PostgreSQL's limit on parameters in one statement is 65,535. */
const MAX_PARAMS = 60_000;

const INSERT = /^(\s*INSERT\s+INTO\s+[\s\S]*?\bVALUES\s*)(\([\s\S]*?\))(\s*(?:ON\s+CONFLICT[\s\S]*)?)$/i;

/**
 * The statements (and their parameters) inserting every row; `sql` has one `VALUES (…)` tuple.
 * @example
 * multiRowInserts('INSERT INTO t (a, b) VALUES (?, ?)', [[1, 'x'], [2, 'y']]);
 * // [{ sql: 'INSERT INTO t (a, b) VALUES (?, ?), (?, ?)', params: [1, 'x', 2, 'y'] }]
 */
export function multiRowInserts(
  sql: string,
  rows: readonly (readonly SqlValue[])[],
): Array<{ sql: string; params: SqlValue[] }> {
  const match = INSERT.exec(sql);
  if (!match) {
    throw new SanadError(
      'SANAD_STORE_FAILED',
      `Cannot insert rows with "${sql}": it is not INSERT … VALUES (…)`,
    );
  }
  const [, head, tuple, tail] = match as unknown as [string, string, string, string];
  const width = Math.max(1, rows[0]?.length ?? 1);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / width));
  const statements: Array<{ sql: string; params: SqlValue[] }> = [];
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    statements.push({ sql: `${head}${chunk.map(() => tuple).join(', ')}${tail}`, params: chunk.flat() });
  }
  return statements;
}
