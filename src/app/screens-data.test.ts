import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSampleSanad } from '../../test/testdata/sample-store.js';
import { eventMap, iranBasePoints, placeName } from './event-map.js';
import { eventTimeline } from './event-timeline.js';
import type { Sanad } from './sanad.js';
import { searchWithFacets } from './search-with-facets.js';

// The screens' queries on the sample reports as the default pipeline extracts them: real store, real events.
let sanad: Sanad;
beforeAll(async () => {
  sanad = await openSampleSanad();
});
afterAll(async () => {
  await sanad?.close();
});

describe('eventTimeline()', () => {
  it('counts every dated event in exactly one bar, and the undated apart', async () => {
    const all = await sanad.events({ limit: 100_000 });
    const timeline = await eventTimeline(sanad, { bucket: 'month' });
    const counted = timeline.buckets.reduce((sum, bar) => sum + bar.total, 0);
    expect(counted + timeline.undated).toBe(all.length);
    expect(timeline.undated).toBe(all.filter((e) => e.when === null).length);
    for (const bar of timeline.buckets) {
      expect(Object.values(bar.counts).reduce((a, b) => a + b, 0)).toBe(bar.total);
    }
  });

  it('draws empty periods too, so bars sit on a true time axis', async () => {
    const timeline = await eventTimeline(sanad, { bucket: 'month', from: '2022-09', to: '2022-12' });
    expect(timeline.buckets.map((b) => b.start)).toEqual([
      '2022-09-01',
      '2022-10-01',
      '2022-11-01',
      '2022-12-01',
    ]);
  });

  it('picks a coarser period when the asked one would draw too many bars', async () => {
    const auto = await eventTimeline(sanad, {});
    expect(auto.bucket).toBe('year'); // 1988 to 2024 is too long for days, weeks or months
    expect((await eventTimeline(sanad, { bucket: 'day' })).bucket).not.toBe('day');
  });
});

describe('eventMap()', () => {
  it('puts events at the gazetteer place they name and counts the rest as unlocated', async () => {
    const map = await eventMap(sanad);
    const zahedan = map.places.find((p) => p.name === 'Zahedan')!;
    expect(zahedan.kind).toBe('city');
    expect(zahedan.fa).toBe('زاهدان');
    expect(zahedan.lat).toBeCloseTo(29.5, 0);
    const named = (await sanad.events({ place: 'Zahedan', limit: 1000 })).length;
    expect(zahedan.count).toBe(named);
    const without = (await sanad.events({ limit: 100_000 })).filter((e) => e.where.length === 0).length;
    expect(map.unlocated).toBeGreaterThanOrEqual(without);
  });

  it('narrows to a date range', async () => {
    const all = await eventMap(sanad);
    const range = await eventMap(sanad, { from: '2022-09-01', to: '2022-12-31' });
    expect(range.events).toBeLessThan(all.events);
    expect(range.places.every((p) => p.count >= 1)).toBe(true);
  });

  it('iranBasePoints() holds all 31 provinces and the larger cities', () => {
    const points = iranBasePoints();
    expect(points.filter((p) => p.kind === 'province')).toHaveLength(31);
    expect(points.some((p) => p.kind === 'city' && p.name === 'Mashhad')).toBe(true);
    expect(points.every((p) => p.country === 'IR')).toBe(true);
  });
});

describe('searchWithFacets()', () => {
  it('counts each facet with the other filters applied, not its own', async () => {
    const all = await searchWithFacets(sanad, 'killed', {}, 200);
    const english = await searchWithFacets(sanad, 'killed', { language: 'en' }, 200);
    expect(english.facets.language).toEqual(all.facets.language);
    const statements = await searchWithFacets(sanad, 'killed', { kinds: ['statement'] }, 200);
    expect(statements.documents).toEqual([]);
    expect(statements.total).toBe(all.statements.length);
    expect(statements.facets.kind).toEqual(all.facets.kind);
  });

  it('keeps documents and statements that report an event in the place filtered on', async () => {
    const zahedan = await searchWithFacets(sanad, 'killed', { place: 'Zahedan' }, 200);
    const documents = new Set((await sanad.events({ place: 'Zahedan', limit: 1000 })).map((e) => e.document));
    expect(zahedan.total).toBeGreaterThan(0);
    for (const hit of [...zahedan.documents, ...zahedan.statements])
      expect(documents.has(hit.document)).toBe(true);
    for (const hit of zahedan.events) expect(hit.where).toContain('Zahedan');
  });

  it('filters by date on the event time or the publication day', async () => {
    const results = await searchWithFacets(sanad, 'killed', { from: '2022', to: '2022' }, 200);
    expect(results.total).toBeGreaterThan(0);
    for (const hit of [...results.documents, ...results.statements, ...results.events]) {
      expect(hit.date!.startsWith('2022')).toBe(true);
    }
    // The year facet leaves out its own filter: it shows the other years one could pick instead.
    expect(results.facets.year['2022']).toBe(results.total);
    expect(Object.keys(results.facets.year).length).toBeGreaterThan(1);
  });
});

describe('searchWithFacets() by source group and review', () => {
  it("counts hits by the group of their document's matched source, and narrows to one group", async () => {
    const groupOfSource = new Map((await sanad.sources()).map((source) => [source.id, source.group]));
    const groupOf = new Map(
      (await sanad.documentSources()).map((match) => [match.document, groupOfSource.get(match.source_id)]),
    );
    const all = await searchWithFacets(sanad, 'killed', {}, 200);
    const hits = [...all.documents, ...all.statements, ...all.events];
    for (const hit of hits) expect(hit.group, hit.id).toBe(groupOf.get(hit.document) ?? null);
    const groups = Object.keys(all.facets.group);
    expect(groups.length).toBeGreaterThanOrEqual(2);

    const group = groups[0]!;
    const narrowed = await searchWithFacets(sanad, 'killed', { group }, 200);
    expect(narrowed.total).toBe(all.facets.group[group]);
    for (const hit of [...narrowed.documents, ...narrowed.statements, ...narrowed.events])
      expect(hit.group).toBe(group);
    // The group facet leaves out its own filter, so the other groups stay offered.
    expect(narrowed.facets.group).toEqual(all.facets.group);
  });

  it('marks the events of a reviewed proposition as reviewed, and filters on it', async () => {
    const own = await openSampleSanad();
    try {
      const before = await searchWithFacets(own, 'Tehran', {}, 200);
      expect(before.facets.review).toEqual({ unreviewed: before.statements.length + before.events.length });
      expect(before.documents.every((hit) => hit.reviewed === null)).toBe(true);

      // A proposition holding an event that the search finds.
      const found = new Set(before.events.map((hit) => hit.id));
      const proposition = (await own.claims()).find((p) => p.assertions.some((a) => found.has(a.event)))!;
      await own.review({ target: proposition.id, decision: 'accept', reason: 'matches the report' });
      const held = new Set(proposition.assertions.map((a) => a.event));

      const after = await searchWithFacets(own, 'Tehran', { review: 'reviewed' }, 200);
      expect(after.documents).toEqual([]);
      expect(after.events.length).toBeGreaterThan(0);
      for (const hit of [...after.statements, ...after.events]) expect(held.has(hit.id)).toBe(true);
      expect(after.total).toBe(after.facets.review['reviewed']);
      const unreviewed = await searchWithFacets(own, 'Tehran', { review: 'unreviewed' }, 200);
      expect(unreviewed.total + after.total).toBe(before.statements.length + before.events.length);
    } finally {
      await own.close();
    }
  });
});

describe('searchWithFacets() propositions', () => {
  it('lists the propositions grouping the events found, contested first', async () => {
    const results = await searchWithFacets(sanad, 'Tehran', {}, 200);
    expect(results.propositions.length).toBeGreaterThan(0);
    const found = new Set(results.events.map((hit) => hit.id));
    for (const hit of results.propositions) {
      const whole = await sanad.proposition(hit.id);
      expect(
        whole.assertions.some((a) => found.has(a.event)),
        hit.id,
      ).toBe(true);
      expect(hit.assertions).toBe(whole.assertions.length);
      expect(hit).toMatchObject({ kind: 'proposition', contested: whole.contested, type: whole.type });
    }
    const contested = results.propositions.map((p) => p.contested);
    expect(contested).toEqual([...contested].sort((a, b) => Number(b) - Number(a)));
    // No events kept, no propositions: they follow the filters through the events.
    expect((await searchWithFacets(sanad, 'Tehran', { kinds: ['document'] }, 200)).propositions).toEqual([]);
  });
});

describe('placeName()', () => {
  it('finds the name events record for a place typed in Persian or another spelling', async () => {
    expect(placeName('زاهدان')).toBe('Zahedan');
    expect(placeName('TEHRAN')).toBe('Tehran');
    expect(placeName('Nowhere-on-earth')).toBe('Nowhere-on-earth');
    const typedInPersian = await eventTimeline(sanad, { place: 'زاهدان', bucket: 'year' });
    const typedInEnglish = await eventTimeline(sanad, { place: 'Zahedan', bucket: 'year' });
    expect(typedInPersian.buckets).toEqual(typedInEnglish.buckets);
    expect(typedInEnglish.buckets.length).toBeGreaterThan(0);
  });
});
