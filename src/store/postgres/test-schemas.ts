/**
 * Fresh, private PostgreSQL schemas for tests: each store a test opens gets its own schema in the
 * database `SANAD_TEST_DATABASE_URL` names, selected by the URL's search_path and dropped after.
 * @module
 */
import pg from 'pg';

/** The URL of the test database, or undefined when tests must run on SQLite only. */
export const TEST_DATABASE_URL: string | undefined = process.env['SANAD_TEST_DATABASE_URL'] || undefined;

/** Why PostgreSQL tests are skipped, for the test's name. */
export const SKIP_REASON = 'skipped: SANAD_TEST_DATABASE_URL is not set';

/** `url` with its connections' search_path set to `schema`, so unqualified tables live there. */
export function urlWithSchema(url: string, schema: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('options', `-c search_path=${schema}`);
  return parsed.toString();
}

export interface TestSchema {
  /** A database URL whose tables all live in the fresh schema. */
  readonly url: string;
  /** Drops the schema and everything in it. */
  drop(): Promise<void>;
}

let created = 0;

/** Creates an empty schema with a unique name in the database at `url`. */
export async function createTestSchema(url: string): Promise<TestSchema> {
  const schema = `sanad_test_${process.pid}_${Date.now().toString(36)}_${created++}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA ${schema}`);
  } finally {
    await admin.end();
  }
  return {
    url: urlWithSchema(url, schema),
    async drop() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}
