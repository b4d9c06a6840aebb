/**
 * Extraction on worker threads (piscina): the default pipeline runs on a pool of threads while
 * the ingest's own thread reads, appends and stores, in input order, so an ingest uses every core
 * and its ledger is the same as one made on a single thread.
 * @module
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { Extraction, SanadDocument } from '../core/types.js';

export interface ExtractionThreads {
  readonly threads: number;
  run(document: SanadDocument): Promise<Extraction>;
  close(): Promise<void>;
}

/**
 * A pool of `threads` extraction threads, or null when there should be none (`threads` < 1) or
 * the compiled thread module is missing (running from the TypeScript sources, as unit tests do).
 */
export function startExtractionThreads(threads: number): ExtractionThreads | null {
  const filename = fileURLToPath(new URL('./extraction-thread.js', import.meta.url));
  if (threads < 1 || !existsSync(filename)) return null;
  const pool = new Piscina<SanadDocument, Extraction>({
    filename,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: Number.POSITIVE_INFINITY,
  });
  return {
    threads,
    run: (document) => pool.run(document),
    close: () => pool.destroy(),
  };
}
