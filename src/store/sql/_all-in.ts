import type { SqlExecutor } from './driver.js';

/** Ids per `IN (…)` list, well under any driver's parameter limit. */
const IDS_PER_QUERY = 500;

/** The rows `sql` selects for these ids, asked in lists of a few hundred; `sql` gets the `?` marks. */
export async function allIn<Row>(
  driver: SqlExecutor,
  sql: (marks: string) => string,
  ids: readonly string[],
): Promise<Row[]> {
  const rows: Row[] = [];
  for (let start = 0; start < ids.length; start += IDS_PER_QUERY) {
    const chunk = ids.slice(start, start + IDS_PER_QUERY);
    // Not push(...found): past about 100,000 rows the arguments overflow the call stack.
    for (const row of await driver.all<Row>(sql(chunk.map(() => '?').join(', ')), chunk)) rows.push(row);
  }
  return rows;
}
