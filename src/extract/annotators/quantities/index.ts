/**
 * Quantities: the annotator, and the finder and number-word reader the evaluation uses.
 * @module
 */
export { quantitiesAnnotator } from './quantities-annotator.js';
export { findQuantities, scanQuantities, type FoundQuantities, type Skipped } from './find-quantities.js';
export { parseNumberWords } from './_numeral.js';
