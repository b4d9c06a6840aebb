/**
 * Calendar days as `YYYY-MM-DD` strings: bounds from what a user types, and the periods
 * (week, month, year) a day falls in. Days are compared as strings; only bucketing parses them.
 * @module
 */

const DAY = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The first (`edge: 'start'`) or last day a year, month or day covers, or a RangeError.
 * @example
 * dayBound('2022-09', 'end', 'to'); // '2022-09-30'
 */
export function dayBound(value: string, edge: 'start' | 'end', name: string): string {
  const match = DAY.exec(value.trim());
  const month = match?.[2] === undefined ? null : Number(match[2]);
  const day = match?.[3] === undefined ? null : Number(match[3]);
  if (!match || (month !== null && (month < 1 || month > 12)) || (day !== null && (day < 1 || day > 31))) {
    throw new RangeError(
      `Cannot read "${name}": expected a day as YYYY-MM-DD (or YYYY-MM, YYYY), got "${value}"`,
    );
  }
  const year = Number(match[1]);
  if (edge === 'start') return `${match[1]}-${pad(month ?? 1)}-${pad(day ?? 1)}`;
  const lastMonth = month ?? 12;
  return `${match[1]}-${pad(lastMonth)}-${pad(day ?? daysInMonth(year, lastMonth))}`;
}

export type Period = 'day' | 'week' | 'month' | 'year';

/** The first day of the period `day` falls in; weeks start on Monday (ISO 8601). */
export function periodStart(day: string, period: Period): string {
  if (period === 'day') return day;
  if (period === 'month') return `${day.slice(0, 7)}-01`;
  if (period === 'year') return `${day.slice(0, 4)}-01-01`;
  const date = parseDay(day);
  const sinceMonday = (date.getUTCDay() + 6) % 7;
  return formatDay(new Date(date.getTime() - sinceMonday * MS_PER_DAY));
}

/** The first day of the period after the one starting on `start`. */
export function nextPeriod(start: string, period: Period): string {
  const date = parseDay(start);
  if (period === 'day') return formatDay(new Date(date.getTime() + MS_PER_DAY));
  if (period === 'week') return formatDay(new Date(date.getTime() + 7 * MS_PER_DAY));
  if (period === 'month')
    return formatDay(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1)));
  return formatDay(new Date(Date.UTC(date.getUTCFullYear() + 1, 0, 1)));
}

/** The last day of the period starting on `start`. */
export function periodEnd(start: string, period: Period): string {
  return formatDay(new Date(parseDay(nextPeriod(start, period)).getTime() - MS_PER_DAY));
}

/** How many periods of this size from `first` to `last`, both included (an estimate for weeks). */
export function periodsBetween(first: string, last: string, period: Period): number {
  const a = parseDay(first);
  const b = parseDay(last);
  if (period === 'year') return b.getUTCFullYear() - a.getUTCFullYear() + 1;
  if (period === 'month')
    return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth() + 1;
  const days = Math.round((b.getTime() - a.getTime()) / MS_PER_DAY) + 1;
  return period === 'day' ? days : Math.ceil(days / 7) + 1;
}

const MS_PER_DAY = 86_400_000;

function parseDay(day: string): Date {
  return new Date(`${day.slice(0, 10)}T00:00:00Z`);
}

function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
