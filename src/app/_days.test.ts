import { describe, expect, it } from 'vitest';
import { dayBound, nextPeriod, periodEnd, periodsBetween, periodStart } from './_days.js';

describe('dayBound()', () => {
  it('reads a year, a month or a day as its first or last day', () => {
    expect(dayBound('2022', 'start', 'from')).toBe('2022-01-01');
    expect(dayBound('2022', 'end', 'to')).toBe('2022-12-31');
    expect(dayBound('2024-02', 'end', 'to')).toBe('2024-02-29'); // a leap year
    expect(dayBound('2023-02', 'end', 'to')).toBe('2023-02-28');
    expect(dayBound(' 2022-09-16 ', 'start', 'from')).toBe('2022-09-16');
  });

  it('refuses what is not a day, naming the parameter', () => {
    expect(() => dayBound('2022-13', 'start', 'from')).toThrow(
      'Cannot read "from": expected a day as YYYY-MM-DD (or YYYY-MM, YYYY), got "2022-13"',
    );
    expect(() => dayBound('yesterday', 'end', 'to')).toThrow(RangeError);
    expect(() => dayBound('2022-01-32', 'end', 'to')).toThrow(RangeError);
  });
});

describe('periodStart() and nextPeriod()', () => {
  it('starts weeks on Monday, across a year boundary too', () => {
    expect(periodStart('2022-09-16', 'week')).toBe('2022-09-12'); // a Friday
    expect(periodStart('2022-09-12', 'week')).toBe('2022-09-12');
    expect(periodStart('2023-01-01', 'week')).toBe('2022-12-26'); // a Sunday
    expect(nextPeriod('2022-12-26', 'week')).toBe('2023-01-02');
  });

  it('steps months and years by the calendar, not by a fixed number of days', () => {
    expect(periodStart('2022-09-16', 'month')).toBe('2022-09-01');
    expect(nextPeriod('2022-01-01', 'month')).toBe('2022-02-01');
    expect(nextPeriod('2022-12-01', 'month')).toBe('2023-01-01');
    expect(periodEnd('2024-02-01', 'month')).toBe('2024-02-29');
    expect(periodEnd('2022-01-01', 'year')).toBe('2022-12-31');
  });

  it('periodsBetween() counts both ends', () => {
    expect(periodsBetween('2022-01-31', '2022-02-01', 'month')).toBe(2);
    expect(periodsBetween('1988-07-01', '2024-07-18', 'year')).toBe(37);
    expect(periodsBetween('2022-09-16', '2022-09-16', 'day')).toBe(1);
  });
});
