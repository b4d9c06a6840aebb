/**
 * A temporary sanad home holding the sample reports as sanad's default pipeline extracts
 * them, for API and browser tests. Assertions read expected values from the store or the
 * API, so they hold as the extractors improve.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configFromEnv, openSanad, sampleInputs, type Sanad } from '../../src/app/index.js';

/** Opens a fresh home with the samples ingested; the caller closes it. */
export async function openSampleSanad(prefix = 'sanad-samples-'): Promise<Sanad> {
  const home = mkdtempSync(join(tmpdir(), prefix));
  const sanad = await openSanad(configFromEnv({}, { home }));
  await sanad.ingest(sampleInputs());
  return sanad;
}

/** A fresh home with the samples ingested and closed again, for a child process to open. */
export async function sampleHome(prefix = 'sanad-samples-'): Promise<string> {
  const sanad = await openSampleSanad(prefix);
  await sanad.close();
  return sanad.config.home;
}
