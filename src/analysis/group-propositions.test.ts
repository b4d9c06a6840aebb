import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assertion, PropositionDraft } from '../core/claims.js';
import { day, month, assertion } from './_test-assertions.js';
import {
  createPropositionGrouper,
  groupPropositions,
  placesCompatible,
  targetsCompatible,
} from './group-propositions.js';

describe('groupPropositions', () => {
  it('groups figures of one type, time and place from different documents into one proposition', () => {
    const amnesty = assertion({ low: 304, high: null });
    const officials = assertion({
      low: 1500,
      high: 1500,
      holder: 'Interior Ministry officials',
      group: 'iran-state',
    });
    const drafts = groupPropositions([amnesty, officials]);
    expect(drafts).toHaveLength(1);
    expect(drafts[0]!.assertions.map((a) => a.id)).toEqual([amnesty.id, officials.id].sort());
  });

  it('keeps apart different event types, different measures and times that do not meet', () => {
    const drafts = groupPropositions([
      assertion(),
      assertion({ type: 'arrest', measure: 'arrested', low: 7000, high: 7000 }),
      assertion({ measure: 'injured' }),
      assertion({ when: month('2022-09') }),
    ]);
    expect(drafts).toHaveLength(4);
  });

  it('groups killings with executions of the same time, as one type family', () => {
    const drafts = groupPropositions([
      assertion({ when: month('1988-08'), low: 30000, high: 30000 }),
      assertion({ type: 'execution', measure: 'executed', when: month('1988-08'), low: 5000, high: null }),
    ]);
    expect(drafts).toHaveLength(1);
  });

  it('lets a city meet its province and Iran, but not another province', () => {
    const drafts = groupPropositions([
      assertion({ where: ['Zahedan'], when: day('2022-09-30') }),
      assertion({ where: ['Sistan and Baluchestan'], when: day('2022-09-30') }),
      assertion({ where: ['Iran'], when: day('2022-09-30') }),
      assertion({ where: ['Kurdistan'], when: day('2022-09-30') }),
    ]);
    expect(drafts.map((draft) => draft.assertions.length).sort()).toEqual([1, 3]);
  });

  it('sets places abroad aside inside a proposition: a member named only abroad fits, one at another home place does not', () => {
    const mashhad = assertion({ where: ['Mashhad'], when: day('2019-11-16') });
    const abroadOnly = assertion({ where: ['Washington'], when: day('2019-11-16') });
    const tabriz = assertion({ where: ['Washington', 'Tabriz'], when: day('2019-11-16') });
    const drafts = groupPropositions([mashhad, abroadOnly, tabriz]);
    const members = drafts.map((draft) => draft.assertions.map((a) => a.id).sort());
    expect(members).toHaveLength(2);
    expect(members).toContainEqual([mashhad.id, abroadOnly.id].sort());
    expect(members).toContainEqual([tabriz.id]);
  });

  it("keeps one day's toll apart from a whole uprising's", () => {
    const uprising = { start: '2022-09-16', end: '2022-11-29', precision: 'range' } as const;
    const drafts = groupPropositions([
      assertion({ when: uprising, where: [] }),
      assertion({ when: day('2022-09-30'), where: [] }),
    ]);
    expect(drafts).toHaveLength(2);
  });

  it('gives the same ids to the same assertions in any order', () => {
    const items = [assertion(), assertion({ low: 230, high: 230 }), assertion({ when: month('2020-01') })];
    const once = groupPropositions(items).map((draft) => draft.id);
    const again = groupPropositions([...items].reverse()).map((draft) => draft.id);
    expect(again).toEqual(once);
    expect(once.every((id) => /^pr_[0-9a-f]{16}$/.test(id))).toBe(true);
  });

  it('leaves an undated assertion on its own', () => {
    expect(groupPropositions([assertion({ when: null }), assertion({ when: null })])).toHaveLength(2);
  });
});

describe('placesCompatible and targetsCompatible', () => {
  it('sets aside places abroad, where a figure was announced', () => {
    expect(placesCompatible(['Washington'], ['Tehran'])).toBe(true);
    expect(placesCompatible(['Mashhad'], ['Tabriz'])).toBe(false);
  });

  it('refuses targets that name different people, and accepts role words', () => {
    expect(targetsCompatible(['Mohsen Shekari'], ['Majidreza Rahnavard'])).toBe(false);
    expect(targetsCompatible(['Mohsen Shekari', 'protesters'], ['Mohsen Shekari'])).toBe(true);
    expect(targetsCompatible(['protesters'], ['members of the security forces'])).toBe(true);
  });
});

describe('createPropositionGrouper', () => {
  const places = [[], ['Tehran'], ['Zahedan'], ['Sistan and Baluchestan'], ['Mashhad', 'Tehran'], ['Iran']];
  const kinds = [
    { type: 'killing', measure: 'killed' },
    { type: 'execution', measure: 'executed' },
    { type: 'arrest', measure: 'arrested' },
    { type: 'protest', measure: null },
  ] as const;
  const arbitraryAssertion = fc
    .record({
      kind: fc.constantFrom(...kinds),
      offset: fc.integer({ min: 0, max: 120 }),
      length: fc.constantFrom(1, 1, 1, 3, 30, 365),
      undated: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
      where: fc.constantFrom(...places),
      target: fc.constantFrom([], ['Navid Afkari'], ['Reza Rasaei']),
    })
    .map(({ kind, offset, length, undated, where, target }) => {
      const start = new Date(Date.UTC(2022, 8, 1) + offset * 86_400_000).toISOString().slice(0, 10);
      const end = new Date(Date.UTC(2022, 8, 1) + (offset + length - 1) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      return assertion({
        ...kind,
        when: undated ? null : { start, end, precision: length === 1 ? 'day' : 'month' },
        where,
        targets: target,
      });
    });

  it('fed one day at a time, in time order, makes exactly the propositions grouping all at once makes', () => {
    fc.assert(
      fc.property(fc.array(arbitraryAssertion, { maxLength: 80 }), (assertions) => {
        const byDay = new Map<string, Assertion[]>();
        for (const item of assertions) {
          const key = item.when?.start ?? '~undated';
          byDay.set(key, [...(byDay.get(key) ?? []), item]);
        }
        const grouper = createPropositionGrouper();
        const streamed = [...byDay.keys()]
          .sort()
          .flatMap((key) => grouper.add(byDay.get(key)!))
          .concat(grouper.finish());
        const summary = (drafts: readonly PropositionDraft[]) =>
          drafts.map((draft) => [draft.id, draft.assertions.map((a) => a.id)]).sort();
        expect(summary(streamed)).toEqual(summary(groupPropositions(assertions)));
      }),
      { numRuns: 200 },
    );
  });

  it('hands back a cluster once nothing still to come can join it', () => {
    const grouper = createPropositionGrouper();
    expect(grouper.add([assertion({ when: day('2022-09-30') })])).toEqual([]);
    const closed = grouper.add([assertion({ when: day('2022-12-30') })]);
    expect(closed.map((draft) => draft.when?.start)).toEqual(['2022-09-30']);
    expect(grouper.finish().map((draft) => draft.when?.start)).toEqual(['2022-12-30']);
  });
});
