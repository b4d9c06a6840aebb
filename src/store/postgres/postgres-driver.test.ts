import { afterAll, describe, expect, it } from 'vitest';
import { SanadError } from '../../core/errors.js';
import type { SqlDriver } from '../sql/driver.js';
import { connectPostgres, redactedUrl } from './postgres-driver.js';
import { SKIP_REASON, TEST_DATABASE_URL, createTestSchema, type TestSchema } from './test-schemas.js';

describe('redactedUrl()', () => {
  it('hides the password and keeps the rest', () => {
    expect(redactedUrl('postgres://sanad:secret@db.example:5433/sanad')).toBe(
      'postgres://sanad:***@db.example:5433/sanad',
    );
    expect(redactedUrl('not a url')).toBe('postgres://(unparsable URL)');
  });
});

describe.skipIf(!TEST_DATABASE_URL)(
  `connectPostgres()${TEST_DATABASE_URL ? '' : ` (${SKIP_REASON})`}`,
  () => {
    const schemas: TestSchema[] = [];
    afterAll(async () => {
      for (const schema of schemas) await schema.drop();
    });
    async function connect(): Promise<SqlDriver> {
      const schema = await createTestSchema(TEST_DATABASE_URL!);
      schemas.push(schema);
      const driver = connectPostgres(schema.url);
      await driver.exec('CREATE TABLE t (n BIGINT, label TEXT)');
      return driver;
    }

    it('binds ? placeholders and returns integers as numbers, past 2^53 as bigints', async () => {
      const driver = await connect();
      expect(
        await driver.run('INSERT INTO t (n, label) VALUES (?, ?), (?, ?)', [7, 'a?', 2n ** 60n, 'b']),
      ).toBe(2);
      expect(await driver.all('SELECT n, label FROM t ORDER BY n')).toEqual([
        { n: 7, label: 'a?' },
        { n: 2n ** 60n, label: 'b' },
      ]);
      expect(
        await driver.get("SELECT count(*) AS c, sum(n) AS s FROM t WHERE label = 'a?' OR label = ?", ['a?']),
      ).toEqual({
        c: 1,
        s: 7,
      });
      await driver.close();
    });

    it('maps database errors to SanadError SANAD_STORE_FAILED naming the store without its password', async () => {
      const driver = await connect();
      const error = await driver.all('SELECT * FROM missing_table').catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SanadError);
      expect((error as SanadError).code).toBe('SANAD_STORE_FAILED');
      expect((error as SanadError).message).toMatch(
        /^Cannot query store "postgres:.*": relation "missing_table" does not exist$/,
      );
      const password = new URL(TEST_DATABASE_URL!).password;
      if (password) expect((error as SanadError).message).not.toContain(`:${password}@`);
      await driver.close();
    });

    it('rolls a transaction back when its work throws, and rethrows the error as it was', async () => {
      const driver = await connect();
      const failure = new RangeError('stop');
      await expect(
        driver.transaction(async (tx) => {
          await tx.run('INSERT INTO t (n) VALUES (?)', [1]);
          throw failure;
        }),
      ).rejects.toThrow(failure);
      expect((await driver.get<{ c: number }>('SELECT count(*) AS c FROM t'))?.c).toBe(0);
      await driver.transaction((tx) => tx.run('INSERT INTO t (n) VALUES (?)', [2]));
      expect(await driver.all('SELECT n FROM t')).toEqual([{ n: 2 }]);
      await driver.close();
    });

    it('runs a transaction on one connection, invisible to others until it commits', async () => {
      const driver = await connect();
      let release: () => void = () => {};
      const gate = new Promise<void>((resolve) => (release = resolve));
      let seenInside = -1;
      const writing = driver.transaction(async (tx) => {
        await tx.run('INSERT INTO t (n) VALUES (1)');
        seenInside = (await tx.get<{ c: number }>('SELECT count(*) AS c FROM t'))!.c;
        await gate;
      });
      await new Promise((resolve) => setTimeout(resolve, 50));
      const outside = (await driver.get<{ c: number }>('SELECT count(*) AS c FROM t'))!.c;
      release();
      await writing;
      expect([seenInside, outside]).toEqual([1, 0]);
      expect((await driver.get<{ c: number }>('SELECT count(*) AS c FROM t'))!.c).toBe(1);
      await driver.close();
    });

    it('refuses a query on the driver from inside its own transaction, and a leaked handle', async () => {
      const driver = await connect();
      await expect(driver.transaction(() => driver.run('INSERT INTO t (n) VALUES (1)'))).rejects.toThrow(
        /a transaction is open in this call/,
      );
      const leaked = await driver.transaction(async (tx) => tx);
      await expect(leaked.run('INSERT INTO t (n) VALUES (1)')).rejects.toThrow(/the transaction has ended/);
      await driver.close();
      await expect(driver.get('SELECT 1')).rejects.toThrow(/it is closed/);
    });

    it('reports a database it cannot reach as a store failure', async () => {
      const driver = connectPostgres('postgres://nobody:pw@127.0.0.1:1/none');
      await expect(driver.get('SELECT 1')).rejects.toThrow(
        /^Cannot query store "postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none": /,
      );
      await driver.close();
    });
  },
);
