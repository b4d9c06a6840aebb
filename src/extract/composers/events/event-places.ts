/**
 * Where an event happened, and when two sets of places can name the same event.
 * @module
 */
import type { Place, Span } from '../../../core/types.js';
import { placeWithin } from '../../annotators/places/index.js';
import { insideAny } from './asserted-by.js';

/**
 * The places of an event: those inside `range`, except where a place is part of a name
 * ("Iran Human Rights") or of an attribution ("said in Hamadan"), once each by name.
 */
export function eventPlaces(places: readonly Place[], range: Span, excluded: readonly Span[]): Place[] {
  const kept: Place[] = [];
  const names = new Set<string>();
  for (const place of places) {
    if (place.span[0] < range[0] || place.span[1] > range[1]) continue;
    if (insideAny(place.span, excluded) || names.has(place.name)) continue;
    names.add(place.name);
    kept.push(place);
  }
  return kept;
}

/**
 * Whether `outer` contains `inner`: the same place, a province holding a city, or a country
 * holding a place of it (by the gazetteer, else by the places' country codes).
 */
export function placeContains(outer: Place, inner: Place): boolean {
  if (outer.name === inner.name) return true;
  const countryHolds =
    outer.kind === 'country' &&
    inner.kind !== 'country' &&
    inner.country !== null &&
    inner.country === outer.country;
  return countryHolds || (inner.kind !== outer.kind && placeWithin(inner.name, outer.name));
}

/** Whether two events' places can be the same: one is unknown, or some place contains another. */
export function placesCompatible(a: readonly Place[], b: readonly Place[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  for (const x of a) for (const y of b) if (placeContains(x, y) || placeContains(y, x)) return true;
  return false;
}
