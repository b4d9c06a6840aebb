export { datesAnnotator } from './dates-annotator.js';
