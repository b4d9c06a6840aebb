/**
 * THE ordered list of extraction stages. The only place their order is written.
 * @module
 */
import { datesAnnotator } from './annotators/dates/index.js';
import { entitiesAnnotator } from './annotators/entities/index.js';
import { placesAnnotator } from './annotators/places/index.js';
import { quantitiesAnnotator } from './annotators/quantities/index.js';
import { eventsComposer } from './composers/events/index.js';
import { statementsComposer } from './composers/statements/index.js';
import { createPipeline, type Pipeline } from './pipeline.js';
import type { Annotator, Composer } from './types.js';

/** sanad's default annotators and composers, in the order they run. */
export function defaultStages(): readonly (Annotator | Composer)[] {
  return [
    // Annotators: each finds one kind of thing on its own.
    quantitiesAnnotator,
    datesAnnotator,
    placesAnnotator,
    entitiesAnnotator,
    // Composers, after every annotator: statements read dates and entities;
    // events read every annotation and the statements, to know who asserts them.
    statementsComposer,
    eventsComposer,
  ];
}

/** A fresh pipeline with sanad's default annotators and composers. */
export function createDefaultPipeline(): Pipeline {
  const pipeline = createPipeline();
  for (const stage of defaultStages()) pipeline.use(stage);
  return pipeline;
}
