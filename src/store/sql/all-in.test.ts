import { describe, expect, it } from 'vitest';
import { connectSqlite } from '../sqlite/sqlite-driver.js';
import { allIn } from './_all-in.js';

describe('allIn()', () => {
  it('returns every row however many one list of ids selects', async () => {
    const driver = connectSqlite(':memory:');
    await driver.exec('CREATE TABLE assertion_ids (proposition TEXT NOT NULL, n INTEGER NOT NULL)');
    // More rows than a call can take as arguments: a proposition asserted by a corpus of copies.
    const rows = Array.from({ length: 300_000 }, (_, n) => [n % 2 === 0 ? 'pr_a' : 'pr_b', n] as const);
    await driver.transaction((tx) =>
      tx.runMany('INSERT INTO assertion_ids (proposition, n) VALUES (?, ?)', rows),
    );
    const found = await allIn<{ n: number }>(
      driver,
      (marks) => `SELECT n FROM assertion_ids WHERE proposition IN (${marks}) ORDER BY n`,
      ['pr_a', 'pr_b', 'pr_c'],
    );
    expect(found).toHaveLength(300_000);
    expect(found[299_999]).toEqual({ n: 299_999 });
    await driver.close();
  });
});
