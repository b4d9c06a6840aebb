/**
 * The ledger as a JSON Lines file: one canonical-JSON entry a line, appended in batches
 * with a single write and an fdatasync each, guarded by a lock file. The fdatasync runs on
 * libuv's thread pool, so a caller that does not wait for an append goes on working while
 * the disk catches up; appends themselves run one after another.
 *
 * Crash model: each batch is one write(2) of whole lines. If a crash tears that write
 * (power loss, or a kill landing between the pages of a large write), the file ends
 * without a newline; opening it again truncates that incomplete last line, and that is
 * the only repair ever made. A complete line is never altered, even if it fails to verify.
 * @module
 */
import {
  closeSync,
  constants,
  fdatasync,
  existsSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { SanadError, messageOf } from '../core/errors.js';
import { contentProblem, decodeLine, linkProblem } from './_entry-codec.js';
import { chainDrafts } from './chain-drafts.js';
import { acquireLock, lockPathOf, type FileLock } from './_file-lock.js';
import { byteAt, lastNewlineBefore, readLastLine, readLines } from './_line-reader.js';
import { readRecords } from './read-file-ledger.js';
import { LedgerCorruptError } from './errors.js';
import { GENESIS_PREV, deepFreeze, type EntryDraft, type LedgerEntry } from './ledger-entry.js';
import type { LedgerHead, LedgerRecord, LedgerStore } from './ledger-store.js';

/** What opening the ledger repaired: an incomplete last line left by a crash, cut off. */
export interface TailRecovery {
  /** Byte offset where the incomplete line began; the file's size after the repair. */
  readonly offset: number;
  /** How many bytes were cut off. */
  readonly bytes: number;
}

export interface FileLedgerStore extends LedgerStore {
  readonly path: string;
  /** Set when opening cut off a torn last line; null when the file was whole. */
  readonly recovered: TailRecovery | null;
}

/**
 * Opens (creating it and its folder if missing) the ledger file at `path` for reading and
 * appending, holding `<path>.lock` until `close()`.
 * @example
 * const ledger = openFileLedger('.sanad/ledger.jsonl');
 * await ledger.append([{ kind: 'source.registered', payload: { name: 'HRANA' } }]);
 * await ledger.close();
 */
export function openFileLedger(path: string): FileLedgerStore {
  mkdirSync(dirname(path), { recursive: true });
  const lock = acquireLock(lockPathOf(path));
  let fd: number | null = null;
  try {
    const created = !existsSync(path);
    fd = openSync(path, constants.O_RDWR | constants.O_CREAT, 0o644);
    if (created) syncDirectory(dirname(path));
    const recovered = cutTornTail(fd);
    const size = fstatSync(fd).size;
    return new FileLedger(path, fd, lock, size, readHead(path, fd, size), recovered);
  } catch (error) {
    if (fd !== null) closeSync(fd);
    lock.release();
    throw error;
  }
}

class FileLedger implements FileLedgerStore {
  readonly path: string;
  readonly recovered: TailRecovery | null;
  #fd: number | null;
  readonly #lock: FileLock;
  #size: number;
  #head: { seq: number; hash: string };
  /** The last append queued: each starts once the one before is durable, or has failed. */
  #appending: Promise<unknown> = Promise.resolve();

  constructor(
    path: string,
    fd: number,
    lock: FileLock,
    size: number,
    head: { seq: number; hash: string },
    recovered: TailRecovery | null,
  ) {
    this.path = path;
    this.#fd = fd;
    this.#lock = lock;
    this.#size = size;
    this.#head = head;
    this.recovered = recovered;
  }

  head(): Promise<LedgerHead> {
    return Promise.resolve({ ...this.#head });
  }

  append(drafts: readonly EntryDraft[]): Promise<readonly LedgerEntry[]> {
    const batch = [...drafts];
    const appended = this.#appending.then(() => this.#appendNow(batch));
    this.#appending = appended.catch(() => undefined);
    return appended;
  }

  // Appends run one at a time, from reading the head until the batch is durable, so two appends
  // from one process can never chain onto the same head.
  async #appendNow(drafts: readonly EntryDraft[]): Promise<readonly LedgerEntry[]> {
    const fd = this.#openFd('append to');
    if (drafts.length === 0) return Object.freeze([]);
    const { entries, bytes, head } = chainDrafts(this.#head, drafts);
    await this.#write(fd, bytes(), drafts.length);
    this.#head = head;
    return entries;
  }

  entries(afterSeq = 0): AsyncIterable<LedgerEntry> {
    if (!Number.isSafeInteger(afterSeq) || afterSeq < 0) {
      throw new RangeError(`Cannot read entries after seq ${afterSeq}: it is not a non-negative integer`);
    }
    this.#openFd('read');
    return asAsync(streamEntries(this.path, this.#size, afterSeq, this.#head.seq));
  }

  records(): AsyncIterable<LedgerRecord> {
    this.#openFd('read');
    return asAsync(readRecords(this.path, this.#size));
  }

  /** This store is the writer, holding the lock until closed. */
  writerActive(): Promise<boolean> {
    return Promise.resolve(this.#fd !== null);
  }

  async close(): Promise<void> {
    await this.#appending;
    if (this.#fd !== null) {
      closeSync(this.#fd);
      this.#fd = null;
      this.#lock.release();
    }
  }

  #openFd(action: string): number {
    if (this.#fd === null) throw new Error(`Cannot ${action} ledger "${this.path}": it is closed`);
    return this.#fd;
  }

  async #write(fd: number, bytes: Buffer, count: number): Promise<void> {
    const size = fstatSync(fd).size;
    if (size !== this.#size) {
      throw new LedgerCorruptError(
        'SANAD_LEDGER_CORRUPT',
        this.path,
        null,
        `its size changed from ${this.#size} to ${size} bytes while it was open; another program wrote to it`,
      );
    }
    try {
      let done = 0;
      while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done, size + done);
      // An append changes the file's size, which fdatasync makes durable with the lines.
      await datasync(fd);
    } catch (error) {
      // Leave the file as it was: a partly written batch would be a torn tail.
      try {
        ftruncateSync(fd, size);
      } catch {
        // The next open cuts the torn tail instead.
      }
      throw new SanadError(
        'SANAD_STORE_FAILED',
        `Cannot append ${count} entries to ledger "${this.path}": ${messageOf(error)}; nothing was appended`,
        { cause: error },
      );
    }
    this.#size = size + bytes.length;
  }
}

function* streamEntries(
  path: string,
  end: number,
  afterSeq: number,
  headSeq: number,
): Generator<LedgerEntry> {
  if (afterSeq >= headSeq) return;
  const fd = openSync(path, 'r');
  try {
    // Entry n sits on line n, so the first afterSeq lines are passed over undecoded.
    let previous: { seq: number; hash: string } | null =
      afterSeq === 0 ? { seq: 0, hash: GENESIS_PREV } : null;
    for (const line of readLines(fd, { end, skip: afterSeq })) {
      const decoded = decodeLine(line.text, line.number);
      if (!decoded.ok)
        throw new LedgerCorruptError('SANAD_LEDGER_CORRUPT', path, line.number, decoded.reason);
      const entry = decoded.entry;
      const problem =
        previous !== null
          ? linkProblem(entry, previous)
          : entry.seq === afterSeq + 1
            ? null
            : `expected seq ${afterSeq + 1} at this line, found ${entry.seq}`;
      if (problem !== null)
        throw new LedgerCorruptError('SANAD_LEDGER_CHAIN_BROKEN', path, line.number, problem);
      previous = entry;
      deepFreeze(entry);
      yield entry;
    }
    const last = previous?.seq ?? afterSeq;
    if (last < headSeq) {
      throw new LedgerCorruptError(
        'SANAD_LEDGER_CORRUPT',
        path,
        null,
        `it ends at entry ${last} but held ${headSeq} entries when opened; it was cut while open`,
      );
    }
  } finally {
    closeSync(fd);
  }
}

const datasync = promisify(fdatasync);

/** A synchronous generator as an async iterable; reading stays synchronous, in 1 MiB chunks. */
async function* asAsync<T>(items: Iterable<T>): AsyncGenerator<T> {
  yield* items;
}

/** Cuts an incomplete last line (no newline after it); the only repair ever made. */
function cutTornTail(fd: number): TailRecovery | null {
  const size = fstatSync(fd).size;
  if (size === 0 || byteAt(fd, size - 1) === 0x0a) return null;
  const offset = lastNewlineBefore(fd, size) + 1;
  ftruncateSync(fd, offset);
  fsyncSync(fd);
  return { offset, bytes: size - offset };
}

/** Reads the head from the last line only; refuses to chain onto a last entry that is not sound. */
function readHead(path: string, fd: number, size: number): { seq: number; hash: string } {
  const last = readLastLine(fd, size);
  if (last === null) return { seq: 0, hash: GENESIS_PREV };
  const decoded = decodeLine(last.text, null);
  const problem = decoded.ok ? contentProblem(decoded.entry, last.text) : decoded.reason;
  if (problem !== null || !decoded.ok) {
    throw new LedgerCorruptError(
      'SANAD_LEDGER_CORRUPT',
      path,
      null,
      `its last entry cannot be appended to (${problem})`,
    );
  }
  return { seq: decoded.entry.seq, hash: decoded.entry.hash };
}

function syncDirectory(path: string): void {
  try {
    const fd = openSync(path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some file systems refuse to fsync a directory; the file's own fsync still holds.
  }
}
