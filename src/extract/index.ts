export { createPipeline, type Pipeline } from './pipeline.js';
export { createDefaultPipeline, defaultStages } from './default-preset.js';
export { splitSentences } from './sentences.js';
export type * from './types.js';
export { findPlace, loadGazetteer, type GazetteerPlace } from './annotators/places/gazetteer.js';
