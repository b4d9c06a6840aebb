import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder of sample reports that ships with sanad. */
export function samplesFolder(): string {
  return fileURLToPath(new URL('../../samples', import.meta.url));
}

/** The sample reports to ingest: the language folders, leaving out samples/README.md. */
export function sampleInputs(): string[] {
  const folder = samplesFolder();
  return readdirSync(folder)
    .sort()
    .map((name) => join(folder, name))
    .filter((path) => statSync(path).isDirectory());
}
