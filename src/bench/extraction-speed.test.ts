import { describe, expect, it } from 'vitest';
import { createPipeline } from '../extract/index.js';
import { measureExtractionSpeed, steadyRate } from './extraction-speed.js';

/** Keeps this process's CPU busy for about `ms` milliseconds of CPU time. */
function spin(ms: number): void {
  const started = process.cpuUsage();
  let used = 0;
  while (used < ms * 1000) {
    const delta = process.cpuUsage(started);
    used = delta.user + delta.system;
  }
}

describe('steadyRate()', () => {
  it('keeps passing while the rate rises and reports the rate it settled at', () => {
    // Passes that cost 8, 7, …, 2 units, then 1 unit for ever: like code the JIT is compiling.
    let pass = 0;
    const rate = steadyRate(() => spin(10 * Math.max(1, 8 - pass++)), 1, { min: 4, max: 20 });
    expect(rate.passes).toBeGreaterThanOrEqual(8);
    expect(rate.passes).toBeLessThan(20);
    expect(rate.cold).toBeLessThan(rate.steady / 4);
  });

  it('does not stop on a pass that dips while the rate still rises', () => {
    // The pipeline's own rates over a megabyte in a fresh process, in MB per CPU second.
    const rates = [
      0.55, 1.41, 2.07, 2.4, 2.86, 2.37, 2.81, 3.2, 3.02, 3.27, 3.26, 3.16, 3.28, 2.96, 3.24, 3.06,
    ];
    let pass = 0;
    // A pass of 0.1 MB that costs 100 / rate milliseconds runs at the rate itself.
    const rate = steadyRate(() => spin(100 / rates[Math.min(pass++, rates.length - 1)]!), 0.1, {
      min: 6,
      max: 16,
    });
    expect(rate.passes).toBeGreaterThan(8);
    expect(rate.steady).toBeGreaterThan(3);
    expect(rate.cold).toBeLessThan(1);
  });

  it('stops after six passes when the rate does not rise, and never passes the maximum', () => {
    expect(steadyRate(() => spin(5), 1, { min: 4, max: 10 }).passes).toBeLessThan(10);
    let pass = 0;
    expect(steadyRate(() => spin(50 - 4 * pass++), 1, { min: 4, max: 6 }).passes).toBe(6);
  });
});

describe('measureExtractionSpeed()', () => {
  it('times the pipeline and compromise on the same texts', () => {
    const texts = [
      'Ali Khamenei said in Tehran that 1,500 people were killed.',
      'Reuters reported it on Monday.',
    ];
    const speed = measureExtractionSpeed(createPipeline(), texts);
    expect(speed.mb).toBe(Buffer.byteLength(texts.join('')) / 1e6);
    expect(speed.extractMbS).toBeGreaterThan(0);
    expect(speed.compromiseMbS).toBeGreaterThan(0);
    expect(speed.coldExtractMbS).toBeGreaterThan(0);
    expect(speed.coldCompromiseMbS).toBeGreaterThan(0);
    expect(speed.extractPasses).toBeGreaterThanOrEqual(6);
    expect(speed.compromisePasses).toBeGreaterThanOrEqual(6);
  });
});
