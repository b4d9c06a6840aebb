/**
 * The bench's ingests, each in a fresh process, as a user runs `sanad ingest`: the bench's own
 * process has built the corpus and holds what that left behind, which is not the ingest's
 * memory or time.
 * @module
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// The compiled child, from src/ (tests) as from dist/.
const CHILD = fileURLToPath(new URL('../../dist/bench/ingest-child.js', import.meta.url));

/** What one ingest in its own process did and cost. */
export interface IngestRun {
  readonly docs: number;
  readonly rejected: number;
  /** Wall-clock seconds of the ingest, from the first input read to the last write. */
  readonly seconds: number;
  /** CPU seconds of the process over the same span: what "on one core" means. */
  readonly cpuSeconds: number;
  /** The process's peak resident memory, start-up included. */
  readonly peakRssMb: number;
}

/**
 * Ingests `corpusDir` into a new store in `home`, without extraction (`bare`) or with it
 * (`full`), in a child process; the store stays for the caller to open.
 */
export function ingestInFreshProcess(
  corpusDir: string,
  home: string,
  mode: 'bare' | 'full',
): Promise<IngestRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CHILD, corpusDir, home, mode], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      const last = stdout.trim().split('\n').pop();
      if (code === 0 && last) resolve(JSON.parse(last) as IngestRun);
      else
        reject(
          new Error(`Cannot time the ${mode} ingest: its process exited with ${code}: ${stderr.trim()}`),
        );
    });
  });
}
