/**
 * The shape of one schema migration. Files are named `NNNN-verb-object.ts` and applied in
 * order, once each, recorded by name in `schema_migrations`.
 * @module
 */
import type { Dialect } from './driver.js';

export interface Migration {
  /** `NNNN-verb-object`, the file's name; distinct across migrations. */
  readonly name: string;
  /** Statements run in order; one list for every dialect, or one per dialect where the SQL differs. */
  readonly up: readonly string[] | Readonly<Partial<Record<Dialect, readonly string[]>>>;
  /** Statements that remove what `up` created (dialect-neutral `DROP … IF EXISTS`). */
  readonly down: readonly string[];
}
