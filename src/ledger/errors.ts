/**
 * The ledger's error classes; each carries a stable SanadError code.
 * @module
 */
import { SanadError } from '../core/errors.js';

/** Another live process holds the ledger's lock file. */
export class LedgerLockedError extends SanadError {
  readonly lockPath: string;
  /** The pid written in the lock file, or null when it could not be read. */
  readonly pid: number | null;

  constructor(lockPath: string, pid: number | null) {
    const holder = pid === null ? 'a process whose pid could not be read' : `process ${pid}`;
    super(
      'SANAD_LEDGER_LOCKED',
      `Cannot lock ledger "${lockPath}": it is held by ${holder}; wait for that sanad process to finish, ` +
        'or delete the lock file if no sanad process is running',
    );
    this.name = 'LedgerLockedError';
    this.lockPath = lockPath;
    this.pid = pid;
  }
}

/** A whole line of the ledger cannot be read as an entry, or the chain does not link. */
export class LedgerCorruptError extends SanadError {
  readonly path: string;
  readonly line: number | null;

  constructor(
    code: 'SANAD_LEDGER_CORRUPT' | 'SANAD_LEDGER_CHAIN_BROKEN',
    path: string,
    line: number | null,
    reason: string,
    options?: { cause?: unknown },
  ) {
    const where = line === null ? '' : ` at line ${line}`;
    super(code, `Cannot read ledger "${path}"${where}: ${reason}; run "sanad verify" for details`, options);
    this.name = 'LedgerCorruptError';
    this.path = path;
    this.line = line;
  }
}
