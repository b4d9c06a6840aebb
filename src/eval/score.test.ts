import { describe, expect, it } from 'vitest';
import { fieldScore, pooledScore, type CorpusScore } from './score.js';

const corpus = (name: string, ...scores: ReturnType<typeof fieldScore>[]): CorpusScore => ({
  corpus: name,
  scores,
  notes: [],
});

describe('pooledScore()', () => {
  it('sums each field over the corpora, so that every item counts once', () => {
    const samples = corpus('samples', fieldScore('dates', 82, 7, 6), fieldScore('events', 97, 39, 28));
    const seeds = corpus('seeds', fieldScore('dates', 11, 10, 8), fieldScore('events', 9, 20, 10));
    const pooled = pooledScore('gold', [samples, seeds], ['dates', 'events']);
    expect(pooled.scores.map((s) => [s.field, s.tp, s.fp, s.fn])).toEqual([
      ['dates', 93, 17, 14],
      ['events', 106, 59, 38],
    ]);
    expect(pooled.scores[0]!.precision).toBeCloseTo(93 / 110);
    expect(pooled.scores[0]!.recall).toBeCloseTo(93 / 107);
  });

  it('leaves out a field no corpus scored, and keeps one that only some scored', () => {
    const pooled = pooledScore(
      'gold',
      [corpus('a', fieldScore('places', 3, 1, 0)), corpus('b')],
      ['places', 'chains'],
    );
    expect(pooled.scores.map((s) => [s.field, s.tp, s.fp, s.fn])).toEqual([['places', 3, 1, 0]]);
  });
});
