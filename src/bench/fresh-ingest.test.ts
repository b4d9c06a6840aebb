import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configFromEnv, openSanad, samplesFolder } from '../app/index.js';
import { cliNodeFlags } from './cli-node-flags.js';
import { ingestInFreshProcess } from './fresh-ingest.js';

describe('ingestInFreshProcess()', () => {
  it('ingests in a child process, reports what it cost, and leaves a store the caller can search', async () => {
    const home = join(mkdtempSync(join(tmpdir(), 'sanad-fresh-ingest-')), 'home');
    const english = join(samplesFolder(), 'en');
    const reports = readdirSync(english, { recursive: true, encoding: 'utf8' }).filter(
      (name) => /\.(md|txt|html)$/.test(name) && !name.endsWith('README.md'),
    );
    const run = await ingestInFreshProcess(english, home, 'bare');
    expect(run.docs).toBe(reports.length);
    expect(run.rejected).toBe(0);
    expect(run.seconds).toBeGreaterThan(0);
    expect(run.cpuSeconds).toBeGreaterThan(0);
    // A process that loaded sanad holds tens of megabytes at least.
    expect(run.peakRssMb).toBeGreaterThan(20);
    expect(run.nodeFlags).toEqual(cliNodeFlags());
    expect(run.extractionThreads).toBe(0);
    expect(run.extractionBusySeconds).toBe(0);
    // The ingest's thread works for most of it: nothing else runs, and writes wait on the disk.
    expect(run.ownThreadBusySeconds).toBeGreaterThan(0);
    expect(run.ownThreadBusySeconds).toBeLessThanOrEqual(run.seconds + 0.01);
    const sanad = await openSanad(configFromEnv({}, { home }));
    try {
      expect((await sanad.search('Evin', { limit: 5 })).documents.length).toBeGreaterThan(0);
    } finally {
      await sanad.close();
    }
  });

  it('counts an input the child cannot read as rejected, as sanad ingest does', async () => {
    const home = mkdtempSync(join(tmpdir(), 'sanad-fresh-ingest-'));
    await expect(
      ingestInFreshProcess(join(home, 'no-such-folder'), join(home, 'h'), 'bare'),
    ).resolves.toMatchObject({
      docs: 0,
      rejected: 1,
    });
  });
});
