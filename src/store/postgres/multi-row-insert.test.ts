import { describe, expect, it } from 'vitest';
import { multiRowInserts } from './multi-row-insert.js';

describe('multiRowInserts()', () => {
  it('repeats the VALUES tuple, nested parentheses and ON CONFLICT included', () => {
    expect(
      multiRowInserts('INSERT INTO t (a, b) VALUES (?, CAST(? AS tsvector)) ON CONFLICT (a) DO NOTHING', [
        [1, 'x'],
        [2, 'y'],
      ]),
    ).toEqual([
      {
        sql: 'INSERT INTO t (a, b) VALUES (?, CAST(? AS tsvector)), (?, CAST(? AS tsvector)) ON CONFLICT (a) DO NOTHING',
        params: [1, 'x', 2, 'y'],
      },
    ]);
  });

  it('splits rows so no statement passes PostgreSQL parameter limit, and sends none for no rows', () => {
    const rows = Array.from({ length: 25_000 }, (_, n) => [n, n, n, n]);
    const statements = multiRowInserts('INSERT INTO t (a, b, c, d) VALUES (?, ?, ?, ?)', rows);
    expect(statements.map((statement) => statement.params.length)).toEqual([60_000, 40_000]);
    expect(statements.flatMap((statement) => statement.params)).toEqual(rows.flat());
    expect(multiRowInserts('INSERT INTO t (a) VALUES (?)', [])).toEqual([]);
  });

  it('refuses a statement that is not INSERT … VALUES', () => {
    expect(() => multiRowInserts('UPDATE t SET a = ?', [[1]])).toThrow(/it is not INSERT … VALUES/);
  });
});
