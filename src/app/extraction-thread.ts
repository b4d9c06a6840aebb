/**
 * One extraction thread of the pool in extraction-threads.ts: the default pipeline, loaded once
 * per thread, run on each document the pool hands it.
 * @module
 */
import type { Extraction, SanadDocument } from '../core/types.js';
import { createDefaultPipeline } from '../extract/index.js';

const pipeline = createDefaultPipeline();

export default function extract(document: SanadDocument): Extraction {
  return pipeline.run(document);
}
