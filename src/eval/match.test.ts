import { describe, expect, it } from 'vitest';
import { pairOneToOne, sameEntity, sameName, samePlace, sameQuantityValue, sameTime } from './match.js';

describe('pairOneToOne()', () => {
  it('uses each prediction once, best pairs first', () => {
    const scores = [
      [0.9, 0.5],
      [0.8, null],
    ];
    expect(pairOneToOne(2, 2, (g, p) => scores[g]![p]!)).toEqual([[0, 0]]);
  });
});

describe('sameName()', () => {
  it('takes aliases from the registry as the same name', () => {
    expect(sameName('MEK', "People's Mojahedin Organization of Iran")).toBe(true);
  });

  it('takes a surname or a bare role for the fuller description', () => {
    expect(sameName('Ali Khamenei', 'Khamenei')).toBe(true);
    expect(sameName('Interior Ministry officials', 'officials')).toBe(true);
  });

  it('tells different people and outlets apart', () => {
    expect(sameName('Ali Khamenei', 'Ali Larijani')).toBe(false);
    expect(sameName('Interior Ministry officials', 'Reuters')).toBe(false);
  });
});

describe('sameEntity()', () => {
  it('wants the whole canonical name, not a part of it', () => {
    expect(sameEntity(['Danial Rezazadeh'], 'Rezazadeh')).toBe(false);
    expect(sameEntity(['Danial Rezazadeh'], 'danial rezazadeh')).toBe(true);
    // The registry knows Khamenei, so his surname is his canonical name.
    expect(sameEntity(['Ali Khamenei'], 'Khamenei')).toBe(true);
  });

  it('accepts an alias the gold lists', () => {
    expect(sameEntity(['Majidreza Rahnavard', 'مجیدرضا رهنورد'], 'مجیدرضا رهنورد')).toBe(true);
  });
});

describe('samePlace()', () => {
  it('takes spellings the gazetteer holds as the same place', () => {
    expect(samePlace('Mashhad', 'مشهد')).toBe(true);
    expect(samePlace('Mashhad', 'Tehran')).toBe(false);
  });
});

describe('sameTime()', () => {
  it('wants both ends, but allows a season or a loose range a quarter of its length', () => {
    expect(
      sameTime({ start: '2019-11-15', end: '2019-11-15' }, { start: '2019-11-15', end: '2019-11-16' }),
    ).toBe(false);
    const summer = { start: '1988-06-21', end: '1988-09-22', precision: 'season' };
    expect(sameTime(summer, { start: '1988-06-01', end: '1988-08-31' })).toBe(true);
    expect(sameTime(summer, { start: '1988-01-01', end: '1988-12-31' })).toBe(false);
    const days = { start: '2019-11-15', end: '2019-11-18', precision: 'range' };
    expect(sameTime(days, { start: '2019-11-01', end: '2019-11-30' })).toBe(false);
  });
});

describe('sameQuantityValue()', () => {
  it('allows "about" a margin and "vague" a factor of two, but wants exact counts exact', () => {
    const about = { low: 1500, high: 1500, qualifier: 'about' } as const;
    expect(sameQuantityValue(about, { low: 1350, high: 1650, qualifier: 'about' })).toBe(true);
    expect(sameQuantityValue(about, { low: 1500, high: 1500, qualifier: 'exact' })).toBe(false);
    const vague = { low: 10000, high: 99999, qualifier: 'vague' } as const;
    expect(sameQuantityValue(vague, { low: 20000, high: 99999, qualifier: 'vague' })).toBe(true);
    expect(
      sameQuantityValue(
        { low: 304, high: null, qualifier: 'at_least' },
        { low: 305, high: null, qualifier: 'at_least' },
      ),
    ).toBe(false);
  });
});
