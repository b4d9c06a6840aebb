/**
 * The store backends tests run on: SQLite always, PostgreSQL when SANAD_TEST_DATABASE_URL is set.
 * Each `fresh()` location is empty and private to the caller; `cleanUp()` removes them.
 * @module
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProjectionStore } from './projection-store.js';
import { openPostgresStore } from './postgres/open-postgres-store.js';
import {
  SKIP_REASON,
  TEST_DATABASE_URL,
  createTestSchema,
  type TestSchema,
} from './postgres/test-schemas.js';
import { openSqliteStore } from './sqlite/open-sqlite-store.js';

export interface StoreBackend {
  readonly name: 'sqlite' | 'postgres';
  /** Why this backend's tests are skipped, when they are. */
  readonly skip: string | undefined;
  /** A new, empty place for a store: a file path, or a database URL with a fresh schema. */
  fresh(): Promise<string>;
  open(location: string): Promise<ProjectionStore>;
  /** Removes every place `fresh()` made (PostgreSQL schemas; SQLite's temp files stay in tmp). */
  cleanUp(): Promise<void>;
}

const schemas: TestSchema[] = [];

export const STORE_BACKENDS: readonly StoreBackend[] = [
  {
    name: 'sqlite',
    skip: undefined,
    fresh: async () => join(mkdtempSync(join(tmpdir(), 'sanad-store-')), 'nested', 'store.sqlite'),
    open: openSqliteStore,
    cleanUp: async () => undefined,
  },
  {
    name: 'postgres',
    skip: TEST_DATABASE_URL ? undefined : SKIP_REASON,
    async fresh() {
      const schema = await createTestSchema(TEST_DATABASE_URL!);
      schemas.push(schema);
      return schema.url;
    },
    open: openPostgresStore,
    async cleanUp() {
      for (const schema of schemas.splice(0)) await schema.drop();
    },
  },
];
