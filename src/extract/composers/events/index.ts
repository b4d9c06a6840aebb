/**
 * Events: what happened, when, where, to whom, how many, and who says so.
 * @module
 */
export { eventsComposer, composeEvents } from './events-composer.js';
