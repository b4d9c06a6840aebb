/**
 * Places: the places annotator and the gazetteer lookups other stages use.
 * @module
 */
export { placesAnnotator, findPlaces } from './places-annotator.js';
export { lookupPlace, placeWithin, type PlaceRecord } from './place-lookup.js';
