/**
 * Recomputes a ledger file's hash chain, streaming it line by line in constant memory.
 * @module
 */
import { closeSync, existsSync, fstatSync, openSync } from 'node:fs';
import { contentProblem, decodeLine, linkProblem } from './_entry-codec.js';
import { lockPathOf } from './_file-lock.js';
import { readLines, type RawLine } from './_line-reader.js';
import { GENESIS_PREV } from './ledger-entry.js';

export type VerifyResult =
  | {
      ok: true;
      head: string;
      count: number;
      /**
       * An incomplete last line found while the writer's lock file exists: an append still
       * in progress, or one cut short by a crash (the next open removes it). It holds no
       * entry, so the chain up to `head` is intact.
       */
      incomplete?: { line: number; bytes: number };
    }
  | { ok: false; count: number; bad: { seq: number | null; line: number; reason: string } };

/**
 * Checks that every line parses, seq runs 1, 2, 3…, each prev is the hash before it, and
 * each hash matches its entry's content; reports the first bad line. A missing file is an
 * empty ledger. `count` is the number of entries verified (before the bad one).
 * @example
 * const result = verifyLedger('.sanad/ledger.jsonl');
 * if (!result.ok) console.error(`line ${result.bad.line}: ${result.bad.reason}`);
 */
export function verifyLedger(path: string): VerifyResult {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, head: GENESIS_PREV, count: 0 };
    throw error;
  }
  try {
    return verifyLines(readLines(fd, { end: fstatSync(fd).size }), () => existsSync(lockPathOf(path)));
  } finally {
    closeSync(fd);
  }
}

function verifyLines(lines: Iterable<RawLine>, writerHoldsLock: () => boolean): VerifyResult {
  let previous = { seq: 0, hash: GENESIS_PREV };
  for (const line of lines) {
    const count = previous.seq;
    if (!line.complete) {
      const bytes = line.bytes;
      // A write(2) interrupted by SIGKILL can stop between pages, so a crashed or running
      // writer leaves such a tail; without its lock file, the line was cut afterwards.
      if (writerHoldsLock())
        return { ok: true, head: previous.hash, count, incomplete: { line: line.number, bytes } };
      const reason = `Cannot verify entry ${count + 1}: the last line is incomplete (${bytes} bytes and no newline) and no writer holds the lock`;
      return { ok: false, count, bad: { seq: count + 1, line: line.number, reason } };
    }
    const decoded = decodeLine(line.text, line.number);
    if (!decoded.ok)
      return { ok: false, count, bad: { seq: decoded.seq, line: line.number, reason: decoded.reason } };
    const entry = decoded.entry;
    const problem = linkProblem(entry, previous) ?? contentProblem(entry, line.text);
    if (problem !== null)
      return { ok: false, count, bad: { seq: entry.seq, line: line.number, reason: problem } };
    previous = entry;
  }
  return { ok: true, head: previous.hash, count: previous.seq };
}
