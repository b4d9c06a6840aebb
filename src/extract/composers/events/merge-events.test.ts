import { describe, expect, it } from 'vitest';
import type { Place } from '../../../core/types.js';
import type { DraftEvent } from './_draft.js';
import { mergeEvents } from './merge-events.js';

const iran: Place = {
  text: 'Iran',
  span: [0, 4],
  name: 'Iran',
  kind: 'country',
  country: 'IR',
  lat: null,
  lon: null,
};
const mashhad: Place = {
  text: 'Mashhad',
  span: [0, 7],
  name: 'Mashhad',
  kind: 'city',
  country: 'IR',
  lat: null,
  lon: null,
};
const tabriz: Place = {
  text: 'Tabriz',
  span: [0, 6],
  name: 'Tabriz',
  kind: 'city',
  country: 'IR',
  lat: null,
  lon: null,
};

function draft(overrides: Partial<DraftEvent>): DraftEvent {
  return {
    type: 'protest',
    span: [0, 10],
    when: null,
    places: [],
    actors: [],
    targets: [],
    namedTargets: [],
    counts: {},
    assertedBy: 'Reuters',
    refersBack: false,
    timeUnread: false,
    ...overrides,
  };
}

describe('mergeEvents()', () => {
  it('merges a restatement, keeping the first figure and the most specific places', () => {
    const merged = mergeEvents([
      draft({ places: [iran], counts: { locations: { low: 100, high: null } } }),
      draft({
        span: [50, 60],
        places: [mashhad],
        when: { start: '2019-11-15', end: '2019-11-15', precision: 'day' },
      }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({
      span: [0, 10],
      places: [mashhad],
      when: { start: '2019-11-15' },
      counts: { locations: { low: 100, high: null } },
    });
  });

  it('keeps apart events on different days, in different cities, or with figures that cannot agree', () => {
    expect(
      mergeEvents([
        draft({ when: { start: '2019-11-15', end: '2019-11-15', precision: 'day' } }),
        draft({ when: { start: '2019-11-16', end: '2019-11-16', precision: 'day' } }),
      ]),
    ).toHaveLength(2);
    expect(mergeEvents([draft({ places: [mashhad] }), draft({ places: [tabriz] })])).toHaveLength(2);
    expect(
      mergeEvents([
        draft({ type: 'killing', counts: { killed: { low: 304, high: null } } }),
        draft({ type: 'killing', counts: { killed: { low: 230, high: 230 } } }),
      ]),
    ).toHaveLength(2);
  });

  it('keeps apart two "at least" figures far apart, which overlap but are not one figure', () => {
    const atLeast = (low: number): DraftEvent =>
      draft({ type: 'killing', counts: { killed: { low, high: null } } });
    expect(mergeEvents([atLeast(448), atLeast(56)])).toHaveLength(2);
    expect(mergeEvents([atLeast(304), atLeast(300)])).toHaveLength(1);
  });

  it('keeps apart the same event told by two holders, and executions of two named people', () => {
    expect(mergeEvents([draft({}), draft({ assertedBy: 'Tasnim News Agency' })])).toHaveLength(2);
    expect(
      mergeEvents([
        draft({ type: 'execution', namedTargets: ['Mohsen Shekari'] }),
        draft({ type: 'execution', namedTargets: ['Majidreza Rahnavard'] }),
      ]),
    ).toHaveLength(2);
  });
});
