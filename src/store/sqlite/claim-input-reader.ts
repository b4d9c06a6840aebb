/**
 * Claim inputs read from a SQLite store's file through a connection of its own, so that a thread
 * beside the store's writer can group part of the events while the writer groups the rest.
 * @module
 */
import type { EventType } from '../../core/types.js';
import type { ClaimInputs } from '../projection-store.js';
import { EVENTS_PER_PAGE } from '../sql/_event-pages.js';
import { claimInputPages } from '../sql/_propositions.js';
import { connectSqlite } from './sqlite-driver.js';

/**
 * The events of `types` with their statements, a page at a time in time order, as the store's
 * `rewritePropositions` feeds them, read in one read transaction of a read-only connection.
 */
export async function* readClaimInputPages(
  file: string,
  types: readonly EventType[],
  eventsPerPage = EVENTS_PER_PAGE,
): AsyncGenerator<ClaimInputs> {
  const driver = connectSqlite(file, { readonly: true });
  try {
    await driver.exec('BEGIN');
    yield* claimInputPages(driver, eventsPerPage, types);
    await driver.exec('COMMIT');
  } finally {
    await driver.close();
  }
}
