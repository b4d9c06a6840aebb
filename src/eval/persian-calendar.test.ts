import { describe, expect, it } from 'vitest';
import { scoreKnownPairs } from './persian-calendar.js';

describe('scoreKnownPairs()', () => {
  it('counts right conversions, leap years and days read from text', () => {
    const score = scoreKnownPairs({
      pairs: [
        { gregorian: [2020, 3, 20], jalaali: [1399, 1, 1] },
        { gregorian: [2022, 11, 5], jalaali: [1401, 8, 14] },
      ],
      leap_years: [1399, 1403],
      common_years: [1400],
    });
    expect(score.scores.map((s) => [s.field, s.tp, s.fn])).toEqual([
      ['calendar.solar_to_gregorian', 2, 0],
      ['calendar.gregorian_to_solar', 2, 0],
      ['calendar.leap_years', 3, 0],
      ['dates.solar_hijri_persian_text', 2, 0],
      ['dates.solar_hijri_latin_text', 2, 0],
    ]);
  });

  it('counts a pair that does not hold as wrong in every field', () => {
    // 1 Farvardin 1399 is 20 March 2020, not the 21st.
    const score = scoreKnownPairs({
      pairs: [{ gregorian: [2020, 3, 21], jalaali: [1399, 1, 1] }],
      leap_years: [1400],
      common_years: [],
    });
    expect(score.scores.map((s) => [s.field, s.tp, s.fp, s.fn])).toEqual([
      ['calendar.solar_to_gregorian', 0, 1, 1],
      ['calendar.gregorian_to_solar', 0, 1, 1],
      ['calendar.leap_years', 0, 1, 1],
      ['dates.solar_hijri_persian_text', 0, 1, 1],
      ['dates.solar_hijri_latin_text', 0, 1, 1],
    ]);
  });
});
