import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleHome } from '../../../test/testdata/sample-store.js';
import { connectSqlite } from '../sqlite/sqlite-driver.js';
import type { SqlDriver } from './driver.js';
import { eventPages } from './_event-pages.js';
import { claimInputPages } from './_propositions.js';
import { readClaimInputPages } from '../sqlite/claim-input-reader.js';
import type { EventType } from '../../core/types.js';

let driver: SqlDriver;
let everyEvent: Array<{ id: string; when_start: string | null; type: EventType }>;
let file: string;

beforeAll(async () => {
  file = join(await sampleHome('sanad-pages-'), 'store.sqlite');
  driver = connectSqlite(file);
  everyEvent = await driver.all('SELECT id, when_start, type FROM events');
}, 120_000);
afterAll(() => driver.close());

describe('claimInputPages', () => {
  it.each([1, 3, 7, 10_000])(
    'with %i events a page, reads every event once, days whole and in order, undated last',
    async (perPage) => {
      const startOf = new Map(everyEvent.map((event) => [event.id, event.when_start]));
      const pages: string[][] = [];
      for await (const page of claimInputPages(driver, perPage)) {
        pages.push(page.events.map((event) => event.id));
        const documents = new Set(page.events.map((event) => event.document));
        expect(page.statements.every((statement) => documents.has(statement.document))).toBe(true);
      }
      const read = pages.flat();
      expect(read.length).toBe(everyEvent.length);
      expect(new Set(read).size).toBe(everyEvent.length);
      const starts = read.map((id) => startOf.get(id) ?? '~');
      expect(starts).toEqual([...starts].sort());
      const pageOfDay = new Map<string, number>();
      pages.forEach((page, index) => {
        for (const id of page) {
          const start = startOf.get(id);
          if (start === null || start === undefined) continue;
          expect(pageOfDay.get(start) ?? index).toBe(index);
          pageOfDay.set(start, index);
        }
      });
    },
  );

  it("gives each page the statements of its events' documents", async () => {
    const withStatements = new Set(
      (await driver.all<{ document: string }>('SELECT DISTINCT document FROM statements')).map(
        (row) => row.document,
      ),
    );
    for await (const page of claimInputPages(driver, 5)) {
      const expected = new Set(
        page.events.map((event) => event.document).filter((id) => withStatements.has(id)),
      );
      expect(new Set(page.statements.map((statement) => statement.document))).toEqual(expected);
    }
  });
});

describe('eventPages', () => {
  it.each([1, 4, 10_000])(
    'with %i events a page, reads every event once, earliest first, undated last, ties by id, with its documents',
    async (perPage) => {
      const read: Array<{ id: string; start: string | null }> = [];
      for await (const page of eventPages(driver, perPage)) {
        expect(page.events.length).toBeLessThanOrEqual(perPage);
        const documents = new Set(page.events.map((event) => event.document));
        expect(page.documents.map((document) => document.id).sort()).toEqual([...documents].sort());
        read.push(...page.events.map((event) => ({ id: event.id, start: event.when?.start ?? null })));
      }
      const expected = everyEvent
        .map((event) => ({ id: event.id, start: event.when_start }))
        .sort(
          (a, b) =>
            (a.start ?? '9999').localeCompare(b.start ?? '9999') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
        );
      expect(read).toEqual(expected);
    },
  );

  it('reads only the events of the types asked for, in the order it reads them among all', async () => {
    const counts = new Map<EventType, number>();
    for (const event of everyEvent) counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
    const types = [...counts.keys()].sort().filter((_, index) => index % 2 === 0);
    expect(types.length).toBeGreaterThan(1);
    const typeOf = new Map(everyEvent.map((event) => [event.id, event.type]));
    const ids = async (pages: AsyncIterable<{ events: Array<{ id: string }> }>): Promise<string[]> => {
      const read: string[] = [];
      for await (const page of pages) read.push(...page.events.map((event) => event.id));
      return read;
    };
    const all = await ids(claimInputPages(driver, 4));
    const some = await ids(claimInputPages(driver, 4, types));
    expect(some).toEqual(all.filter((id) => types.includes(typeOf.get(id)!)));
    expect(some.length).toBe(types.reduce((sum, type) => sum + counts.get(type)!, 0));
    // Another connection, read-only, as a second thread reads the store while its writer regroups.
    expect(await ids(readClaimInputPages(file, types, 4))).toEqual(some);
    expect(await ids(claimInputPages(driver, 4, []))).toEqual([]);
  });
});
