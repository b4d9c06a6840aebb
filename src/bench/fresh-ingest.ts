/**
 * The bench's ingests, each in a fresh process, as a user runs `sanad ingest`: the bench's own
 * process has built the corpus and holds what that left behind, which is not the ingest's
 * memory or time.
 * @module
 */
import { fileURLToPath } from 'node:url';
import { runNode } from './_run-node.js';
import { cliNodeFlags } from './cli-node-flags.js';

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
  /** The Node flags the process ran with: those bin/sanad starts the CLI with. */
  readonly nodeFlags: readonly string[];
  /** Worker threads that extracted while the ingest's own thread read and stored. */
  readonly extractionThreads: number;
  /** Seconds the ingest's own thread was working rather than waiting (for workers, the disk). */
  readonly ownThreadBusySeconds: number;
  /** Seconds the extraction workers were working, summed over them. */
  readonly extractionBusySeconds: number;
  /** Documents the ingest's own thread extracted while the workers had their fill. */
  readonly extractedHere: number;
}

/**
 * Ingests `corpusDir` into a new store in `home`, without extraction (`bare`) or with it
 * (`full`), in a child process; the store stays for the caller to open.
 */
export async function ingestInFreshProcess(
  corpusDir: string,
  home: string,
  mode: 'bare' | 'full',
): Promise<IngestRun> {
  const stdout = await runNode(
    `The ${mode} ingest's process`,
    CHILD,
    [corpusDir, home, mode],
    {},
    cliNodeFlags(),
  );
  return JSON.parse(stdout.trim().split('\n').pop() ?? '') as IngestRun;
}
