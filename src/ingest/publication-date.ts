/**
 * Publication dates as written by pages and datelines: ISO timestamps, English datelines
 * (chrono-node) and Solar Hijri dates ("۱۴ آبان ۱۴۰۱", "1401/08/14"), as core `Time`s.
 * @module
 */
import * as chrono from 'chrono-node';
import { jalaaliMonthLength, toGregorian } from 'jalaali-js';
import { asciiDigits } from '../core/text.js';
import type { Time } from '../core/types.js';
import rules from './metadata-rules.json' with { type: 'json' };

/** A date found inside a line: where it starts and ends there, and what it means. */
export interface DateInLine {
  readonly time: Time;
  readonly start: number;
  readonly end: number;
}

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');
const iso = (year: number, month: number, day: number): string => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Dates before the web or far in the future are misreadings, not publication dates. */
function plausibleYear(year: number): boolean {
  return year >= 1900 && year <= new Date().getUTCFullYear() + 1;
}

export function dayTime(year: number, month: number, day: number): Time | null {
  if (!plausibleYear(year) || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return null;
  const date = iso(year, month, day);
  return { start: date, end: date, precision: 'day' };
}

export function monthTime(year: number, month: number): Time | null {
  if (!plausibleYear(year) || month < 1 || month > 12) return null;
  return { start: iso(year, month, 1), end: iso(year, month, daysInMonth(year, month)), precision: 'month' };
}

export function yearTime(year: number): Time | null {
  if (!plausibleYear(year)) return null;
  return { start: iso(year, 1, 1), end: iso(year, 12, 31), precision: 'year' };
}

function jalaliDay(jy: number, jm: number, jd: number): Time | null {
  if (jm < 1 || jm > 12 || jd < 1 || jd > jalaaliMonthLength(jy, jm)) return null;
  const { gy, gm, gd } = toGregorian(jy, jm, jd);
  return dayTime(gy, gm, gd);
}

function jalaliMonth(jy: number, jm: number): Time | null {
  if (jm < 1 || jm > 12) return null;
  const first = toGregorian(jy, jm, 1);
  const last = toGregorian(jy, jm, jalaaliMonthLength(jy, jm));
  if (!plausibleYear(first.gy)) return null;
  return {
    start: iso(first.gy, first.gm, first.gd),
    end: iso(last.gy, last.gm, last.gd),
    precision: 'month',
  };
}

const MONTHS = rules.jalaliMonths.join('|');
// Digits are made ASCII first (same length), so offsets hold for the original line.
const JALALI_WORDS = new RegExp(`(?:(\\d{1,2})\\s+)?(${MONTHS})(?:\\s+ماه)?\\s+(1[34]\\d\\d)(?!\\d)`, 'u');
const JALALI_NUMERIC = /(?<!\d)(1[34]\d\d)[/.-](\d{1,2})[/.-](\d{1,2})(?!\d)/;
const WRITTEN_YEAR = /\d{4}/;
/**
 * What a date naming its month and a written year needs in chrono's English parsers: a month's
 * name ("Aug", "mid-August"), or digits joined as a date ("2023-08-08", "8/8/2023", "08/2023").
 */
const MONTH_AND_YEAR_SHAPE =
  /(?<![a-z])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{4}[-./\s]\d{1,2}(?!\d)|(?<!\d)\d{1,2}[-./]\d{1,2}[-./]\d{4}|(?<!\d)\d{1,2}\/\d{4}/i;
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T\s])/;

function solarHijriInLine(line: string): DateInLine | null {
  const digits = asciiDigits(line);
  const words = JALALI_WORDS.exec(digits);
  if (words !== null) {
    const month = rules.jalaliMonths.indexOf(words[2]!) + 1;
    const year = Number(words[3]);
    const time = words[1] === undefined ? jalaliMonth(year, month) : jalaliDay(year, month, Number(words[1]));
    if (time !== null) return { time, start: words.index, end: words.index + words[0].length };
  }
  const numeric = JALALI_NUMERIC.exec(digits);
  if (numeric !== null) {
    const time = jalaliDay(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
    if (time !== null) return { time, start: numeric.index, end: numeric.index + numeric[0].length };
  }
  return null;
}

function gregorianInLine(line: string): DateInLine | null {
  // Only a date with a written year and a certain month is kept below, so a line without four
  // digits and a month's shape cannot hold one; skipping chrono there also keeps it from reading
  // "within 1990 s" as today.
  if (!WRITTEN_YEAR.test(line) || !MONTH_AND_YEAR_SHAPE.test(line)) return null;
  for (const result of chrono.parse(line)) {
    const { start } = result;
    // "today" and "last week" are certain to chrono but say nothing about publication.
    if (!start.isCertain('year') || !start.isCertain('month') || !WRITTEN_YEAR.test(result.text)) continue;
    const year = start.get('year');
    const month = start.get('month');
    if (year === null || month === null) continue;
    const time = start.isCertain('day')
      ? dayTime(year, month, start.get('day') ?? 1)
      : monthTime(year, month);
    if (time !== null) return { time, start: result.index, end: result.index + result.text.length };
  }
  return null;
}

/** The first calendar date in `line` that names at least a month and a year. */
export function findDateInLine(line: string): DateInLine | null {
  return solarHijriInLine(line) ?? gregorianInLine(line);
}

/**
 * A publication date as a page or front matter states it: "2023-08-08T10:00:00+03:30" (the
 * date as written, not shifted to UTC), "2022-09", "2019", "Friday 6th Dec 2019", "۱۴ آبان ۱۴۰۱".
 */
export function parsePublished(value: string): Time | null {
  const text = asciiDigits(value.trim());
  const isoDate = ISO_DATE.exec(text);
  if (isoDate !== null) {
    const year = Number(isoDate[1]);
    if (year >= 1300 && year < 1500) return solarHijriInLine(text)?.time ?? null;
    if (isoDate[3] !== undefined) return dayTime(year, Number(isoDate[2]), Number(isoDate[3]));
    if (isoDate[2] !== undefined) return monthTime(year, Number(isoDate[2]));
    return yearTime(year);
  }
  return findDateInLine(text)?.time ?? null;
}
