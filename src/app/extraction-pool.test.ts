import { describe, expect, it } from 'vitest';
import { createDefaultPipeline } from '../extract/index.js';
import { startExtractionPool, youngGenerationMb } from './extraction-pool.js';

const document = {
  text: 'Tehran, 3 March 2023 — Security forces arrested at least 40 students in Tehran on Monday, the rights group HRANA said.',
  language: 'en',
  published: null,
  source: null,
};

describe('startExtractionPool()', () => {
  it('extracts on worker threads what the pipeline extracts on this one', async () => {
    const pipeline = createDefaultPipeline();
    const pool = await startExtractionPool(2, pipeline.version);
    expect(pool).not.toBeNull();
    const extractions = await Promise.all([pool!.extract(document), pool!.extract(document)]);
    await pool!.close();
    const inline = pipeline.run(document);
    expect(inline.events.length).toBeGreaterThan(0);
    for (const extraction of extractions) expect(extraction).toEqual(inline);
    await expect(pool!.extract(document)).rejects.toThrow('The extraction workers have stopped');
  });

  it('starts none when asked for none, or when its workers run another version of the pipeline', async () => {
    expect(await startExtractionPool(0, createDefaultPipeline().version)).toBeNull();
    expect(await startExtractionPool(1, 'quantities@0.0.1')).toBeNull();
  });
});

describe('youngGenerationMb()', () => {
  it("gives workers three times the main thread's semi-space, and nothing without the flag", () => {
    expect(youngGenerationMb(['--max-semi-space-size=64'])).toBe(192);
    expect(youngGenerationMb(['--expose-gc', '--max-semi-space-size=16'])).toBe(48);
    expect(youngGenerationMb(['--expose-gc'])).toBeUndefined();
    expect(youngGenerationMb(['--max-old-space-size=64'])).toBeUndefined();
  });
});
