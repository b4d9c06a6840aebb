/**
 * Calendar arithmetic on ISO days (`YYYY-MM-DD`, proleptic Gregorian, UTC) and conversions
 * from Solar Hijri (jalaali-js) and Lunar Hijri (Intl islamic-umalqura) into them.
 * @module
 */
import { isValidJalaaliDate, jalaaliMonthLength, toGregorian, toJalaali } from 'jalaali-js';
import type { Precision, Time } from '../../../core/types.js';

const DAY_MS = 86_400_000;

export interface Ymd {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

export function iso({ y, m, d }: Ymd): string {
  const year = y < 0 ? `-${String(-y).padStart(4, '0')}` : String(y).padStart(4, '0');
  return `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function parseIso(day: string): Ymd {
  // "YYYY-MM-DD", or "-YYYY-MM-DD" before the common era.
  const sign = day.startsWith('-') ? -1 : 1;
  const body = sign < 0 ? day.slice(1) : day;
  return { y: sign * Number(body.slice(0, -6)), m: Number(body.slice(-5, -3)), d: Number(body.slice(-2)) };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidYmd({ y, m, d }: Ymd): boolean {
  return Number.isInteger(y) && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function toUtc({ y, m, d }: Ymd): number {
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  return date.getTime();
}

function fromUtc(ms: number): Ymd {
  const date = new Date(ms);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(day: Ymd, days: number): Ymd {
  return fromUtc(toUtc(day) + days * DAY_MS);
}

/** Adds months, clamping the day to the target month's length (Mar 31 − 1 month = Feb 28). */
export function addMonths({ y, m, d }: Ymd, months: number): Ymd {
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { y: year, m: month, d: Math.min(d, daysInMonth(year, month)) };
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: Ymd): number {
  return new Date(toUtc(day)).getUTCDay();
}

export function time(start: Ymd, end: Ymd, precision: Precision): Time {
  return { start: iso(start), end: iso(end), precision };
}

export function dayTime(day: Ymd): Time {
  return time(day, day, 'day');
}

export function monthTime(y: number, m: number): Time {
  return time({ y, m, d: 1 }, { y, m, d: daysInMonth(y, m) }, 'month');
}

export function yearTime(y: number): Time {
  return time({ y, m: 1, d: 1 }, { y, m: 12, d: 31 }, 'year');
}

/** Monday to Sunday around `day`. */
export function weekTime(day: Ymd): Time {
  const monday = addDays(day, -((weekday(day) + 6) % 7));
  return time(monday, addDays(monday, 6), 'week');
}

/** Months `from`..`to` of year `y` (to < from wraps into the next year, as in winter). */
export function monthSpan(y: number, from: number, to: number, precision: Precision): Time {
  const endYear = to < from ? y + 1 : y;
  return time({ y, m: from, d: 1 }, { y: endYear, m: to, d: daysInMonth(endYear, to) }, precision);
}

/** Months `a`..`b` (1-based) counted from `firstMonth` of year `y`, rolling into later years. */
export function monthsFrom(y: number, firstMonth: number, a: number, b: number, precision: Precision): Time {
  const start = addMonths({ y, m: firstMonth, d: 1 }, a - 1);
  const last = addMonths({ y, m: firstMonth, d: 1 }, b - 1);
  return time(start, { ...last, d: daysInMonth(last.y, last.m) }, precision);
}

// Solar Hijri ----------------------------------------------------------------------------

export function solarIsValid(jy: number, jm: number, jd: number): boolean {
  return jy >= 1 && jy <= 3000 && isValidJalaaliDate(jy, jm, jd);
}

export function solarToYmd(jy: number, jm: number, jd: number): Ymd {
  const { gy, gm, gd } = toGregorian(jy, jm, jd);
  return { y: gy, m: gm, d: gd };
}

export function ymdToSolar(day: Ymd): { jy: number; jm: number; jd: number } {
  return toJalaali(day.y, day.m, day.d);
}

export function solarMonthLength(jy: number, jm: number): number {
  return jalaaliMonthLength(jy, jm);
}

/** Solar Hijri months `from`..`to` of year `jy` (inclusive) as Gregorian days. */
export function solarMonthsTime(jy: number, from: number, to: number, precision: Precision): Time {
  return time(solarToYmd(jy, from, 1), solarToYmd(jy, to, solarMonthLength(jy, to)), precision);
}

/** Solar Hijri days `fromDay`..`toDay` (clamped to the month's length) of month `jm`. */
/** Day `n` of a month of `last` days, as the modifier tables give it: 0 and below count back from the last day. */
export function dayOfMonth(n: number, last: number): number {
  return n <= 0 ? last + n : Math.min(n, last);
}

export function solarDaysTime(
  jy: number,
  jm: number,
  fromDay: number,
  toDay: number,
  precision: Precision,
): Time {
  const last = solarMonthLength(jy, jm);
  return time(
    solarToYmd(jy, jm, dayOfMonth(fromDay, last)),
    solarToYmd(jy, jm, dayOfMonth(toDay, last)),
    precision,
  );
}

export function solarYearsTime(fromYear: number, toYear: number, precision: Precision): Time {
  return time(solarToYmd(fromYear, 1, 1), solarToYmd(toYear, 12, solarMonthLength(toYear, 12)), precision);
}

// Lunar Hijri ----------------------------------------------------------------------------

let hijriFormat: Intl.DateTimeFormat | null = null;

function hijriOf(ms: number): Ymd {
  hijriFormat ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  const parts = hijriFormat.formatToParts(new Date(ms));
  const get = (type: string): number =>
    Number.parseInt(parts.find((p) => p.type === type)?.value ?? 'NaN', 10);
  return { y: get('year'), m: get('month'), d: get('day') };
}

/** The Gregorian day of a Lunar Hijri (Umm al-Qura) date, or null when Intl cannot place it. */
export function lunarToYmd(hy: number, hm: number, hd: number): Ymd | null {
  // Mean lunar year and month from the civil epoch (622-07-16); then search nearby days.
  const epoch = Date.UTC(622, 6, 16);
  const approx = epoch + Math.round((hy - 1) * 354.36667 + (hm - 1) * 29.530588 + (hd - 1)) * DAY_MS;
  for (let delta = 0; delta <= 6; delta++) {
    for (const sign of delta === 0 ? [0] : [-1, 1]) {
      const ms = approx + sign * delta * DAY_MS;
      const h = hijriOf(ms);
      if (h.y === hy && h.m === hm && h.d === hd) return fromUtc(ms);
    }
  }
  return null;
}

/** A whole Lunar Hijri month as Gregorian days, or null when Intl cannot place it. */
export function lunarMonthTime(hy: number, hm: number): Time | null {
  const first = lunarToYmd(hy, hm, 1);
  const next = hm === 12 ? lunarToYmd(hy + 1, 1, 1) : lunarToYmd(hy, hm + 1, 1);
  if (!first || !next) return null;
  return time(first, addDays(next, -1), 'month');
}
