import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verify } from './index.js';
import { configFromEnv } from './config.js';
import { openSanad, type Sanad } from './sanad.js';

const opened: Sanad[] = [];
afterEach(async () => {
  for (const sanad of opened.splice(0)) await sanad.close();
});

describe('ingestDocuments', () => {
  it('adds a text once when it comes back after its batch went to the ledger but before the store took it', async () => {
    const home = mkdtempSync(join(tmpdir(), 'sanad-ingest-'));
    const folder = mkdtempSync(join(tmpdir(), 'sanad-ingest-inputs-'));
    const report = (n: number): string =>
      `Report ${n}\n\nWorkers gathered in Ahvaz on the ${n}th day of the strike, witnesses said.\n`;
    // Batches of two: report 1 comes back in the third batch, while the store may still lag.
    const texts = [report(1), report(2), report(3), report(4), report(1), report(5), report(6)];
    texts.forEach((text, i) => writeFileSync(join(folder, `${i}.txt`), text));
    const sanad = await openSanad(configFromEnv({}, { home }));
    opened.push(sanad);

    const summary = await sanad.ingest([folder], { batchSize: 2 });

    expect(summary).toMatchObject({ added: 6, duplicates: 1, rejected: [] });
    const stats = await sanad.stats();
    expect(stats.documents).toBe(6);
    // A document.added and an extraction.added entry for each of the six.
    expect(stats.lastSeq).toBe(12);
    expect(await sanad.listDocuments()).toHaveLength(6);
    expect((await sanad.search('Ahvaz')).documents.length).toBeGreaterThan(0);
    await sanad.close();
    opened.length = 0;
    expect(await verify(configFromEnv({}, { home }))).toMatchObject({ ok: true, head: summary.head });
  });
});
