/**
 * A temporary sanad home holding the sample reports with the gold extraction
 * (see gold-pipeline.ts), for API and browser tests.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configFromEnv, openSanad, sampleInputs, type Sanad } from '../../src/app/index.js';
import { createGoldPipeline } from './gold-pipeline.js';

/** Opens a fresh home with the samples ingested; the caller closes it. */
export async function openSeededSanad(prefix = 'sanad-seeded-'): Promise<Sanad> {
  const home = mkdtempSync(join(tmpdir(), prefix));
  const sanad = await openSanad(configFromEnv({}, { home }), createGoldPipeline());
  await sanad.ingest(sampleInputs());
  return sanad;
}

/** A fresh home with the samples ingested and closed again, for a child process to open. */
export async function seededHome(prefix = 'sanad-seeded-'): Promise<string> {
  const sanad = await openSeededSanad(prefix);
  await sanad.close();
  return sanad.config.home;
}
