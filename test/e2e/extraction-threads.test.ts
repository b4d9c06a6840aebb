import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { samplesFolder } from '../../src/app/index.js';
import { buildCorpus } from '../../src/bench/build-corpus.js';
import { sanad, tempHome } from './_cli.js';

/** The ledger's entries without their time and hashes: what a second ingest must repeat exactly. */
function ledgerPayloads(home: string): string[] {
  return readFileSync(join(home, 'ledger.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const entry = JSON.parse(line) as { kind: string; payload: unknown };
      return JSON.stringify([entry.kind, entry.payload]);
    });
}

describe('sanad ingest --threads', () => {
  const corpus = join(tempHome('sanad-threads-corpus-'), 'corpus');
  const homes = { main: tempHome('sanad-threads-0-'), threads: tempHome('sanad-threads-2-') };
  let results: Record<keyof typeof homes, ReturnType<typeof sanad>>;

  beforeAll(() => {
    // Past the 2 MB after which threads start, with the same document twice to skip.
    const built = buildCorpus(corpus, 2.6e6, samplesFolder(), null);
    expect(built.bytes).toBeGreaterThan(2.5e6);
    results = {
      main: sanad(homes.main, ['ingest', corpus, samplesFolder(), '--threads', '0', '--json']),
      threads: sanad(homes.threads, ['ingest', corpus, samplesFolder(), '--threads', '2', '--json']),
    };
  }, 300_000);

  it('appends the same entries in the same order as extraction on one thread', () => {
    for (const result of Object.values(results)) expect(result.status, result.stderr).toBe(0);
    const counts = (json: string) => {
      const { added, duplicates, reextracted } = JSON.parse(json) as Record<string, number>;
      return { added, duplicates, reextracted };
    };
    expect(counts(results.threads.stdout)).toEqual(counts(results.main.stdout));
    expect(JSON.parse(results.main.stdout).duplicates).toBeGreaterThan(0);
    const payloads = ledgerPayloads(homes.threads);
    expect(payloads).toEqual(ledgerPayloads(homes.main));
    expect(new Set(payloads).size).toBe(payloads.length);
  });

  it('leaves a store that answers the same and a ledger that verifies', () => {
    for (const args of [
      ['events', '--json', '--limit', '100000'],
      ['claims', '--json'],
      ['search', 'executed', '--json'],
    ]) {
      expect(JSON.parse(sanad(homes.threads, args).stdout), args.join(' ')).toEqual(
        JSON.parse(sanad(homes.main, args).stdout),
      );
    }
    expect(sanad(homes.threads, ['verify']).status).toBe(0);
  });

  it('refuses a number of threads that is not a whole number', () => {
    const result = sanad(homes.main, ['ingest', samplesFolder(), '--threads', '1.5']);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('--threads "1.5"');
  });
});
