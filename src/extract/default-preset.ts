/**
 * THE ordered list of extraction stages. The only place their order is written.
 * @module
 */
import { datesAnnotator } from './annotators/dates/index.js';
import { placesAnnotator } from './annotators/places/index.js';
import { quantitiesAnnotator } from './annotators/quantities/index.js';
import { eventsComposer } from './composers/events/index.js';
import { createPipeline, type Pipeline } from './pipeline.js';

/** A fresh pipeline with sanad's default annotators and composers. */
export function createDefaultPipeline(): Pipeline {
  return createPipeline()
    .use(quantitiesAnnotator)
    .use(datesAnnotator)
    .use(placesAnnotator)
    .use(eventsComposer);
}
