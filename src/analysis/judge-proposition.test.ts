import { describe, expect, it } from 'vitest';
import type { PropositionDraft, Review } from '../core/claims.js';
import { assertion } from './_test-assertions.js';
import { figuresContested, judgeWith, latestReviews, rangeOf } from './judge-proposition.js';

function draft(...assertions: PropositionDraft['assertions']): PropositionDraft {
  return { id: 'pr_0000000000000001', type: 'killing', measure: 'killed', when: null, where: [], assertions };
}

function review(seq: number, fields: Partial<Review>): Review {
  return {
    seq,
    at: `2026-01-0${seq}T00:00:00.000Z`,
    target: 'pr_0000000000000001',
    decision: 'accept',
    edit: null,
    reason: 'checked',
    ...fields,
  };
}

const judge = judgeWith(new Map());

describe('corroboration', () => {
  it('counts five outlets of one camp as one voice', () => {
    const camp = ['NCRI', 'NCRI-US', 'Iran Focus', 'PMOI', 'Iran HRM'].map((holder) =>
      assertion({ holder, group: 'ncri-mek', low: 30000, high: 30000 }),
    );
    const proposition = judge(draft(...camp, assertion({ low: 5000, high: null })));
    expect(proposition.corroboration).toBe(2);
    expect(proposition.groups).toEqual(['ncri-mek', 'rights-ngo']);
  });

  it("counts a wire service's figure from officials for the officials' group", () => {
    const relayed = assertion({
      holder: 'three Interior Ministry officials',
      group: 'iran-state',
      chain: [
        { name: 'Reuters', kind: 'outlet' },
        { name: 'three Interior Ministry officials', kind: 'person' },
      ],
    });
    const proposition = judge(draft(relayed, assertion({ holder: 'IRNA', group: 'iran-state' })));
    expect(proposition.corroboration).toBe(1);
    expect(proposition.groups).toEqual(['iran-state']);
  });
});

describe('contested', () => {
  it('is true when two figures do not overlap, false when all do', () => {
    expect(
      figuresContested([
        { low: 230, high: 230 },
        { low: 304, high: null },
      ]),
    ).toBe(true);
    expect(
      figuresContested([
        { low: 304, high: null },
        { low: 1500, high: 1500 },
        { low: null, high: 2000 },
      ]),
    ).toBe(false);
    expect(figuresContested([])).toBe(false);
  });

  it('flags the proposition and spans the range of all counted figures', () => {
    const proposition = judge(
      draft(assertion({ low: 230, high: 230 }), assertion({ low: 1500, high: 1500 })),
    );
    expect(proposition.contested).toBe(true);
    expect(proposition.range).toEqual({ low: 230, high: 1500 });
    expect(
      rangeOf([
        { low: 304, high: null },
        { low: 230, high: 230 },
      ]),
    ).toEqual({ low: 230, high: null });
  });
});

describe('reviews', () => {
  it('keeps a rejected assertion listed but out of range, contest and corroboration', () => {
    const official = assertion({ low: 230, high: 230, holder: 'Zolnour', group: 'iran-state' });
    const amnesty = assertion({ low: 304, high: null });
    const reviews = latestReviews([
      review(1, { target: official.event, decision: 'reject', reason: 'misread' }),
    ]);
    const proposition = judgeWith(reviews)(draft(official, amnesty));
    expect(proposition.assertions).toHaveLength(2);
    expect(proposition.assertions.find((a) => a.id === official.id)?.counted).toBe(false);
    expect(proposition.contested).toBe(false);
    expect(proposition.range).toEqual({ low: 304, high: null });
    expect(proposition.groups).toEqual(['rights-ngo']);
  });

  it('counts an edited figure and keeps the original beside it', () => {
    const amnesty = assertion({ low: 208, high: null });
    const reviews = latestReviews([
      review(1, { target: amnesty.event, decision: 'edit', edit: { low: 304 }, reason: 'later count' }),
    ]);
    const [judged] = judgeWith(reviews)(draft(amnesty)).assertions;
    expect(judged).toMatchObject({ low: 208, edited: { low: 304, high: null }, counted: true });
  });

  it('shows the latest decision on the proposition; a rejected proposition counts nothing', () => {
    const reviews = latestReviews([
      review(2, { decision: 'reject', reason: 'two different events' }),
      review(1, { decision: 'accept' }),
    ]);
    const proposition = judgeWith(reviews)(draft(assertion(), assertion({ low: 10, high: 10 })));
    expect(proposition.review).toMatchObject({ decision: 'rejected', reason: 'two different events' });
    expect(proposition.corroboration).toBe(0);
    expect(proposition.contested).toBe(false);
  });
});
