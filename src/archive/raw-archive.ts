/**
 * Content-addressed archive of raw originals, as read, before any cleaning: the evidence
 * behind each document, found by the SHA-256 of its bytes.
 *
 * Originals are written in packs, because creating a file costs about half a millisecond on an
 * ordinary disk, as much as all the rest of ingesting a short article. An archive opens one pack
 * file of its own on its first flush, and each flush appends one record to it and makes it
 * durable: a JSON line naming the batch's originals and their lengths, in order, followed by
 * their bytes. A crash can only leave the last record of a pack torn; readers stop there, and
 * since nothing names an original before its flush returns, nothing named is lost. A pack is
 * never appended to by a later archive, so a torn record stays last. Packs of one record named
 * by their SHA-256, and archives written one file per original (`ab/abcdef…`), are still read.
 * @module
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fdatasync,
  fstatSync,
  ftruncateSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

export interface RawArchive {
  /** Holds bytes under their hash (`sha256:<hex>`) until the next `flush()`. */
  add(hash: string, bytes: Uint8Array): void;
  /**
   * Writes everything added since the last flush as one record of this archive's pack and makes
   * it durable; resolves once that and every earlier flush are durable. Call it before appending
   * the ledger entries that name the hashes.
   */
  flush(): Promise<void>;
  /** The bytes stored under `hash` by an earlier flush, or null. */
  get(hash: string): Promise<Buffer | null>;
  /** Closes this archive's pack; the next flush starts a new one. */
  close(): Promise<void>;
}

const PACK_FORMAT = 'sanad-raw-pack';
const PACK_VERSION = 1;
const PACK_SUFFIX = '.pack';
/** A record's header names at most one batch of originals; anything longer is not a header. */
const MAX_HEADER_BYTES = 16 * 1024 * 1024;
/** A pack that has grown past this is closed after its record, and the next flush starts another. */
const PACK_ROLL_BYTES = 64 * 1024 * 1024;

interface PackHeader {
  readonly format: typeof PACK_FORMAT;
  readonly version: number;
  /** `[hash, length]` of each original, in the order of their bytes after the header. */
  readonly entries: ReadonlyArray<readonly [string, number]>;
}

/** The pack this archive appends to: its descriptor and how many bytes it holds. */
interface OpenPack {
  readonly fd: number;
  size: number;
}

function hexOf(hash: string): string {
  const hex = hash.replace(/^sha256:/, '');
  if (!/^[0-9a-f]{64}$/.test(hex))
    throw new TypeError(`Cannot locate raw original: "${hash}" is not a sha256 hash`);
  return hex;
}

/**
 * Opens the archive in `folder` (created on the first flush).
 * @example
 * const archive = openRawArchive('.sanad/raw');
 * archive.add(document.raw_hash, bytes);
 * await archive.flush();
 * await archive.get(document.raw_hash);
 * await archive.close();
 */
export function openRawArchive(folder: string): RawArchive {
  const packs = join(folder, 'packs');
  let pending: Array<readonly [string, Uint8Array]> = [];
  let pack: OpenPack | null = null;
  /** The last flush: each writes once the one before is durable, or has failed. */
  let flushing: Promise<unknown> = Promise.resolve();
  const closePack = (): void => {
    if (pack !== null) closeSync(pack.fd);
    pack = null;
  };

  return {
    add(hash, bytes) {
      pending.push([`sha256:${hexOf(hash)}`, bytes]);
    },
    flush() {
      const batch = pending;
      pending = [];
      const flushed = flushing.then(async () => {
        if (batch.length === 0) return;
        pack ??= createPack(packs);
        try {
          await appendRecord(pack, batch);
        } catch (error) {
          closePack();
          throw error;
        }
        if (pack.size >= PACK_ROLL_BYTES) closePack();
      });
      flushing = flushed.catch(() => undefined);
      return flushed;
    },
    async get(hash) {
      const hex = hexOf(hash);
      const loose = join(folder, hex.slice(0, 2), hex);
      if (existsSync(loose)) return readFileSync(loose);
      if (!existsSync(packs)) return null;
      const names = readdirSync(packs)
        .filter((name) => name.endsWith(PACK_SUFFIX))
        .sort();
      for (const name of names) {
        const found = readFromPack(join(packs, name), `sha256:${hex}`);
        if (found !== null) return found;
      }
      return null;
    },
    async close() {
      await flushing;
      closePack();
    },
  };
}

const datasync = promisify(fdatasync);

/** A new, empty pack with a name no other archive takes, its folder made durable. */
function createPack(folder: string): OpenPack {
  mkdirSync(folder, { recursive: true });
  const name = `${Date.now().toString(36).padStart(9, '0')}-${randomBytes(8).toString('hex')}${PACK_SUFFIX}`;
  const fd = openSync(join(folder, name), 'wx', 0o644);
  syncDirectory(folder);
  return { fd, size: 0 };
}

/**
 * Appends one record and makes it durable, waiting for the disk on libuv's thread pool; on
 * failure cuts the pack back to where the record began.
 */
async function appendRecord(
  pack: OpenPack,
  batch: ReadonlyArray<readonly [string, Uint8Array]>,
): Promise<void> {
  const header: PackHeader = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    entries: batch.map(([hash, bytes]) => [hash, bytes.length] as const),
  };
  const record = Buffer.concat([
    Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'),
    ...batch.map(([, bytes]) => bytes),
  ]);
  const start = pack.size;
  try {
    let done = 0;
    while (done < record.length) done += writeSync(pack.fd, record, done, record.length - done, start + done);
    // An append changes the file's size, which fdatasync makes durable with the data.
    await datasync(pack.fd);
  } catch (error) {
    try {
      ftruncateSync(pack.fd, start);
    } catch {
      // Readers stop at a torn record, and the archive never appends to this pack again.
    }
    throw error;
  }
  pack.size = start + record.length;
}

/** The original stored under `hash` in the pack at `path`, reading record after record; null if none. */
function readFromPack(path: string, hash: string): Buffer | null {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    let position = 0;
    while (position < size) {
      const record = readHeader(fd, path, position);
      // A record torn by a crash is always a pack's last: nothing after it to look at.
      if (record === null) return null;
      let offset = position + record.length;
      for (const [entryHash, bytes] of record.header.entries) {
        if (entryHash === hash) return offset + bytes <= size ? readBytes(fd, offset, bytes) : null;
        offset += bytes;
      }
      position = offset;
    }
    return null;
  } finally {
    closeSync(fd);
  }
}

function readBytes(fd: number, offset: number, length: number): Buffer | null {
  const out = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const read = readSync(fd, out, done, length - done, offset + done);
    if (read === 0) return null;
    done += read;
  }
  return out;
}

/**
 * The header of the record at `position` and its length in bytes, newline included; null when
 * the pack ends before the header does (a record torn by a crash).
 */
function readHeader(
  fd: number,
  path: string,
  position: number,
): { header: PackHeader; length: number } | null {
  const chunks: Buffer[] = [];
  let read = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const got = readSync(fd, chunk, 0, chunk.length, position + read);
    if (got === 0) return null;
    const newline = chunk.subarray(0, got).indexOf(0x0a);
    if (newline !== -1) {
      chunks.push(chunk.subarray(0, newline));
      const header = JSON.parse(Buffer.concat(chunks).toString('utf8')) as PackHeader;
      if (header.format !== PACK_FORMAT || !Array.isArray(header.entries))
        throw new SyntaxError(
          `Cannot read raw pack "${path}": the record at byte ${position} has no pack header`,
        );
      return { header, length: read + newline + 1 };
    }
    if (read + got > MAX_HEADER_BYTES)
      throw new SyntaxError(
        `Cannot read raw pack "${path}": the record at byte ${position} has no header line`,
      );
    chunks.push(chunk.subarray(0, got));
    read += got;
  }
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
    // Some file systems refuse to fsync a directory; the pack's own fsync still holds.
  }
}
