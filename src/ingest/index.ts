/**
 * Ingest: command-line arguments (files, folders, URLs) to cleaned, normalized documents.
 * @module
 */
export { DEFAULT_LIMITS, type IngestLimits } from './limits.js';
export { isUrl, nameOf, type InputRef, type MediaType } from './input-ref.js';
export { expandInputs } from './expand-inputs.js';
export { readInput, type RawInput } from './read-input.js';
export { prepareDocument, type PrepareOptions } from './prepare-document.js';
export { removeBoilerplate } from './remove-boilerplate.js';
export { detectLanguage } from './detect-language.js';
