/**
 * Recomputes a ledger's hash chain over its stored records, in constant memory, whatever holds
 * them (a file, a database).
 * @module
 */
import { contentProblem, decodeLine, linkProblem } from './_entry-codec.js';
import { GENESIS_PREV } from './ledger-entry.js';
import type { LedgerRecords } from './ledger-store.js';
import { readFileLedger } from './read-file-ledger.js';

export type VerifyResult =
  | {
      ok: true;
      head: string;
      count: number;
      /**
       * An incomplete last record found while a writer holds the ledger: an append still in
       * progress, or one cut short by a crash (the next open removes it). It holds no entry,
       * so the chain up to `head` is intact.
       */
      incomplete?: { line: number; bytes: number };
    }
  | { ok: false; count: number; bad: { seq: number | null; line: number; reason: string } };

/**
 * Checks that every record parses, seq runs 1, 2, 3…, each prev is the hash before it, and
 * each hash matches its entry's content in canonical form; reports the first bad record. A
 * string is the path of a ledger file, read without taking its lock; a missing file is an empty
 * ledger. `count` is the number of entries verified (before the bad one).
 * @example
 * const result = await verifyLedger('.sanad/ledger.jsonl');
 * if (!result.ok) console.error(`line ${result.bad.line}: ${result.bad.reason}`);
 */
export async function verifyLedger(ledger: LedgerRecords | string): Promise<VerifyResult> {
  const source = typeof ledger === 'string' ? readFileLedger(ledger) : ledger;
  let previous = { seq: 0, hash: GENESIS_PREV };
  for await (const record of source.records()) {
    const count = previous.seq;
    if (!record.complete) {
      const bytes = record.bytes;
      if (await source.writerActive())
        return { ok: true, head: previous.hash, count, incomplete: { line: record.line, bytes } };
      const reason = `Cannot verify entry ${count + 1}: the last line is incomplete (${bytes} bytes and no newline) and no writer holds the lock`;
      return { ok: false, count, bad: { seq: count + 1, line: record.line, reason } };
    }
    const decoded = decodeLine(record.text, record.line);
    if (!decoded.ok)
      return { ok: false, count, bad: { seq: decoded.seq, line: record.line, reason: decoded.reason } };
    const entry = decoded.entry;
    const problem = linkProblem(entry, previous) ?? contentProblem(entry, record.text);
    if (problem !== null)
      return { ok: false, count, bad: { seq: entry.seq, line: record.line, reason: problem } };
    previous = entry;
  }
  return { ok: true, head: previous.hash, count: previous.seq };
}
