/**
 * Place lookups for later stages (events, propositions, the map): a place by canonical name,
 * and whether one place lies inside another.
 * @module
 */
import type { PlaceKind } from '../../../core/types.js';
import { placesNamed, type GazetteerPlace } from './gazetteer.js';

/** What later stages need to know about a named place. */
export interface PlaceRecord {
  readonly name: string;
  readonly kind: PlaceKind;
  /** ISO 3166-1 alpha-2, or null for regions that cross borders. */
  readonly country: string | null;
  /** The Iranian province it lies in; null for provinces, countries, regions and places abroad. */
  readonly province: string | null;
  readonly lat: number;
  readonly lon: number;
}

function record(place: GazetteerPlace): PlaceRecord {
  return Object.freeze({
    name: place.name,
    kind: place.kind,
    country: place.country,
    province: place.province,
    lat: place.lat,
    lon: place.lon,
  });
}

/**
 * The place with this name (canonical first, then any spelling the gazetteer knows), or null.
 * A name several places share gives the one a bare mention would mean ("Tehran" is the
 * city); `kind` asks for another ("Tehran", "province").
 * @example lookupPlace('Mashhad') // { name: 'Mashhad', kind: 'city', country: 'IR', province: 'Razavi Khorasan', … }
 */
export function lookupPlace(name: string, kind?: PlaceKind): PlaceRecord | null {
  const places = placesNamed(name);
  const place = kind ? places.find((p) => p.kind === kind) : places[0];
  return place ? record(place) : null;
}

/**
 * Whether the place named `inner` lies inside the place named `outer`: a city or site in its
 * province or city, anything Iranian in Iran. Every place either name may mean is tried, so
 * "Tehran" lies in "Tehran" (the city in the province).
 * @example placeWithin('Sanandaj', 'Kurdistan') // true
 */
export function placeWithin(inner: string, outer: string): boolean {
  const outers = placesNamed(outer);
  for (const place of placesNamed(inner)) {
    for (const container of outers) {
      if (place === container) continue;
      if (contains(container, place)) return true;
    }
  }
  return false;
}

function contains(outer: GazetteerPlace, inner: GazetteerPlace): boolean {
  switch (outer.kind) {
    case 'country':
      return inner.country === outer.country && inner.kind !== 'country';
    case 'province':
      return inner.country === outer.country && inner.province === outer.name;
    case 'city':
      return inner.kind === 'site' && inner.country === outer.country && inner.city === outer.name;
    default:
      return false;
  }
}
