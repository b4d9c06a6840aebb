/**
 * The port through which sanad reads and appends ledger entries. The file implementation
 * is `openFileLedger`; a PostgreSQL one can follow behind the same interface.
 * @module
 */
import type { EntryDraft, LedgerEntry } from './ledger-entry.js';

/** Where ledger entries live. One writer at a time; entries never change once appended. */
export interface LedgerStore {
  /** seq and hash of the last whole entry; seq 0 and GENESIS_PREV when empty. */
  head(): { seq: number; hash: string };

  /**
   * Appends drafts as one batch, chained after the head, and returns them as frozen entries
   * equal to what `entries()` will read back. Guarantee after a crash at any point: the
   * store holds every earlier batch and a prefix (possibly empty, possibly all) of this
   * one's entries, each whole; a partly written entry is never read as an entry.
   */
  append(drafts: readonly EntryDraft[]): readonly LedgerEntry[];

  /**
   * Streams, in seq order, the entries with seq > afterSeq that were whole when the call
   * was made, without loading the store into memory.
   */
  entries(afterSeq?: number): Iterable<LedgerEntry>;

  /** Releases the store's lock and handles; later appends throw. */
  close(): void;
}
