/**
 * Synchronous, constant-memory line reading over a file descriptor: forwards in fixed
 * chunks, and backwards from the end to find the last line without reading the rest.
 * Lines are split on the byte 0x0A and decoded only when whole, so a multi-byte UTF-8
 * character split across two chunks is never mangled.
 * @module
 */
import { readSync } from 'node:fs';

export const READ_BUFFER_BYTES = 1024 * 1024;
const NEWLINE = 0x0a;

export interface RawLine {
  /** The line's text, decoded as UTF-8, without its newline. */
  readonly text: string;
  /** The line's length in bytes, without its newline. */
  readonly bytes: number;
  /** 1-based line number in the file. */
  readonly number: number;
  /** False for a last line with no newline after it (a torn write). */
  readonly complete: boolean;
}

export interface ReadLinesOptions {
  /** Stop reading at this byte offset (exclusive); the caller's snapshot of the size. */
  readonly end: number;
  /** Pass over this many leading lines without decoding them. */
  readonly skip?: number;
  readonly bufferBytes?: number;
}

/** Yields the lines of `fd` from byte 0 up to `options.end`. */
export function* readLines(fd: number, options: ReadLinesOptions): Generator<RawLine> {
  const skip = options.skip ?? 0;
  const buffer = Buffer.allocUnsafe(options.bufferBytes ?? READ_BUFFER_BYTES);
  // Bytes of a line that began in an earlier chunk; empty while skipping.
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let partial = false;
  let number = 0;
  let position = 0;

  while (position < options.end) {
    const read = readSync(fd, buffer, 0, Math.min(buffer.length, options.end - position), position);
    if (read === 0) break;
    position += read;
    const chunk = buffer.subarray(0, read);
    let from = 0;
    for (let newline = chunk.indexOf(NEWLINE, from); newline !== -1; newline = chunk.indexOf(NEWLINE, from)) {
      number += 1;
      if (number > skip) {
        const text =
          pending.length === 0
            ? chunk.toString('utf8', from, newline)
            : Buffer.concat([...pending, chunk.subarray(from, newline)]).toString('utf8');
        yield { text, bytes: pendingBytes + newline - from, number, complete: true };
      }
      pending = [];
      pendingBytes = 0;
      partial = false;
      from = newline + 1;
    }
    if (from < read) {
      partial = true;
      pendingBytes += read - from;
      if (number + 1 > skip) pending.push(Buffer.from(chunk.subarray(from)));
    }
  }
  if (partial && number + 1 > skip) {
    yield {
      text: Buffer.concat(pending).toString('utf8'),
      bytes: pendingBytes,
      number: number + 1,
      complete: false,
    };
  }
}

/** The offset of the last 0x0A byte before `before` (exclusive), or -1; reads backwards. */
export function lastNewlineBefore(fd: number, before: number, bufferBytes = 64 * 1024): number {
  const buffer = Buffer.allocUnsafe(bufferBytes);
  let end = before;
  while (end > 0) {
    const start = Math.max(0, end - buffer.length);
    const read = readSync(fd, buffer, 0, end - start, start);
    const found = buffer.subarray(0, read).lastIndexOf(NEWLINE);
    if (found !== -1) return start + found;
    end = start;
  }
  return -1;
}

/** The byte at `offset`, or null past the end. */
export function byteAt(fd: number, offset: number): number | null {
  const buffer = Buffer.alloc(1);
  return readSync(fd, buffer, 0, 1, offset) === 1 ? (buffer[0] ?? null) : null;
}

/**
 * The last whole line of a file of `size` bytes that ends with a newline, with the
 * offset where it starts; null for an empty file.
 */
export function readLastLine(fd: number, size: number): { text: string; start: number } | null {
  if (size === 0) return null;
  const start = lastNewlineBefore(fd, size - 1) + 1;
  const bytes = Buffer.allocUnsafe(size - 1 - start);
  let done = 0;
  while (done < bytes.length) {
    const read = readSync(fd, bytes, done, bytes.length - done, start + done);
    if (read === 0) break;
    done += read;
  }
  return { text: bytes.toString('utf8', 0, done), start };
}
