import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SanadError } from '../../core/errors.js';
import { connectSqlite } from './sqlite-driver.js';

/** Lets other queued promise callbacks run, as a real await on I/O would. */
const yieldToOthers = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('connectSqlite()', () => {
  it('maps SQLite errors to SanadError SANAD_STORE_FAILED with the cause kept', async () => {
    const driver = connectSqlite(':memory:');
    let thrown: unknown;
    try {
      await driver.all('SELECT * FROM missing_table');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SanadError);
    expect((thrown as SanadError).code).toBe('SANAD_STORE_FAILED');
    expect((thrown as SanadError).message).toMatch(
      /^Cannot query store ":memory:": no such table: missing_table$/,
    );
    expect((thrown as SanadError).cause).toBeInstanceOf(Error);
    await driver.close();
  });

  it('rolls a transaction back when its work throws, and rethrows the error as it was', async () => {
    const driver = connectSqlite(':memory:');
    await driver.exec('CREATE TABLE t (n INTEGER)');
    const failure = new RangeError('stop');
    await expect(
      driver.transaction(async (tx) => {
        await tx.run('INSERT INTO t (n) VALUES (?)', [1]);
        throw failure;
      }),
    ).rejects.toThrow(failure);
    expect((await driver.get<{ c: number }>('SELECT count(*) AS c FROM t'))?.c).toBe(0);
    await driver.transaction((tx) => tx.run('INSERT INTO t (n) VALUES (?)', [2]));
    expect(await driver.all<{ n: number }>('SELECT n FROM t')).toEqual([{ n: 2 }]);
    await driver.close();
  });

  it('transaction() never lets two async callers interleave inside one transaction', async () => {
    const driver = connectSqlite(':memory:');
    await driver.exec('CREATE TABLE t (caller TEXT, step INTEGER)');
    const steps = (caller: string) =>
      driver.transaction(async (tx) => {
        for (let step = 0; step < 3; step++) {
          await tx.run('INSERT INTO t (caller, step) VALUES (?, ?)', [caller, step]);
          await yieldToOthers();
        }
        if (caller === 'b') throw new Error('b fails');
      });
    const outcomes = await Promise.allSettled([steps('a'), steps('b'), steps('c')]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    // b's rows were rolled back without touching a's or c's, which ran whole, one after the other.
    const rows = await driver.all<{ caller: string }>('SELECT caller FROM t ORDER BY rowid');
    expect(rows.map((row) => row.caller).join('')).toBe('aaaccc');
    await driver.close();
  });

  it('a query made on the driver while a transaction is open waits for its commit', async () => {
    const driver = connectSqlite(':memory:');
    await driver.exec('CREATE TABLE t (n INTEGER)');
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const writing = driver.transaction(async (tx) => {
      await tx.run('INSERT INTO t (n) VALUES (1)');
      await gate;
      await tx.run('INSERT INTO t (n) VALUES (2)');
    });
    const reading = driver.get<{ c: number }>('SELECT count(*) AS c FROM t');
    release();
    await writing;
    // Had the read run at once, it would have seen the transaction half done (1 row).
    expect((await reading)?.c).toBe(2);
    await driver.close();
  });

  it('refuses, instead of waiting forever, a query on the driver from inside its own transaction', async () => {
    const driver = connectSqlite(':memory:');
    await driver.exec('CREATE TABLE t (n INTEGER)');
    await expect(
      driver.transaction(async () => {
        await driver.run('INSERT INTO t (n) VALUES (1)');
      }),
    ).rejects.toThrow(/^Cannot query store ":memory:": a transaction is open in this call/);
    await expect(driver.transaction(() => driver.transaction(async () => 1))).rejects.toThrow(
      /one is already open/,
    );
    expect((await driver.get<{ c: number }>('SELECT count(*) AS c FROM t'))?.c).toBe(0);
    await driver.close();
  });

  it('refuses a transaction handle used after its transaction ended', async () => {
    const driver = connectSqlite(':memory:');
    await driver.exec('CREATE TABLE t (n INTEGER)');
    const leaked = await driver.transaction(async (tx) => tx);
    await expect(leaked.run('INSERT INTO t (n) VALUES (1)')).rejects.toThrow(/the transaction has ended/);
    await driver.close();
  });

  it('reports a store that cannot be opened', () => {
    // A regular file where a folder should be: the folder cannot be created.
    const file = join(mkdtempSync(join(tmpdir(), 'sanad-driver-')), 'plain-file');
    writeFileSync(file, 'not a folder');
    const path = join(file, 'store.sqlite');
    expect(() => connectSqlite(path)).toThrow(`Cannot open store "${path}": `);
  });

  it('reports use after close as a store failure', async () => {
    const driver = connectSqlite(':memory:');
    await driver.close();
    await expect(driver.get('SELECT 1')).rejects.toThrow(SanadError);
  });
});
