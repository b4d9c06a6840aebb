import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { connectPostgres } from '../postgres/postgres-driver.js';
import {
  SKIP_REASON,
  TEST_DATABASE_URL,
  createTestSchema,
  type TestSchema,
} from '../postgres/test-schemas.js';
import { connectSqlite } from '../sqlite/sqlite-driver.js';
import type { SqlDriver } from './driver.js';
import { MIGRATIONS, migrate, statementsFor, unmigrate } from './migrate.js';

const MIGRATION_FILES = readdirSync(fileURLToPath(new URL('./migrations/', import.meta.url)))
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .map((file) => file.replace(/\.ts$/, ''))
  .sort();

async function tables(driver: SqlDriver): Promise<string[]> {
  const rows = await driver.all<{ name: string }>(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts_%' ORDER BY name",
  );
  return rows.map((row) => row.name);
}

/** The tables a migration's SQL creates, or with `DROP` drops, read from its statements. */
function createdBy(index: number, verb: 'CREATE' | 'DROP' = 'CREATE'): string[] {
  const pattern =
    verb === 'CREATE' ? /CREATE (?:VIRTUAL )?TABLE IF NOT EXISTS (\w+)/ : /DROP TABLE IF EXISTS (\w+)/;
  return statementsFor(MIGRATIONS[index]!, 'sqlite')
    .map((sql) => pattern.exec(sql)?.[1])
    .filter((name): name is string => name !== undefined);
}

/** The tables there are once every migration has run. */
function tablesAtTheEnd(): string[] {
  const dropped = new Set(MIGRATIONS.flatMap((_, index) => createdBy(index, 'DROP')));
  return MIGRATIONS.flatMap((_, index) => createdBy(index)).filter((name) => !dropped.has(name));
}

const UP_TO_FOLD = MIGRATIONS.findIndex((migration) => migration.name === '0008-fold-extraction-lists');

/**
 * A store as 0007 left it, with two extractions (one of them without items), folded by 0008:
 * each list becomes a JSON array in the items' order, with its count, and the tables go.
 */
async function checkFold(driver: SqlDriver, tableNames: () => Promise<string[]>): Promise<void> {
  await migrate(driver, MIGRATIONS.slice(0, UP_TO_FOLD));
  for (const document of ['sha256:aa', 'sha256:bb'])
    await driver.run('INSERT INTO extractions (document, seq, extractor, diagnostics) VALUES (?, ?, ?, ?)', [
      document,
      document === 'sha256:aa' ? 2 : 4,
      'x@1',
      '[]',
    ]);
  const places = [
    { text: 'Tehran', span: [10, 16], name: 'Tehran', kind: 'city', country: 'IR', lat: 35.69, lon: 51.39 },
    { text: 'مشهد', span: [0, 4], name: 'Mashhad', kind: 'city', country: 'IR', lat: null, lon: null },
  ];
  // Written out of order: the fold follows `ord`.
  for (const ord of [1, 0])
    await driver.run('INSERT INTO places (document, ord, name, body) VALUES (?, ?, ?, ?)', [
      'sha256:aa',
      ord,
      places[ord]!.name,
      JSON.stringify(places[ord]),
    ]);
  const entity = { text: 'IRGC', span: [20, 24], name: 'IRGC', kind: 'organization', aliases: ['سپاه'] };
  await driver.run('INSERT INTO entities (document, ord, name, body) VALUES (?, ?, ?, ?)', [
    'sha256:aa',
    0,
    entity.name,
    JSON.stringify(entity),
  ]);
  expect(await migrate(driver)).toEqual(MIGRATIONS.slice(UP_TO_FOLD).map((m) => m.name));

  const rows = await driver.all<Record<string, string | number>>(
    'SELECT document, quantities, dates, places, entities, quantity_count, date_count, place_count, entity_count FROM extractions ORDER BY document',
  );
  const read = rows.map((row) => ({
    ...row,
    quantities: JSON.parse(String(row.quantities)),
    dates: JSON.parse(String(row.dates)),
    places: JSON.parse(String(row.places)),
    entities: JSON.parse(String(row.entities)),
    quantity_count: Number(row.quantity_count),
    date_count: Number(row.date_count),
    place_count: Number(row.place_count),
    entity_count: Number(row.entity_count),
  }));
  expect(read).toEqual([
    {
      document: 'sha256:aa',
      quantities: [],
      dates: [],
      places,
      entities: [entity],
      quantity_count: 0,
      date_count: 0,
      place_count: 2,
      entity_count: 1,
    },
    {
      document: 'sha256:bb',
      quantities: [],
      dates: [],
      places: [],
      entities: [],
      quantity_count: 0,
      date_count: 0,
      place_count: 0,
      entity_count: 0,
    },
  ]);
  const left = await tableNames();
  for (const table of ['quantities', 'dates', 'places', 'entities']) expect(left).not.toContain(table);
}

describe('MIGRATIONS', () => {
  it('have distinct names of the form NNNN-verb-object, one per file, in file order', () => {
    const names = MIGRATIONS.map((migration) => migration.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^\d{4}-[a-z]+(?:-[a-z]+)+$/);
    expect(names).toEqual(MIGRATION_FILES);
    expect(names.map((name) => Number(name.slice(0, 4)))).toEqual(names.map((_, index) => index + 1));
  });

  it('have SQL for SQLite and a DROP for every table they create', () => {
    MIGRATIONS.forEach((migration, index) => {
      for (const table of createdBy(index)) {
        expect(migration.down, migration.name).toContain(`DROP TABLE IF EXISTS ${table}`);
      }
    });
  });
});

describe('migrate()', () => {
  // Each migration applied on top of its predecessors to an empty database, then re-run as a no-op.
  MIGRATIONS.forEach((migration, index) => {
    it(`applies ${migration.name} to an empty database once`, async () => {
      const driver = connectSqlite(':memory:');
      const upTo = MIGRATIONS.slice(0, index + 1);
      expect(await migrate(driver, upTo)).toEqual(upTo.map((m) => m.name));
      for (const table of createdBy(index)) {
        expect(
          await driver.get('SELECT name FROM sqlite_master WHERE name = ?', [table]),
          table,
        ).toBeDefined();
      }
      expect(await migrate(driver, upTo)).toEqual([]);
      expect(await driver.all('SELECT name FROM schema_migrations')).toHaveLength(index + 1);
      await driver.close();
    });
  });

  it('applies only the migrations a database has not seen, recorded by name', async () => {
    const driver = connectSqlite(':memory:');
    await migrate(driver, MIGRATIONS.slice(0, 2));
    expect(await migrate(driver)).toEqual(MIGRATIONS.slice(2).map((m) => m.name));
    expect(
      (await driver.all<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name')).map(
        (row) => row.name,
      ),
    ).toEqual(MIGRATIONS.map((m) => m.name));
    await driver.close();
  });

  it('folds the items of every extraction into JSON arrays with their counts (0008)', async () => {
    const driver = connectSqlite(':memory:');
    await checkFold(driver, () => tables(driver));
    await driver.close();
  });

  it('leaves every FTS5 index merging its segments sixteen at a time', async () => {
    const driver = connectSqlite(':memory:');
    await migrate(driver);
    for (const table of ['documents_fts', 'statements_fts', 'events_fts']) {
      expect(await driver.get(`SELECT v FROM ${table}_config WHERE k = 'automerge'`), table).toEqual({
        v: 16,
      });
    }
    await driver.close();
  });
});

describe('unmigrate()', () => {
  it('drops every table the migrations created, so migrate() starts over', async () => {
    const driver = connectSqlite(':memory:');
    await migrate(driver);
    await unmigrate(driver);
    expect(await tables(driver)).toEqual([]);
    expect(await migrate(driver)).toHaveLength(MIGRATIONS.length);
    await driver.close();
  });
});

describe.skipIf(!TEST_DATABASE_URL)(
  `migrate() on PostgreSQL${TEST_DATABASE_URL ? '' : ` (${SKIP_REASON})`}`,
  () => {
    const schemas: TestSchema[] = [];
    afterAll(async () => {
      for (const schema of schemas) await schema.drop();
    });
    const postgresTables = async (driver: SqlDriver): Promise<string[]> =>
      (
        await driver.all<{ name: string }>(
          'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name',
        )
      ).map((row) => row.name);

    it('applies every migration once even when several processes migrate at the same moment', async () => {
      const schema = await createTestSchema(TEST_DATABASE_URL!);
      schemas.push(schema);
      const drivers = [connectPostgres(schema.url), connectPostgres(schema.url), connectPostgres(schema.url)];
      const applied = await Promise.all(drivers.map((driver) => migrate(driver)));
      expect(applied.flat().sort()).toEqual(MIGRATIONS.map((m) => m.name).sort());
      const created = tablesAtTheEnd().filter((name) => !name.endsWith('_fts'));
      for (const table of [...created, 'search_documents', 'search_statements', 'search_events']) {
        expect(await postgresTables(drivers[0]!), table).toContain(table);
      }
      await unmigrate(drivers[0]!);
      expect(await postgresTables(drivers[0]!)).toEqual([]);
      for (const driver of drivers) await driver.close();
    });

    it('folds the items of every extraction into JSON arrays with their counts (0008)', async () => {
      const schema = await createTestSchema(TEST_DATABASE_URL!);
      schemas.push(schema);
      const driver = connectPostgres(schema.url);
      await checkFold(driver, () => postgresTables(driver));
      await driver.close();
    });
  },
);
