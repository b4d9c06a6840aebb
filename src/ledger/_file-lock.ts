/**
 * An exclusive lock file holding the owner's pid, so that two processes cannot interleave
 * appends. A lock left by a process that no longer exists is taken over.
 * @module
 */
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { LedgerLockedError } from './errors.js';

/** A lock whose pid cannot be read yet may be mid-creation by a live process. */
const UNREADABLE_LOCK_GRACE_MS = 5_000;

/** The lock file that guards the ledger file at `path`. */
export function lockPathOf(path: string): string {
  return `${path}.lock`;
}

export interface FileLock {
  readonly path: string;
  /** Deletes the lock file if it is still ours. */
  release(): void;
}

/** Creates `path` exclusively with our pid; throws LedgerLockedError if a live process holds it. */
export function acquireLock(path: string): FileLock {
  const ownContent = `${process.pid}\n`;
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(path, ownContent)) return { path, release: () => releaseIfOwned(path, ownContent) };
    const content = readIfExists(path);
    if (content === null) continue;
    const pid = parsePid(content);
    if (pid === null ? isFresh(path) : isAlive(pid)) throw new LedgerLockedError(path, pid);
    // Re-reading just before deleting narrows the window in which two processes both take
    // over the same stale lock.
    if (readIfExists(path) === content) unlinkQuietly(path);
  }
  throw new LedgerLockedError(path, parsePid(readIfExists(path) ?? ''));
}

function tryCreate(path: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o644);
  } catch (error) {
    if (codeOf(error) === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  return true;
}

function releaseIfOwned(path: string, ownContent: string): void {
  if (readIfExists(path) === ownContent) unlinkQuietly(path);
}

function readIfExists(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return null;
    throw error;
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if (codeOf(error) !== 'ENOENT') throw error;
  }
}

function parsePid(content: string): number | null {
  const text = content.trim();
  if (!/^\d{1,10}$/.test(text)) return null;
  const pid = Number(text);
  return pid > 0 ? pid : null;
}

/** Whether a process with this pid exists (EPERM: it exists but belongs to someone else). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return codeOf(error) !== 'ESRCH';
  }
}

function isFresh(path: string): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs < UNREADABLE_LOCK_GRACE_MS;
  } catch {
    return false;
  }
}

function codeOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}
