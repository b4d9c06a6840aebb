/**
 * Helpers for end-to-end tests: run the real `bin/sanad` in a child process against a
 * temporary SANAD_HOME.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'sanad');
/** The sample report folders (samples/en, samples/fa), as separate arguments. */
export const SAMPLES = join(ROOT, 'samples', 'en');
export const SAMPLES_FA = join(ROOT, 'samples', 'fa');

export interface RunResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** No run of the CLI in a test takes this long; one that does is killed, so it cannot hold the test run open. */
const CHILD_TIMEOUT_MS = 240_000;

export function tempHome(prefix = 'sanad-e2e-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * A fresh home holding a copy of `home` (ledger, store, raw originals), so that tests which
 * need the same starting state pay for one ingest between them, not one each.
 */
export function copyHome(home: string, prefix = 'sanad-e2e-'): string {
  const copy = tempHome(prefix);
  cpSync(home, copy, { recursive: true });
  return copy;
}

export function sanad(home: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, SANAD_HOME: home, ...env },
    encoding: 'utf8',
    timeout: CHILD_TIMEOUT_MS,
    // Listings of a few thousand events run past spawnSync's 1 MB default, which cuts them short.
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Like sanad(), but asynchronous, so a test can serve HTTP to it meanwhile. */
export function sanadAsync(
  home: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawnChild(home, args, env);
    let stdout = '';
    let stderr = '';
    // Decoded as a stream: a pipe's chunks can end inside a multi-byte character.
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

export function spawnChild(home: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, SANAD_HOME: home, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: CHILD_TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
}
