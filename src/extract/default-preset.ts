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

/** A fresh pipeline with sanad's default annotators and composers. */
export function createDefaultPipeline(): Pipeline {
  return (
    createPipeline()
      // Annotators: each finds one kind of thing on its own.
      .use(quantitiesAnnotator)
      .use(datesAnnotator)
      .use(placesAnnotator)
      .use(entitiesAnnotator)
      // Composers, after every annotator: statements read dates and entities;
      // events read every annotation and the statements, to know who asserts them.
      .use(statementsComposer)
      .use(eventsComposer)
  );
}
