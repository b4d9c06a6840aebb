import { describe, expect, it } from 'vitest';
import { connectSqlite } from '../sqlite/sqlite-driver.js';
import { pendingInserts } from './_pending-inserts.js';

describe('pendingInserts()', () => {
  it('writes each statement once with its rows in the order added, however many one entry adds', async () => {
    const driver = connectSqlite(':memory:');
    await driver.exec('CREATE TABLE items (n INTEGER NOT NULL)');
    await driver.exec('CREATE TABLE marks (n INTEGER NOT NULL)');
    await driver.transaction(async (tx) => {
      const pending = pendingInserts(tx);
      // An extraction of a long text: more rows than a call can take as arguments.
      pending.addAll(
        'INSERT INTO items (n) VALUES (?)',
        Array.from({ length: 200_000 }, (_, n) => [n]),
      );
      pending.add('INSERT INTO marks (n) VALUES (?)', [7]);
      pending.addAll('INSERT INTO items (n) VALUES (?)', [[200_000]]);
      await pending.flush();
    });
    expect(await driver.get('SELECT COUNT(*) AS rows, MAX(n) AS last FROM items')).toEqual({
      rows: 200_001,
      last: 200_000,
    });
    expect(await driver.all('SELECT n FROM marks')).toEqual([{ n: 7 }]);
    await driver.close();
  });
});
