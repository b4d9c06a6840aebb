/**
 * The contract between the two stores: the sample reports ingested by `bin/sanad` into SQLite and
 * into PostgreSQL give byte-identical `--json` output for every listing command.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  SKIP_REASON,
  TEST_DATABASE_URL,
  createTestSchema,
  type TestSchema,
} from '../../src/store/postgres/test-schemas.js';
import { SAMPLES, SAMPLES_FA, sanadAsync, tempHome, type RunResult } from './_cli.js';

const QUERIES = [
  'protest',
  'Evin prison',
  '"death sentence"',
  'executed',
  'women',
  'Mahsa Amini',
  'زندان',
  'اعدام',
  'زنان',
  'تجمع کردند',
  '1401',
  'nothing-matches-this-zzz',
];

const EVENT_FILTERS = [
  [],
  ['--type', 'execution'],
  ['--from', '2022-09-01', '--to', '2022-12-31'],
  ['--place', 'Tehran'],
];

describe.skipIf(!TEST_DATABASE_URL)(
  `sanad on PostgreSQL prints what it prints on SQLite${TEST_DATABASE_URL ? '' : ` (${SKIP_REASON})`}`,
  () => {
    let schema: TestSchema;
    const sqliteHome = tempHome('sanad-contract-sqlite-');
    const postgresHome = tempHome('sanad-contract-pg-');
    const onSqlite = (args: string[]): Promise<RunResult> => sanadAsync(sqliteHome, args);
    const onPostgres = (args: string[]): Promise<RunResult> =>
      sanadAsync(postgresHome, args, { SANAD_DATABASE_URL: schema.url });

    beforeAll(async () => {
      schema = await createTestSchema(TEST_DATABASE_URL!);
      for (const result of await Promise.all(
        [onSqlite, onPostgres].map((run) => run(['ingest', SAMPLES, SAMPLES_FA])),
      )) {
        expect(result.status, result.stderr).toBe(0);
      }
    });
    afterAll(() => schema?.drop());

    const same = async (args: string[]): Promise<string> => {
      const [expected, actual] = await Promise.all([onSqlite(args), onPostgres(args)]);
      expect(expected.status, expected.stderr).toBe(0);
      expect({ status: actual.status, stdout: actual.stdout }, args.join(' ')).toEqual({
        status: 0,
        stdout: expected.stdout,
      });
      return expected.stdout;
    };

    it('search --json lists the same hits in the same order with the same scores', async () => {
      let hits = 0;
      for (const query of QUERIES) {
        const results = JSON.parse(await same(['search', '--json', '--limit', '50', '--', query])) as {
          documents: unknown[];
          statements: unknown[];
          events: unknown[];
        };
        hits += results.documents.length + results.statements.length + results.events.length;
      }
      expect(hits).toBeGreaterThan(50); // the queries do find things
    });

    it('events --json is the same under every filter', async () => {
      for (const filter of EVENT_FILTERS) await same(['events', '--json', ...filter]);
      expect((JSON.parse(await same(['events', '--json'])) as unknown[]).length).toBeGreaterThan(10);
    });

    it('show --json is the same for documents in both languages, and summary --json agrees', async () => {
      const ids = (
        JSON.parse(await same(['search', '--json', '--limit', '500', '--', 'the'])) as {
          documents: Array<{ id: string }>;
        }
      ).documents.map((hit) => hit.id);
      const persian = (
        JSON.parse(await same(['search', '--json', '--limit', '500', '--', 'در'])) as {
          documents: Array<{ id: string }>;
        }
      ).documents.map((hit) => hit.id);
      expect(ids.length + persian.length).toBeGreaterThanOrEqual(20);
      // A few of each language: every run of bin/sanad costs a start-up.
      for (const id of [...ids.slice(0, 4), ...persian.slice(0, 4)]) await same(['show', '--json', id]);
      // Each ledger has its own timestamps, so only the head hash differs.
      const summary = async (run: (args: string[]) => Promise<RunResult>) => {
        const { head: _head, ...rest } = JSON.parse((await run(['summary', '--json'])).stdout) as {
          head: string;
        };
        return rest;
      };
      expect(await summary(onPostgres)).toEqual(await summary(onSqlite));
    });

    it('claims --json is the same under every filter', async () => {
      for (const filter of [[], ['--contested'], ['--group', 'ncri-mek']])
        await same(['claims', '--json', ...filter]);
      const contested = JSON.parse(await same(['claims', '--json', '--contested'])) as unknown[];
      expect(contested.length).toBeGreaterThan(0);
    });

    it('export --format jsonl holds the same sources and ledger entries, but for their times and hashes', async () => {
      // Each ledger stamps its own times, and the hashes cover them: compare what was recorded.
      const recorded = async (run: (args: string[]) => Promise<RunResult>): Promise<string[]> => {
        const result = await run(['export', '--format', 'jsonl']);
        expect(result.status, result.stderr).toBe(0);
        return result.stdout
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line) as { type: string; kind?: string; payload?: unknown })
          .filter((line) => line.type !== 'header')
          .map((line) => JSON.stringify(line.type === 'entry' ? [line.kind, line.payload] : line))
          .sort();
      };
      const [expected, actual] = await Promise.all([recorded(onSqlite), recorded(onPostgres)]);
      expect(expected.length).toBeGreaterThan(40);
      expect(actual).toEqual(expected);
    });
  },
);
