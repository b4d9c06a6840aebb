/**
 * The gazetteer: GeoNames-derived places from data/gazetteer.json (built by
 * scripts/build-gazetteer.mjs) merged with the curated names of rules/place-aliases.json.
 * @module
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PlaceKind } from '../../../core/types.js';
import aliases from '../../rules/place-aliases.json' with { type: 'json' };
import { wordsOf } from './_words.js';

/** One place with every name it is known by. */
export interface GazetteerPlace {
  readonly id: string;
  /** Canonical English name. */
  readonly name: string;
  readonly kind: PlaceKind;
  /** ISO 3166-1 alpha-2, or null for regions that cross borders. */
  readonly country: string | null;
  readonly lat: number;
  readonly lon: number;
  readonly population: number;
  /** Canonical name of the Iranian province it lies in; null elsewhere and for provinces. */
  readonly province: string | null;
  /** Canonical name of the city a site lies in, when known. */
  readonly city: string | null;
  /** English names as written in text (case matters). */
  readonly en: readonly string[];
  /** Persian names in document form (Persian yeh and kaf). */
  readonly fa: readonly string[];
}

export interface Gazetteer {
  readonly places: readonly GazetteerPlace[];
  /** Names that are places only with a locative cue, per language. */
  readonly ambiguous: { readonly en: ReadonlySet<string>; readonly fa: ReadonlySet<string> };
  /** Names never matched, per language. */
  readonly excluded: { readonly en: ReadonlySet<string>; readonly fa: ReadonlySet<string> };
  /** Alias and province references that name no gazetteer place; empty when the rules are sound. */
  readonly unresolved: readonly string[];
}

export interface RawPlace {
  id: string;
  name: string;
  kind: PlaceKind;
  country: string | null;
  lat: number;
  lon: number;
  population?: number;
  /** In data/gazetteer.json the province's id ("iso:IR-23"); in additions its name. */
  province?: string | null;
  city?: string;
  en: string[];
  fa: string[];
}

interface Alias {
  refs: string[];
  name?: string;
  en?: string[];
  fa?: string[];
}

const GAZETTEER_URL = new URL('../../../../data/gazetteer.json', import.meta.url);

let cached: Gazetteer | undefined;

/** The merged gazetteer, read once per process. */
export function loadGazetteer(): Gazetteer {
  cached ??= buildGazetteer(readGazetteerFile(GAZETTEER_URL));
  return cached;
}

/** The places of a gazetteer file; throws an Error naming the file when it cannot be read. */
export function readGazetteerFile(url: URL): { places: RawPlace[] } {
  try {
    const data = JSON.parse(readFileSync(url, 'utf8')) as { places?: unknown };
    if (!Array.isArray(data.places)) throw new Error('it has no list of places');
    return data as { places: RawPlace[] };
  } catch (error) {
    throw new Error(
      `Cannot read the gazetteer "${fileURLToPath(url)}": ${error instanceof Error ? error.message : String(error)}. It ships with sanad (data/gazetteer.json); restore it from the repository`,
      { cause: error },
    );
  }
}

function buildGazetteer(data: { places: RawPlace[] }): Gazetteer {
  const places = data.places.map((p) => ({ ...p, en: [...p.en], fa: [...p.fa] }));
  const byRef = indexByRef(places);
  const unresolved: string[] = [];
  for (const alias of aliases.aliases as Alias[]) {
    for (const ref of alias.refs) {
      const place = byRef.get(ref);
      if (!place) {
        unresolved.push(ref);
        continue;
      }
      if (alias.name) place.name = alias.name;
      place.en.push(...(alias.en ?? []));
      place.fa.push(...(alias.fa ?? []).map(persianForm));
    }
  }
  const provinceNames = new Map(places.filter((p) => p.kind === 'province').map((p) => [p.id, p.name]));
  const provinceByName = new Set(provinceNames.values());
  for (const addition of aliases.additions as RawPlace[]) {
    if (addition.province && !provinceByName.has(addition.province)) unresolved.push(addition.province);
    places.push({ ...addition, fa: addition.fa.map(persianForm) });
  }
  return {
    places: places.map((p) =>
      Object.freeze({
        id: p.id,
        name: p.name,
        kind: p.kind,
        country: p.country,
        lat: p.lat,
        lon: p.lon,
        population: p.population ?? 0,
        province: p.province ? (provinceNames.get(p.province) ?? p.province) : null,
        city: p.city ?? null,
        en: unique(p.en),
        fa: unique(p.fa),
      }),
    ),
    ambiguous: { en: new Set(aliases.ambiguous.en), fa: new Set(aliases.ambiguous.fa.map(persianForm)) },
    excluded: { en: new Set(aliases.excluded.en), fa: new Set(aliases.excluded.fa.map(persianForm)) },
    unresolved,
  };
}

/** "city:IR:Mashhad" (largest population wins), "province:IR:Fars", "country:IQ". */
function indexByRef(places: RawPlace[]): Map<string, RawPlace> {
  const byRef = new Map<string, RawPlace>();
  for (const place of places) {
    const ref =
      place.kind === 'country' ? `country:${place.country}` : `${place.kind}:${place.country}:${place.name}`;
    const seen = byRef.get(ref);
    if (!seen || (place.population ?? 0) > (seen.population ?? 0)) byRef.set(ref, place);
  }
  return byRef;
}

/** Arabic yeh and kaf as Persian letters, as in document text (src/core/text.ts). */
export function persianForm(text: string): string {
  return text.replace(/[\u064A\u0649]/g, '\u06CC').replace(/\u0643/g, '\u06A9');
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names)];
}

const KIND_RANK_IRAN: Readonly<Record<PlaceKind, number>> = {
  site: 0,
  city: 1,
  province: 2,
  region: 3,
  country: 4,
};
const KIND_RANK_ABROAD: Readonly<Record<PlaceKind, number>> = {
  country: 0,
  region: 1,
  site: 2,
  city: 3,
  province: 4,
};

/**
 * Orders places that share a name, best first: Iranian places before foreign ones (sanad
 * documents Iran), then by kind, then by population, so "Mashhad" is the Iranian city.
 */
export function comparePlaces(a: GazetteerPlace, b: GazetteerPlace): number {
  const iranA = a.country === 'IR' ? 0 : 1;
  const iranB = b.country === 'IR' ? 0 : 1;
  if (iranA !== iranB) return iranA - iranB;
  const rank = iranA === 0 ? KIND_RANK_IRAN : KIND_RANK_ABROAD;
  if (rank[a.kind] !== rank[b.kind]) return rank[a.kind] - rank[b.kind];
  return b.population - a.population || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

let byLooseName: Map<string, GazetteerPlace[]> | undefined;

/** Every place known by a name, best first (see `comparePlaces`). */
export function placesNamed(name: string): readonly GazetteerPlace[] {
  if (!byLooseName) {
    const index = new Map<string, GazetteerPlace[]>();
    const ranked = [...loadGazetteer().places].sort(comparePlaces);
    // Canonical names first, so "Tehran" finds the places called Tehran before any alias.
    for (const pass of ['canonical', 'alias'] as const) {
      for (const place of ranked) {
        const names = pass === 'canonical' ? [place.name] : [...place.en, ...place.fa];
        for (const name of names) {
          const key = looseKey(name);
          const list = index.get(key) ?? [];
          if (!list.includes(place)) list.push(place);
          index.set(key, list);
        }
      }
    }
    byLooseName = index;
  }
  return byLooseName.get(looseKey(name)) ?? [];
}

/**
 * The best place known by a name in any language and spelling the gazetteer holds,
 * ignoring case and Latin diacritics ("Orumieh", "ارومیه", "TEHRAN").
 */
export function findPlace(name: string): GazetteerPlace | undefined {
  return placesNamed(name)[0];
}

/** Words' keys joined by spaces: how two spellings of a name are compared. */
export function looseKey(name: string): string {
  return wordsOf(name)
    .words.map((w) => w.key)
    .join(' ');
}
