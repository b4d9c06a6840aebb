/**
 * Where events happened: counts per place with the gazetteer's coordinates, for the map screen,
 * and the base points (Iran's provinces and larger cities) the map draws under them.
 * @module
 */
import { EVENT_TYPES, type EventType, type PlaceKind } from '../core/types.js';
import { findPlace, loadGazetteer } from '../extract/index.js';
import { dayBound } from './_days.js';
import type { Sanad } from './sanad.js';

export interface MapPoint {
  readonly name: string;
  /** The Persian name, when the gazetteer knows one. */
  readonly fa: string | null;
  readonly kind: PlaceKind;
  readonly country: string | null;
  readonly lat: number;
  readonly lon: number;
}

export interface MapCount extends MapPoint {
  readonly count: number;
  readonly counts: Readonly<Partial<Record<EventType, number>>>;
}

export interface EventMap {
  /** Places with events, most first; a country counts events that name only the country. */
  readonly places: readonly MapCount[];
  /** Events that name no place the gazetteer knows. */
  readonly unlocated: number;
  /** Events in the range. */
  readonly events: number;
}

export interface MapQuery {
  readonly from?: string;
  readonly to?: string;
  readonly type?: EventType;
}

/**
 * Counts events per place they name, within a date range.
 * @example
 * const { places } = await eventMap(sanad, { from: '2022-09-16', to: '2022-12-31' });
 */
export async function eventMap(sanad: Sanad, query: MapQuery = {}): Promise<EventMap> {
  const events = await sanad.events({
    limit: 100_000,
    ...(query.type ? { type: query.type } : {}),
    ...(query.from ? { from: dayBound(query.from, 'start', 'from') } : {}),
    ...(query.to ? { to: dayBound(query.to, 'end', 'to') } : {}),
  });
  const byPlace = new Map<string, { point: MapPoint; counts: Partial<Record<EventType, number>> }>();
  let unlocated = 0;
  for (const event of events) {
    const points = new Map<string, MapPoint>();
    for (const name of event.where) {
      const place = findPlace(name);
      if (place) points.set(place.id, pointOf(place));
    }
    if (points.size === 0) unlocated++;
    for (const [id, point] of points) {
      const entry = byPlace.get(id) ?? { point, counts: {} };
      entry.counts[event.type] = (entry.counts[event.type] ?? 0) + 1;
      byPlace.set(id, entry);
    }
  }
  const places = [...byPlace.values()]
    .map(({ point, counts }): MapCount => {
      const ordered = Object.fromEntries(EVENT_TYPES.filter((t) => counts[t]).map((t) => [t, counts[t]!]));
      return { ...point, count: Object.values(ordered).reduce((sum, n) => sum + n, 0), counts: ordered };
    })
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { places, unlocated, events: events.length };
}

/**
 * The name events record for a place a user typed in any language or spelling the gazetteer
 * knows ("زاهدان", "teheran" → "Zahedan", "Tehran"); other names are kept as typed.
 * @example
 * placeName('زاهدان'); // 'Zahedan'
 */
export function placeName(typed: string): string {
  return findPlace(typed)?.name ?? typed;
}

/** Cities smaller than this are left off the base map; they still appear when they have events. */
const BASE_CITY_POPULATION = 150_000;

let basePoints: readonly MapPoint[] | undefined;

/** Iran's provinces and larger cities from the gazetteer, provinces first. */
export function iranBasePoints(): readonly MapPoint[] {
  basePoints ??= loadGazetteer()
    .places.filter(
      (p) =>
        p.country === 'IR' &&
        (p.kind === 'province' || (p.kind === 'city' && p.population >= BASE_CITY_POPULATION)),
    )
    .sort((a, b) => (a.kind === b.kind ? b.population - a.population : a.kind === 'province' ? -1 : 1))
    .map(pointOf);
  return basePoints;
}

function pointOf(place: {
  name: string;
  fa: readonly string[];
  kind: PlaceKind;
  country: string | null;
  lat: number;
  lon: number;
}): MapPoint {
  return {
    name: place.name,
    fa: place.fa[0] ?? null,
    kind: place.kind,
    country: place.country,
    lat: place.lat,
    lon: place.lon,
  };
}
