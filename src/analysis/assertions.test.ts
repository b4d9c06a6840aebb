import { describe, expect, it } from 'vitest';
import type { ClaimEvent, ClaimStatement } from '../core/claims.js';
import type { SanadEvent } from '../core/types.js';
import { buildAssertions } from './assertions.js';
import { holderGroups } from './holder-group.js';

const DOCUMENT = `sha256:${'a'.repeat(64)}`;

function event(fields: Partial<SanadEvent>, source: string | null = 'Reuters'): ClaimEvent {
  return {
    id: `ev_${'1'.repeat(16)}`,
    document: DOCUMENT,
    source,
    evidence: 'About 1,500 people were killed, three officials said.',
    event: {
      type: 'killing',
      span: [100, 160],
      summary: 'killing',
      when: null,
      where: [],
      actors: [],
      targets: [],
      counts: {},
      asserted_by: null,
      ...fields,
    },
  };
}

const relayed: ClaimStatement = {
  id: `st_${'2'.repeat(16)}`,
  document: DOCUMENT,
  span: [90, 200],
  speaker: { name: 'three Interior Ministry officials', role: null, organization: null },
  chain: [
    { name: 'Reuters', kind: 'outlet' },
    { name: 'three Interior Ministry officials', kind: 'person' },
  ],
};

describe('buildAssertions', () => {
  it("gives a figure inside reported words to the speaker, with the statement's chain", () => {
    const [assertion] = buildAssertions(
      [
        event({
          asserted_by: 'three Interior Ministry officials',
          counts: { killed: { low: 1500, high: 1500 } },
        }),
      ],
      [relayed],
    );
    expect(assertion).toMatchObject({
      holder: 'three Interior Ministry officials',
      group: 'iran-state',
      statement: relayed.id,
      measure: 'killed',
      low: 1500,
      high: 1500,
      chain: relayed.chain,
    });
  });

  it("gives an event outside any statement to the document's source", () => {
    const [assertion] = buildAssertions([event({}, 'Amnesty International')], []);
    expect(assertion).toMatchObject({
      holder: 'Amnesty International',
      group: 'rights-ngo',
      measure: null,
      chain: [{ name: 'Amnesty International', kind: 'outlet' }],
    });
  });

  it('makes one assertion per figure, with ids that do not change', () => {
    const item = event({ counts: { killed: { low: 58, high: null }, injured: { low: 300, high: null } } });
    const first = buildAssertions([item], []);
    expect(first.map((a) => a.measure)).toEqual(['killed', 'injured']);
    expect(buildAssertions([item], []).map((a) => a.id)).toEqual(first.map((a) => a.id));
    expect(new Set(first.map((a) => a.id)).size).toBe(2);
  });
});

describe('holderGroups', () => {
  const { groupOf } = holderGroups();

  it('reads the source registry, then the entity registry, then the patterns for unnamed holders', () => {
    expect(groupOf('Tasnim News Agency')).toBe('irgc');
    expect(groupOf('HRANA')).toBe('rights-ngo');
    expect(groupOf('Ali Khamenei')).toBe('iran-state');
    expect(groupOf('an informed security source')).toBe('iran-state');
    expect(groupOf('یک منبع آگاه امنیتی')).toBe('iran-state');
    expect(groupOf('Mahmoud Sadeghi', { role: 'member of parliament from Tehran' })).toBe('iran-state');
  });

  it('leaves a holder nothing places in "other"', () => {
    expect(groupOf('eyewitnesses')).toBe('other');
  });
});
