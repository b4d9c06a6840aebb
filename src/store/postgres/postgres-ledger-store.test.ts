import { afterAll, describe, expect, it } from 'vitest';
import { verifyLedger, type EntryDraft } from '../../ledger/index.js';
import { migrate } from '../sql/migrate.js';
import type { SqlDriver } from '../sql/driver.js';
import { connectPostgres } from './postgres-driver.js';
import { createPostgresLedger } from './postgres-ledger-store.js';
import { SERVER_MIGRATIONS } from './server-migrations.js';
import { SKIP_REASON, TEST_DATABASE_URL, createTestSchema, type TestSchema } from './test-schemas.js';
import { tsvectorSearchDialect } from './tsvector-search-dialect.js';
import { emptyExtraction } from '../../core/types.js';

function documentDraft(id: string): EntryDraft {
  return {
    kind: 'document.added',
    payload: { document: { id, language: 'en', text: `Report ${id}: workers gathered in Ahvaz.` } },
  };
}

function extractionDraft(document: string): EntryDraft {
  return {
    kind: 'extraction.added',
    payload: {
      document,
      extractor: 'test@1',
      extraction: emptyExtraction(),
    },
  };
}

describe.skipIf(!TEST_DATABASE_URL)(
  `the PostgreSQL ledger${TEST_DATABASE_URL ? '' : ` (${SKIP_REASON})`}`,
  () => {
    const schemas: TestSchema[] = [];
    const drivers: SqlDriver[] = [];
    afterAll(async () => {
      for (const driver of drivers) await driver.close();
      for (const schema of schemas) await schema.drop();
    });
    /** `count` connections to one fresh schema, as separate processes would have. */
    async function connections(count: number) {
      const schema = await createTestSchema(TEST_DATABASE_URL!);
      schemas.push(schema);
      return Promise.all(
        Array.from({ length: count }, async () => {
          const driver = connectPostgres(schema.url);
          drivers.push(driver);
          await migrate(driver, SERVER_MIGRATIONS);
          await migrate(driver);
          return { driver, ledger: createPostgresLedger(driver, tsvectorSearchDialect) };
        }),
      );
    }

    it('keeps one chain when writers on separate connections append at once, and projects every entry', async () => {
      const writers = await connections(3);
      await Promise.all(
        writers.map(({ ledger }, writer) =>
          Promise.all(
            Array.from({ length: 8 }, (_, n) =>
              ledger.append([documentDraft(`w${writer}-${n}`), extractionDraft(`w${writer}-${n}`)]),
            ),
          ),
        ),
      );
      const { ledger, driver } = writers[0]!;
      expect(await ledger.head()).toMatchObject({ seq: 48 });
      const seqs: number[] = [];
      for await (const entry of ledger.entries()) seqs.push(entry.seq);
      expect(seqs).toEqual(Array.from({ length: 48 }, (_, i) => i + 1));
      expect(await verifyLedger(ledger)).toMatchObject({ ok: true, count: 48 });
      expect(await driver.get('SELECT count(*) AS n FROM documents')).toEqual({ n: 24 });
      expect(await driver.get("SELECT value FROM projection_state WHERE name = 'last_seq'")).toEqual({
        value: 48,
      });
      const times = writers.map(({ ledger: writer }) => writer.appendTimes!());
      expect(times.map((time) => time.appends)).toEqual([8, 8, 8]);
      for (const time of times) expect(time.holdingSeconds).toBeGreaterThan(0);
    });

    it('refuses a batch holding a payload that is not JSON, naming the entry it would have been, and appends none of it', async () => {
      const [{ ledger }] = (await connections(1)) as [Awaited<ReturnType<typeof connections>>[number]];
      await ledger.append([documentDraft('a')]);
      await expect(
        ledger.append([documentDraft('b'), { kind: 'document.added', payload: { count: Number.NaN } }]),
      ).rejects.toThrow('Cannot append entry 3: payload is not JSON (NaN is not allowed)');
      expect(await ledger.head()).toMatchObject({ seq: 1 });
    });

    it('adds a document that several writers append at once exactly once, with its extraction', async () => {
      const writers = await connections(3);
      const appended = await Promise.all(
        writers.map(({ ledger }) => ledger.append([documentDraft('same'), extractionDraft('same')])),
      );
      expect(appended.map((entries) => entries.length).sort()).toEqual([0, 0, 2]);
      const { ledger } = writers[0]!;
      expect(await ledger.head()).toMatchObject({ seq: 2 });
      // A re-extraction alone is kept: it names a known document but adds none.
      expect(await ledger.append([extractionDraft('same')])).toHaveLength(1);
    });

    it('lets verify find an entry changed in the table', async () => {
      const [{ ledger, driver }] = (await connections(1)) as [
        Awaited<ReturnType<typeof connections>>[number],
      ];
      await ledger.append([documentDraft('a'), documentDraft('b'), documentDraft('c')]);
      await driver.run("UPDATE ledger SET text = replace(text, 'Ahvaz', 'Abadan') WHERE seq = 2");
      const result = await verifyLedger(ledger);
      expect(result).toMatchObject({ ok: false, count: 1, bad: { seq: 2 } });
    });
  },
);
