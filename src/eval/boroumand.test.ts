import { describe, expect, it } from 'vitest';
import type { Place, SanadEvent } from '../core/types.js';
import { judgeRecord, readBoroumandRecord } from './boroumand.js';

// A record written for this test in the corpus's shape; no corpus text is copied.
const yaml = `id: test-person-1988
date_of_death: 1988-01-01
place_of_death: "Esfahan"
province: "Esfahan"
cause_of_death: "Execution » Hanging"
circumstances: >
    Mr. Test Person was executed in Isfahan in the summer of 1988 along with
    other political prisoners.
`;

function execution(overrides: Partial<SanadEvent>): SanadEvent {
  return {
    type: 'execution',
    span: [0, 10],
    summary: 'execution',
    when: null,
    where: [],
    actors: [],
    targets: [],
    counts: {},
    asserted_by: null,
    ...overrides,
  };
}

const summer1988 = { start: '1988-06-21', end: '1988-09-22', precision: 'season' } as const;

describe('readBoroumandRecord()', () => {
  it('reads the narrative and the fields it is scored against', () => {
    const record = readBoroumandRecord(yaml);
    expect(record).toMatchObject({
      id: 'test-person-1988',
      dateOfDeath: '1988-01-01',
      placeOfDeath: 'Esfahan',
      causeOfDeath: 'Execution » Hanging',
    });
    expect(record?.text).toContain('executed in Isfahan');
  });

  it('skips a record without a narrative', () => {
    expect(readBoroumandRecord('id: empty\ncircumstances: null\n')).toBeNull();
  });
});

describe('judgeRecord()', () => {
  const record = readBoroumandRecord(yaml)!;

  it('counts a year-only date of death as found by any time inside that year', () => {
    expect(judgeRecord(record, [execution({ when: summer1988 })], []).year).toBe('right');
    expect(
      judgeRecord(
        record,
        [execution({ when: { start: '1981-06-20', end: '1981-06-20', precision: 'day' } })],
        [],
      ).year,
    ).toBe('wrong');
    expect(judgeRecord(record, [execution({})], []).year).toBe('none');
  });

  it('matches the place of death through the gazetteer’s spellings', () => {
    expect(judgeRecord(record, [execution({ where: ['Isfahan'] })], []).place).toBe('right');
    expect(judgeRecord(record, [execution({ where: ['Tabriz'] })], []).place).toBe('wrong');
  });

  it('wants an execution, not any event', () => {
    const outcome = judgeRecord(record, [execution({ type: 'arrest' })], []);
    expect(outcome).toMatchObject({ found: false, anyEvent: true });
  });

  it('reports whether any extracted place names the place of death', () => {
    const isfahan: Place = {
      text: 'Isfahan',
      span: [0, 7],
      name: 'Isfahan',
      kind: 'city',
      country: 'IR',
      lat: null,
      lon: null,
    };
    expect(judgeRecord(record, [], [isfahan]).anyPlaceRight).toBe(true);
  });
});
