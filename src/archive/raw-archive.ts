/**
 * Content-addressed archive of raw originals, as read, before any cleaning: the evidence
 * behind each document, found by the SHA-256 of its bytes.
 *
 * Originals are written in packs, one file per ingest batch, because creating a file costs
 * about half a millisecond on an ordinary disk, as much as all the rest of ingesting a short
 * article. A pack starts with one JSON line naming its originals and their lengths, in order,
 * followed by their bytes; it is written under a temporary name, fsynced, and renamed to the
 * SHA-256 of its content, so a pack is whole or absent. Archives written one file per original
 * (`ab/abcdef…`) are still read.
 * @module
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  writeSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

export interface RawArchive {
  /** Holds bytes under their hash (`sha256:<hex>`) until the next `flush()`. */
  add(hash: string, bytes: Uint8Array): void;
  /**
   * Writes everything added since the last flush as one pack and makes it durable; does nothing
   * when nothing was added. Call it before appending the ledger entries that name the hashes.
   */
  flush(): Promise<void>;
  /** The bytes stored under `hash` by an earlier flush, or null. */
  get(hash: string): Promise<Buffer | null>;
}

const PACK_FORMAT = 'sanad-raw-pack';
const PACK_VERSION = 1;
const PACK_SUFFIX = '.pack';
/** A pack's header names at most one batch of originals; anything longer is not a header. */
const MAX_HEADER_BYTES = 16 * 1024 * 1024;

interface PackHeader {
  readonly format: typeof PACK_FORMAT;
  readonly version: number;
  /** `[hash, length]` of each original, in the order of their bytes after the header. */
  readonly entries: ReadonlyArray<readonly [string, number]>;
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
 */
export function openRawArchive(folder: string): RawArchive {
  const packs = join(folder, 'packs');
  let pending: Array<readonly [string, Uint8Array]> = [];
  let written = 0;

  return {
    add(hash, bytes) {
      pending.push([`sha256:${hexOf(hash)}`, bytes]);
    },
    async flush() {
      if (pending.length === 0) return;
      const batch = pending;
      pending = [];
      writePack(packs, batch, written++);
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
  };
}

function writePack(folder: string, batch: ReadonlyArray<readonly [string, Uint8Array]>, n: number): void {
  const header: PackHeader = {
    format: PACK_FORMAT,
    version: PACK_VERSION,
    entries: batch.map(([hash, bytes]) => [hash, bytes.length] as const),
  };
  const parts = [Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), ...batch.map(([, bytes]) => bytes)];
  const name = createHash('sha256');
  for (const part of parts) name.update(part);
  mkdirSync(folder, { recursive: true });
  const final = join(folder, `${name.digest('hex')}${PACK_SUFFIX}`);
  const partial = join(folder, `.partial-${process.pid}-${n}`);
  const fd = openSync(partial, 'w', 0o644);
  try {
    for (const part of parts) {
      let done = 0;
      while (done < part.length) done += writeSync(fd, part, done, part.length - done);
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(partial, final);
  syncDirectory(folder);
}

function readFromPack(path: string, hash: string): Buffer | null {
  const fd = openSync(path, 'r');
  try {
    const { header, length } = readHeader(fd, path);
    let offset = length;
    for (const [entryHash, bytes] of header.entries) {
      if (entryHash === hash) {
        const out = Buffer.allocUnsafe(bytes);
        let done = 0;
        while (done < bytes) {
          const read = readSync(fd, out, done, bytes - done, offset + done);
          if (read === 0) return null;
          done += read;
        }
        return out;
      }
      offset += bytes;
    }
    return null;
  } finally {
    closeSync(fd);
  }
}

/** The pack's header and its length in bytes, newline included. */
function readHeader(fd: number, path: string): { header: PackHeader; length: number } {
  const chunks: Buffer[] = [];
  let position = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const read = readSync(fd, chunk, 0, chunk.length, position);
    const newline = chunk.subarray(0, read).indexOf(0x0a);
    if (newline !== -1) {
      chunks.push(chunk.subarray(0, newline));
      const header = JSON.parse(Buffer.concat(chunks).toString('utf8')) as PackHeader;
      if (header.format !== PACK_FORMAT || !Array.isArray(header.entries))
        throw new SyntaxError(`Cannot read raw pack "${path}": its first line is not a pack header`);
      return { header, length: position + newline + 1 };
    }
    if (read === 0 || position + read > MAX_HEADER_BYTES)
      throw new SyntaxError(`Cannot read raw pack "${path}": it has no header line`);
    chunks.push(chunk.subarray(0, read));
    position += read;
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
