/**
 * The ports through which sanad reads, appends and verifies ledger entries. The file
 * implementation is `openFileLedger` (and `readFileLedger` for verification without taking the
 * writer's lock); a database one, whose appends the database serializes so that writers on
 * several machines share one hash chain, fits the same interfaces.
 * @module
 */
import type { EntryDraft, LedgerEntry } from './ledger-entry.js';

/** seq and hash of the last whole entry. */
export interface LedgerHead {
  readonly seq: number;
  readonly hash: string;
}

/** One entry as a store holds it, read but not yet trusted. */
export interface LedgerRecord {
  /** 1-based position in the ledger (a file's line number); equals seq in a sound ledger. */
  readonly line: number;
  /** The entry's stored text: its canonical JSON, which verification checks byte for byte. */
  readonly text: string;
  /** The stored text's length in UTF-8 bytes. */
  readonly bytes: number;
  /** False for a last record cut short by a crash (a torn write), which holds no entry. */
  readonly complete: boolean;
}

/** Port: a ledger's records as they are stored, for verification; reading never repairs anything. */
export interface LedgerRecords {
  /** Every stored record in order, as found: no check, no repair, constant memory. */
  records(): AsyncIterable<LedgerRecord>;
  /** Whether a writer holds the ledger now, so that an incomplete last record may be an append in progress. */
  writerActive(): Promise<boolean>;
}

/** Port: where ledger entries live. Entries never change once appended. */
export interface LedgerStore extends LedgerRecords {
  /** seq and hash of the last whole entry; seq 0 and GENESIS_PREV when empty. */
  head(): Promise<LedgerHead>;

  /**
   * Appends drafts as one batch, chained after the head as it stands when the batch is written
   * (the store serializes concurrent appends), and resolves to them as frozen entries equal to
   * what `entries()` will read back. Guarantee after a crash at any point: the store holds every
   * earlier batch and a prefix (possibly empty, possibly all) of this one's entries, each whole; a
   * partly written entry is never read as an entry.
   */
  append(drafts: readonly EntryDraft[]): Promise<readonly LedgerEntry[]>;

  /**
   * Streams, in seq order, the entries with seq > afterSeq that were whole when the call was
   * made, without loading the store into memory. Throws RangeError at once for a bad afterSeq.
   */
  entries(afterSeq?: number): AsyncIterable<LedgerEntry>;

  /** Releases the store's lock and handles; later appends are refused. */
  close(): Promise<void>;

  /**
   * For a store shared by several writers (a database table): the time this handle's appends
   * spent waiting for the ledger's head and holding it, so far.
   */
  appendTimes?(): AppendTimes;
}

/** Sums over the appends made through one LedgerStore handle. */
export interface AppendTimes {
  readonly appends: number;
  /** Waiting for the lock that serializes appends (BEGIN and the lock request included). */
  readonly waitingSeconds: number;
  /** Holding it: reading the head, chaining, inserting, projecting and committing. */
  readonly holdingSeconds: number;
}
