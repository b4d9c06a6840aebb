import { describe, expect, it } from 'vitest';
import { createPipeline } from '../extract/index.js';
import { measureExtractionSpeed } from './extraction-speed.js';

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
  });
});
