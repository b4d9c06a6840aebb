import { describe, expect, it } from 'vitest';
import type { Annotator } from './types.js';
import { createPipeline } from './pipeline.js';
import { createDefaultPipeline } from './default-preset.js';

const document = {
  id: 'sha256:pipeline-test',
  text: 'Protesters gathered in Mashhad on Friday.',
  language: 'en' as const,
  published: null,
  source: null,
};

function quantitiesStage(prepare: () => void): Annotator<'quantities'> {
  return { name: 'counted', version: '1.0.0', kind: 'quantities', prepare, annotate: () => [] };
}

describe('Pipeline.use()', () => {
  it("reads a stage's data files when the stage is added, once", () => {
    let prepared = 0;
    const pipeline = createPipeline().use(quantitiesStage(() => prepared++));
    expect(prepared).toBe(1);
    pipeline.run(document);
    pipeline.run(document);
    expect(prepared).toBe(1);
  });

  it('throws the error of a stage that cannot read its data, and leaves it out', () => {
    const pipeline = createPipeline();
    const broken = quantitiesStage(() => {
      throw new Error('Cannot read the gazetteer "/nowhere/gazetteer.json": ENOENT');
    });
    expect(() => pipeline.use(broken)).toThrow('Cannot read the gazetteer "/nowhere/gazetteer.json"');
    expect(pipeline.version).not.toContain('counted@');
  });

  it('gives the default pipeline its gazetteer before the first document', () => {
    const extraction = createDefaultPipeline().run(document);
    expect(extraction.places.map((place) => place.name)).toEqual(['Mashhad']);
    expect(extraction.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
