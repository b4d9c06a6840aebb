/**
 * A ledger file read as it is, for verification: no lock taken, no torn tail cut, nothing
 * written, so that `sanad verify` can run beside a writer.
 * @module
 */
import { closeSync, existsSync, openSync, statSync } from 'node:fs';
import { lockPathOf } from './_file-lock.js';
import { readLines } from './_line-reader.js';
import type { LedgerRecord, LedgerRecords } from './ledger-store.js';

/** The lines of the file at `path` up to byte `end` (the caller's snapshot of its size), as records. */
export function* readRecords(path: string, end: number): Generator<LedgerRecord> {
  const fd = openSync(path, 'r');
  try {
    for (const line of readLines(fd, { end })) {
      yield { line: line.number, text: line.text, bytes: line.bytes, complete: line.complete };
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * The records of the ledger file at `path`, read-only; a missing file is an empty ledger.
 * @example
 * const result = await verifyLedger(readFileLedger('.sanad/ledger.jsonl'));
 */
export function readFileLedger(path: string): LedgerRecords {
  return {
    async *records() {
      let size: number;
      try {
        size = statSync(path).size;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
        throw error;
      }
      yield* readRecords(path, size);
    },
    // A write(2) interrupted by SIGKILL can stop between pages, so a crashed or running writer
    // leaves a torn tail together with its lock file.
    writerActive: () => Promise.resolve(existsSync(lockPathOf(path))),
  };
}
