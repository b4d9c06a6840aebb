import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadGazetteer, readGazetteerFile } from './gazetteer.js';

const gazetteer = loadGazetteer();
const iranian = gazetteer.places.filter((p) => p.country === 'IR');

describe('loadGazetteer()', () => {
  it('resolves every alias and province reference of the rules', () => {
    expect(gazetteer.unresolved).toEqual([]);
  });

  it('holds all 31 provinces of Iran with English and Persian names and coordinates', () => {
    const provinces = iranian.filter((p) => p.kind === 'province');
    expect(provinces).toHaveLength(31);
    for (const p of provinces) {
      expect(p.en.length, p.name).toBeGreaterThan(0);
      expect(p.fa.length, p.name).toBeGreaterThan(0);
      expect(Math.abs(p.lat - 32.5)).toBeLessThan(8);
      expect(Math.abs(p.lon - 53.5)).toBeLessThan(10);
    }
  });

  it('gives every Iranian city a province that exists', () => {
    const provinces = new Set(iranian.filter((p) => p.kind === 'province').map((p) => p.name));
    for (const city of iranian.filter((p) => p.kind === 'city')) {
      expect(provinces.has(city.province ?? ''), city.name).toBe(true);
    }
  });

  it('has Persian names for the largest Iranian cities', () => {
    // GeoNames lists a few Tehran districts as towns with a city's population; they have no Persian name here.
    const largest = iranian
      .filter((p) => p.kind === 'city')
      .sort((a, b) => b.population - a.population)
      .slice(0, 150);
    const withPersian = largest.filter((p) => p.fa.length > 0);
    expect(withPersian.length).toBeGreaterThanOrEqual(140);
  });

  it('names every country in English and Persian', () => {
    const countries = gazetteer.places.filter((p) => p.kind === 'country');
    expect(countries.length).toBeGreaterThan(240);
    const missing = countries.filter((p) => p.en.length === 0 || p.fa.length === 0).map((p) => p.name);
    expect(missing.length).toBeLessThan(5);
  });
});

describe('readGazetteerFile()', () => {
  it('names the file and the reason when it is missing or holds no places', () => {
    const folder = mkdtempSync(join(tmpdir(), 'sanad-gazetteer-'));
    const file = join(folder, 'gazetteer.json');
    try {
      expect(() => readGazetteerFile(pathToFileURL(file))).toThrow(
        `Cannot read the gazetteer "${file}": ENOENT`,
      );
      writeFileSync(file, '{"countries": []}');
      expect(() => readGazetteerFile(pathToFileURL(file))).toThrow(
        `Cannot read the gazetteer "${file}": it has no list of places`,
      );
      writeFileSync(file, '{"places": [');
      expect(() => readGazetteerFile(pathToFileURL(file))).toThrow(/Cannot read the gazetteer .*JSON/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
