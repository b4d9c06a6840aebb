import type { SqlExecutor, SqlValue } from './driver.js';

/**
 * Rows gathered per `INSERT … VALUES (…)` statement across many entries, then written with one
 * `runMany` per statement, all issued together: on a server database that is one round trip for
 * a whole batch instead of one per table and entry. Statements run in the order they were first added, each with
 * its rows in the order they were added.
 */
export interface PendingInserts {
  add(sql: string, row: readonly SqlValue[]): void;
  addAll(sql: string, rows: readonly (readonly SqlValue[])[]): void;
  /** Writes every pending row; call before any statement that reads or deletes what they write. */
  flush(): Promise<void>;
}

export function pendingInserts(driver: SqlExecutor): PendingInserts {
  let pending = new Map<string, Array<readonly SqlValue[]>>();
  const rowsOf = (sql: string): Array<readonly SqlValue[]> => {
    let rows = pending.get(sql);
    if (!rows) pending.set(sql, (rows = []));
    return rows;
  };
  return {
    add: (sql, row) => void rowsOf(sql).push(row),
    addAll(sql, rows) {
      if (rows.length === 0) return;
      // One row at a time: spread, a long text's hundred thousand items would overflow the stack.
      const pendingRows = rowsOf(sql);
      for (const row of rows) pendingRows.push(row);
    },
    async flush() {
      const statements = [...pending];
      pending = new Map();
      // Issued together, in order: one round trip for all on a server database.
      await Promise.all(statements.map(([sql, rows]) => driver.runMany(sql, rows)));
    },
  };
}
