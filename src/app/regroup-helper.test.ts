import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { typeFamily } from '../analysis/index.js';
import type { EventType } from '../core/types.js';
import { openSqliteStore, type ProjectionStore } from '../store/index.js';
import { sampleHome } from '../../test/testdata/sample-store.js';
import { regroup, regroupIfStale } from './claims.js';
import { prepareRegroupHelper, splitTypes } from './regroup-helper.js';

describe('splitTypes', () => {
  const counts = new Map<EventType, number>([
    ['arrest', 18_818],
    ['execution', 20_972],
    ['killing', 1_917],
    ['sentence', 9_022],
    ['protest', 922],
    ['torture', 383],
  ]);

  it('puts every type on one side, and the types of one family on the same side', () => {
    const { here, there } = splitTypes(counts);
    expect([...here, ...there].sort()).toEqual([...counts.keys()].sort());
    const sideOf = (type: EventType): string => (here.includes(type) ? 'here' : 'there');
    expect(typeFamily('killing')).toBe(typeFamily('execution'));
    expect(sideOf('killing')).toBe(sideOf('execution'));
  });

  it('shares the events about equally', () => {
    const { here, there } = splitTypes(counts);
    const events = (types: EventType[]): number => types.reduce((sum, type) => sum + counts.get(type)!, 0);
    expect(Math.abs(events(there) - events(here))).toBeLessThan(0.2 * (events(here) + events(there)));
  });
});

describe('regroup on two threads', () => {
  let store: ProjectionStore;
  const listing = async (store: ProjectionStore): Promise<unknown[]> =>
    (await store.listPropositions({ limit: 100_000 })).map((p) => [p.id, p.assertionIds, p.contested]);
  /** The listing after a regroup on this thread alone. */
  const oneThread = async (): Promise<unknown[]> => {
    await regroup(store, { helperFrom: Number.POSITIVE_INFINITY });
    return listing(store);
  };

  beforeAll(async () => {
    store = await openSqliteStore(join(await sampleHome('sanad-regroup-'), 'store.sqlite'));
  }, 120_000);
  afterAll(() => store.close());

  it('writes the propositions one thread writes, in the same order', async () => {
    expect(store.sqliteFile).not.toBeNull();
    expect((await store.eventTypeCounts()).size).toBeGreaterThan(1);
    const one = await regroup(store, { helperFrom: Number.POSITIVE_INFINITY });
    const alone = await listing(store);
    expect(alone.length).toBe(one.propositions);
    expect(alone.length).toBeGreaterThan(10);
    const two = await regroup(store, { helperFrom: 1 });
    expect(two.propositions).toBe(one.propositions);
    expect(await listing(store)).toEqual(alone);
  });

  it('groups on this thread alone when the helper cannot read the store', async () => {
    const alone = await oneThread();
    const unreadable: ProjectionStore = { ...store, sqliteFile: `${store.sqliteFile}.missing` };
    const result = await regroup(unreadable, { helperFrom: 1 });
    expect(result.propositions).toBe(alone.length);
    expect(await listing(store)).toEqual(alone);
  });

  it('uses a helper started ahead, and stops one it does not need', async () => {
    const alone = await oneThread();
    const ahead = prepareRegroupHelper();
    const used = { start: vi.fn(ahead.start), close: vi.fn(ahead.close) };
    await regroup(store, { helperFrom: 1, prepared: used });
    expect(used.start).toHaveBeenCalledTimes(1);
    expect(await listing(store)).toEqual(alone);
    const spare = prepareRegroupHelper();
    const unused = { start: vi.fn(spare.start), close: vi.fn(spare.close) };
    await regroupIfStale(store, { prepared: unused });
    expect(unused.start).not.toHaveBeenCalled();
    expect(unused.close).toHaveBeenCalledTimes(1);
  });
});
