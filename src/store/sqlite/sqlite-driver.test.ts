import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SanadError } from '../../core/errors.js';
import { connectSqlite } from './sqlite-driver.js';

describe('connectSqlite()', () => {
  it('maps SQLite errors to SanadError SANAD_STORE_FAILED with the cause kept', () => {
    const driver = connectSqlite(':memory:');
    let thrown: unknown;
    try {
      driver.all('SELECT * FROM missing_table');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(SanadError);
    expect((thrown as SanadError).code).toBe('SANAD_STORE_FAILED');
    expect((thrown as SanadError).message).toMatch(
      /^Cannot query store ":memory:": no such table: missing_table$/,
    );
    expect((thrown as SanadError).cause).toBeInstanceOf(Error);
    driver.close();
  });

  it('rolls a transaction back when its work throws, and rethrows the error as it was', () => {
    const driver = connectSqlite(':memory:');
    driver.exec('CREATE TABLE t (n INTEGER)');
    const failure = new RangeError('stop');
    expect(() =>
      driver.transaction(() => {
        driver.run('INSERT INTO t (n) VALUES (?)', [1]);
        throw failure;
      }),
    ).toThrow(failure);
    expect(driver.get<{ c: number }>('SELECT count(*) AS c FROM t')?.c).toBe(0);
    driver.transaction(() => driver.run('INSERT INTO t (n) VALUES (?)', [2]));
    expect(driver.all<{ n: number }>('SELECT n FROM t')).toEqual([{ n: 2 }]);
    driver.close();
  });

  it('reports a store that cannot be opened', () => {
    // A regular file where a folder should be: the folder cannot be created.
    const file = join(mkdtempSync(join(tmpdir(), 'sanad-driver-')), 'plain-file');
    writeFileSync(file, 'not a folder');
    const path = join(file, 'store.sqlite');
    expect(() => connectSqlite(path)).toThrow(`Cannot open store "${path}": `);
  });

  it('reports use after close as a store failure', () => {
    const driver = connectSqlite(':memory:');
    driver.close();
    expect(() => driver.get('SELECT 1')).toThrow(SanadError);
  });
});
