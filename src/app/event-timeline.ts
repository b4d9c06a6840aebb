/**
 * Events counted per day, week, month or year and per type: the timeline screen's bars.
 * @module
 */
import { EVENT_TYPES, type EventType } from '../core/types.js';
import { dayBound, nextPeriod, periodEnd, periodsBetween, periodStart, type Period } from './_days.js';
import { placeName } from './event-map.js';
import type { Sanad } from './sanad.js';

export interface TimelineQuery {
  /** The period of a bar; `auto` picks the finest that keeps the bars under MAX_BUCKETS. */
  readonly bucket?: Period | 'auto';
  readonly type?: EventType;
  readonly place?: string;
  readonly from?: string;
  readonly to?: string;
}

export interface TimelineBucket {
  /** First and last day of the period. */
  readonly start: string;
  readonly end: string;
  readonly total: number;
  readonly counts: Readonly<Partial<Record<EventType, number>>>;
}

export interface Timeline {
  /** The period actually used (coarser than asked when the asked one makes too many bars). */
  readonly bucket: Period;
  /** Every period from the first dated event to the last, empty ones included. */
  readonly buckets: readonly TimelineBucket[];
  /** The event types present, in the order of EVENT_TYPES. */
  readonly types: readonly EventType[];
  /** Events with no date, left out of the bars. */
  readonly undated: number;
}

/** More bars than this cannot be told apart on a screen. */
export const MAX_BUCKETS = 2000;
const PERIODS: readonly Period[] = ['day', 'week', 'month', 'year'];

/**
 * Counts events into periods by the day each starts.
 * @example
 * const { buckets } = await eventTimeline(sanad, { bucket: 'month', from: '2022' });
 */
export async function eventTimeline(sanad: Sanad, query: TimelineQuery = {}): Promise<Timeline> {
  const from = query.from === undefined ? undefined : dayBound(query.from, 'start', 'from');
  const to = query.to === undefined ? undefined : dayBound(query.to, 'end', 'to');
  const events = await sanad.events({
    limit: 100_000,
    ...(query.type ? { type: query.type } : {}),
    ...(query.place ? { place: placeName(query.place) } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  });
  const days = events.flatMap((event) => (event.when ? [{ day: event.when.start, type: event.type }] : []));
  const undated = events.length - days.length;
  if (days.length === 0)
    return { bucket: pickPeriod(query.bucket, null, null), buckets: [], types: [], undated };

  const sorted = days.map((d) => d.day).sort();
  const first = from && from > sorted[0]! ? from : sorted[0]!;
  const last = to && to < sorted[sorted.length - 1]! ? to : sorted[sorted.length - 1]!;
  const bucket = pickPeriod(query.bucket, first, last);

  const counts = new Map<string, Partial<Record<EventType, number>>>();
  for (const { day, type } of days) {
    const key = periodStart(day < first ? first : day, bucket);
    const row = counts.get(key) ?? {};
    row[type] = (row[type] ?? 0) + 1;
    counts.set(key, row);
  }
  const buckets: TimelineBucket[] = [];
  for (let start = periodStart(first, bucket); start <= last; start = nextPeriod(start, bucket)) {
    const row = counts.get(start) ?? {};
    const ordered = Object.fromEntries(EVENT_TYPES.filter((t) => row[t]).map((t) => [t, row[t]!]));
    const total = Object.values(ordered).reduce((sum, n) => sum + n, 0);
    buckets.push({ start, end: periodEnd(start, bucket), total, counts: ordered });
  }
  const present = new Set(days.map((d) => d.type));
  return { bucket, buckets, types: EVENT_TYPES.filter((t) => present.has(t)), undated };
}

function pickPeriod(asked: Period | 'auto' | undefined, first: string | null, last: string | null): Period {
  const wanted = asked === undefined || asked === 'auto' ? 'day' : asked;
  if (first === null || last === null) return wanted;
  for (const period of PERIODS.slice(PERIODS.indexOf(wanted))) {
    if (periodsBetween(first, last, period) <= (asked === undefined || asked === 'auto' ? 120 : MAX_BUCKETS))
      return period;
  }
  return 'year';
}
