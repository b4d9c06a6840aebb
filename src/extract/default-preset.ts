/**
 * THE ordered list of extraction stages. The only place their order is written.
 * @module
 */
import { entitiesAnnotator } from './annotators/entities/index.js';
import { statementsComposer } from './composers/statements/index.js';
import { createPipeline, type Pipeline } from './pipeline.js';

/** A fresh pipeline with sanad's default annotators and composers. */
export function createDefaultPipeline(): Pipeline {
  return (
    createPipeline()
      // Annotators: each finds one kind of thing on its own.
      .use(entitiesAnnotator)
      // Composers, after every annotator: statements read dates and entities.
      .use(statementsComposer)
  );
}
