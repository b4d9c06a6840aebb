import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check } from '@placemarkio/check-geojson';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSampleSanad } from '../../../test/testdata/sample-store.js';
import { EVENT_TYPES } from '../../core/types.js';
import { findPlace } from '../../extract/index.js';
import { hashEntry, type LedgerEntry } from '../../ledger/index.js';
import { openSqliteStore } from '../../store/index.js';
import type { Sanad } from '../sanad.js';
import mapping from './acled-mapping.json' with { type: 'json' };
import { ACLED_COLUMNS, EXPORT_FORMATS, exportFormat, exportTo } from './index.js';

// The sample reports as the default pipeline extracts them, plus one source registered by hand.
let sanad: Sanad;
beforeAll(async () => {
  sanad = await openSampleSanad('sanad-export-');
  await sanad.addSource({
    name: 'Daily Planet',
    kind: 'independent_media',
    group: 'other',
    domains: ['dailyplanet.example'],
  });
});
afterAll(async () => {
  await sanad?.close();
});

async function exported(format: string): Promise<string> {
  let text = '';
  await exportTo(sanad, format, (chunk) => {
    text += chunk;
  });
  return text;
}

describe('export formats', () => {
  it('are listed by name, and an unknown one is refused naming it and the known ones', () => {
    expect(EXPORT_FORMATS.map((f) => f.name)).toEqual(['acled-csv', 'geojson', 'jsonl', 'claimreview']);
    expect(() => exportFormat('xml')).toThrow(
      /Cannot export as "xml": no such format; use one of acled-csv, geojson, jsonl, claimreview/,
    );
  });
});

describe('acled-csv', () => {
  it("has ACLED's columns in ACLED's order, one row per dated event, read back by a CSV parser", async () => {
    const text = await exported('acled-csv');
    const [header, ...rows] = parse(text) as string[][];
    expect(header).toEqual([...ACLED_COLUMNS]);
    const events = await sanad.events({ limit: 100_000 });
    const dated = events.filter((e) => e.when !== null);
    expect(dated.length).toBeGreaterThan(10);
    expect(rows).toHaveLength(dated.length);
    expect(rows.every((row) => row.length === ACLED_COLUMNS.length)).toBe(true);
  });

  it('maps each event by the mapping file, with ACLED codes, and keeps its summary exactly', async () => {
    const records = parse(await exported('acled-csv'), { columns: true }) as Record<string, string>[];
    const byId = new Map((await sanad.events({ limit: 100_000 })).map((e) => [e.id, e]));
    const types = mapping.event_types as Record<string, { event_type: string; sub_event_type: string }>;
    for (const record of records) {
      const id = /sanad=(ev_[0-9a-f]+)/.exec(record.tags!)![1]!;
      const event = byId.get(id)!;
      expect(EVENT_TYPES).toContain(event.type);
      expect([record.event_type, record.sub_event_type]).toEqual([
        types[event.type]!.event_type,
        types[event.type]!.sub_event_type,
      ]);
      expect(record.notes).toBe(event.summary);
      expect(record.event_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const date = record.event_date!;
      expect(date >= event.when!.start && date <= event.when!.end).toBe(true);
      expect(['1', '2', '3']).toContain(record.time_precision);
      if (event.when!.precision === 'day' && event.when!.start === event.when!.end)
        expect(record.time_precision).toBe('1');
      if (record.location) {
        expect(['1', '2', '3']).toContain(record.geo_precision);
        expect(Number(record.latitude)).toBeGreaterThan(-90);
        expect(Number(record.longitude)).toBeGreaterThan(-180);
      } else {
        expect(record.geo_precision).toBe('');
      }
      expect(Number(record.fatalities)).toBeGreaterThanOrEqual(0);
      expect(record.interaction).toMatch(/^\d{1,2}$/);
    }
  });

  it('names the source each document was matched to, its scale, and the province of the place', async () => {
    const records = parse(await exported('acled-csv'), { columns: true }) as Record<string, string>[];
    const documentOf = new Map((await sanad.events({ limit: 100_000 })).map((e) => [e.id, e.document]));
    const sources = new Map((await sanad.sources()).map((s) => [s.id, s]));
    const matched = new Map(
      (await sanad.documentSources()).map((m) => [m.document, sources.get(m.source_id)!]),
    );
    const scales = mapping.source_scale.codes as Record<string, string>;
    for (const record of records) {
      const id = /sanad=(ev_[0-9a-f]+)/.exec(record.tags!)![1]!;
      const source = matched.get(documentOf.get(id)!)!;
      expect(record.source).toBe(source.name);
      expect(record.source_scale).toBe(scales[source.kind]);
      const place = record.location ? findPlace(record.location) : undefined;
      // A CSV cell has no null: a city the gazetteer gives no province has an empty admin1.
      if (place?.kind === 'city') expect(record.admin1).toBe(place.province ?? '');
    }
    expect(records.some((r) => r.source === 'Tasnim News Agency' && r.source_scale === 'National')).toBe(
      true,
    );
    const mashhad = records.find((r) => r.location === 'Mashhad');
    expect(mashhad).toMatchObject({
      admin1: 'Razavi Khorasan',
      geo_precision: '1',
      country: 'Iran',
      iso: '364',
    });
  });
});

describe('geojson', () => {
  it('is a FeatureCollection a GeoJSON validator accepts, longitude first', async () => {
    const text = await exported('geojson');
    const checked = check(text);
    expect(checked.type).toBe('FeatureCollection');
    const collection = checked as Extract<typeof checked, { type: 'FeatureCollection' }>;
    const events = await sanad.events({ limit: 100_000 });
    const located = events.filter((e) => e.where.some((name) => findPlace(name)));
    expect(collection.features.length).toBe(located.length);
    expect(collection.features.length).toBeGreaterThan(5);
    const tehran = collection.features.find((f) => f.properties?.['place'] === 'Tehran');
    expect(tehran?.geometry).toMatchObject({ type: 'Point' });
    const [lon, lat] = (tehran!.geometry as { coordinates: number[] }).coordinates;
    expect(lon).toBeCloseTo(51.4, 0);
    expect(lat).toBeCloseTo(35.7, 0);
  });
});

describe('jsonl', () => {
  it('is one JSON object a line: a header, every source, then every ledger entry with an intact chain', async () => {
    const lines = (await exported('jsonl'))
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const [header, ...rest] = lines;
    expect(header).toMatchObject({ type: 'header', format: 'sanad-jsonl', version: 1 });
    const sources = rest.filter((line) => line['type'] === 'source');
    expect(sources.map((s) => s['id'])).toEqual((await sanad.sources()).map((s) => s.id));
    expect(sources.at(-1)).toMatchObject({ id: 'daily-planet', origin: 'ledger' });
    const entries = rest
      .filter((line) => line['type'] === 'entry')
      .map(({ type: _type, ...entry }) => entry as unknown as LedgerEntry);
    expect(entries).toHaveLength(header!['entries'] as number);
    expect(entries.map((e) => e.seq)).toEqual(entries.map((_, index) => index + 1));
    for (const [index, entry] of entries.entries()) {
      expect(entry.hash).toBe(hashEntry(entry));
      if (index > 0) expect(entry.prev).toBe(entries[index - 1]!.hash);
    }
    expect(entries.at(-1)!.hash).toBe(header!['ledger_head']);
    expect(new Set(entries.map((e) => e.kind))).toEqual(
      new Set(['document.added', 'extraction.added', 'source.registered']),
    );
  });

  it('rebuilds a store that answers as the original does', async () => {
    const lines = (await exported('jsonl'))
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const entries = lines
      .filter((line) => line['type'] === 'entry')
      .map(({ type: _type, ...entry }) => entry as unknown as LedgerEntry);
    const store = await openSqliteStore(join(mkdtempSync(join(tmpdir(), 'sanad-rebuilt-')), 'store.sqlite'));
    try {
      await store.apply(entries);
      expect(await store.listDocuments({ limit: 1000 })).toEqual(await sanad.listDocuments({ limit: 1000 }));
      expect(await store.listEvents({ limit: 100_000 })).toEqual(await sanad.events({ limit: 100_000 }));
      expect(await store.listSources()).toEqual(await sanad.sources());
      expect(await store.listDocumentSources()).toEqual(await sanad.documentSources());
      expect((await store.listDocumentSources()).length).toBe((await sanad.listDocuments()).length);
      const { lastSeq: _a, ...rebuilt } = await store.stats();
      const { lastSeq: _b, head: _head, ...original } = await sanad.stats();
      expect(rebuilt).toEqual(original);
    } finally {
      await store.close();
    }
  });
});
