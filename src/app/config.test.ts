import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { configFromEnv } from './config.js';

describe('configFromEnv()', () => {
  it('extracts on one fewer threads than the cores, at most three, unless told', () => {
    expect(configFromEnv({}).extractionThreads).toBe(Math.min(3, availableParallelism() - 1));
    expect(configFromEnv({ SANAD_EXTRACTION_THREADS: '0' }).extractionThreads).toBe(0);
    expect(configFromEnv({ SANAD_EXTRACTION_THREADS: '6' }).extractionThreads).toBe(6);
    expect(configFromEnv({ SANAD_EXTRACTION_THREADS: '6' }, { extractionThreads: 1 }).extractionThreads).toBe(
      1,
    );
  });

  it('refuses a thread count that is not a whole number, naming the variable', () => {
    for (const value of ['two', '-1', '1.5']) {
      expect(() => configFromEnv({ SANAD_EXTRACTION_THREADS: value })).toThrow(
        `Cannot use SANAD_EXTRACTION_THREADS="${value}": it must be a whole number of threads`,
      );
    }
  });
});
