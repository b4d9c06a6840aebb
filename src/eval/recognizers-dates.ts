/**
 * Measures the dates annotator on Microsoft Recognizers-Text's English date-time specs
 * (`recognizers/Specs/DateTime/English/DateTimeModel.json`, 985 short sentences, MIT), with each
 * case's `Context.ReferenceDateTime` as the publication date.
 *
 * Only the date kinds are scored (`datetimeV2.date`, `datetimeV2.daterange`). Times of day,
 * date-times, time ranges, durations, sets and time zones are skipped: sanad dates events to the
 * day. A prediction overlapping a skipped span counts neither way, since "tomorrow" in "tomorrow
 * at 3pm" is the right date of a date-time. Fields:
 * - `dates.span`: a prediction overlapping a gold span (lenient detection);
 * - `dates.span_exact`: the same span, letter for letter (case-insensitive);
 * - `dates.resolved`: overlapping and resolved to the gold's first and last day (either of the
 *   gold's readings when it gives a past and a future one; for "from 2014 to 2018" either end,
 *   see `readings`). Golds without a closed interval ("before 2010", "not resolved") count only
 *   for the span fields.
 *
 * Evaluation only: reads the corpus from disk and ships none of it.
 * @module
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPipeline } from '../extract/pipeline.js';
import { datesAnnotator } from '../extract/annotators/dates/index.js';
import type { DateMention } from '../core/types.js';
import { fieldScore, type CorpusScore, type Scorer } from './score.js';

/** One spec case, as the Recognizers-Text suite writes it. */
export interface RecognizersCase {
  readonly Input: string;
  readonly Context?: { readonly ReferenceDateTime?: string };
  readonly Results?: readonly RecognizersResult[];
}

interface RecognizersResult {
  readonly Text: string;
  /** First character, UTF-16. */
  readonly Start: number;
  /** Last character, inclusive. */
  readonly End: number;
  readonly TypeName?: string;
  readonly Resolution?: { readonly values?: readonly RecognizersValue[] };
}

interface RecognizersValue {
  readonly timex?: string;
  readonly type?: string;
  readonly value?: string;
  readonly start?: string;
  /** Exclusive for date ranges. */
  readonly end?: string;
  readonly Mod?: string;
}

const DATE_KINDS = new Set(['datetimeV2.date', 'datetimeV2.daterange']);
const OPEN_MODS = /before|after|since|until/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const EXPLICIT_RANGE = /^\([^,]+,[^,]+,P\d+(Y|M|W|D)\)$/;

interface Gold {
  readonly span: readonly [number, number];
  /** Acceptable [first, last] days, inclusive; empty when the gold has no closed interval. */
  readonly readings: ReadonlyArray<readonly [string, string]>;
}

function dayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** The last day of the `unit` ("Y", "M", "W", "D") that starts on `day`. */
function endOfUnit(day: string, unit: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (unit === 'Y') return `${day.slice(0, 4)}-12-31`;
  if (unit === 'M') date.setUTCMonth(date.getUTCMonth() + 1, 0);
  else if (unit === 'W') date.setUTCDate(date.getUTCDate() + 6);
  return date.toISOString().slice(0, 10);
}

/**
 * Acceptable [first, last] days of one gold result. Recognizers-Text ends "from 2014 to 2018" on
 * 2018-01-01, exclusive, so the range stops before 2018; reports mean 2018 included, which
 * sanad reads. For such explicit ranges (timex "(start,end,P4Y)") both readings are accepted.
 */
function readings(result: RecognizersResult): Array<readonly [string, string]> {
  const out: Array<readonly [string, string]> = [];
  for (const v of result.Resolution?.values ?? []) {
    if (v.Mod && OPEN_MODS.test(v.Mod)) continue;
    if (v.type === 'date' && v.value && DAY.test(v.value)) out.push([v.value, v.value]);
    else if (v.type === 'daterange' && v.start && v.end && DAY.test(v.start) && DAY.test(v.end)) {
      out.push([v.start, dayBefore(v.end)]);
      const unit = EXPLICIT_RANGE.exec(v.timex ?? '')?.[1];
      if (unit) out.push([v.start, endOfUnit(v.end, unit)]);
    }
  }
  return out;
}

const overlaps = (a: readonly [number, number], b: readonly [number, number]): boolean =>
  a[0] < b[1] && b[0] < a[1];

function datesOf(text: string, reference: string | null): readonly DateMention[] {
  const day = reference?.slice(0, 10) ?? null;
  const published = day && DAY.test(day) ? { start: day, end: day, precision: 'day' as const } : null;
  return createPipeline().use(datesAnnotator).run({ text, language: 'en', published, source: null }).dates;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/** Scores `read` (the dates annotator unless a test passes another) on `cases`. */
export function scoreDateCases(
  cases: readonly RecognizersCase[],
  read: (text: string, reference: string | null) => readonly DateMention[] = datesOf,
): CorpusScore {
  const span: Tally = { tp: 0, fp: 0, fn: 0 };
  const exact: Tally = { tp: 0, fp: 0, fn: 0 };
  const resolved: Tally = { tp: 0, fp: 0, fn: 0 };
  let skipped = 0;
  for (const c of cases) {
    const golds: Gold[] = [];
    const ignored: Array<readonly [number, number]> = [];
    for (const r of c.Results ?? []) {
      const where = [r.Start, r.End + 1] as const;
      if (DATE_KINDS.has(r.TypeName ?? '')) golds.push({ span: where, readings: readings(r) });
      else {
        ignored.push(where);
        skipped++;
      }
    }
    const matched = new Map<Gold, DateMention>();
    for (const p of read(c.Input, c.Context?.ReferenceDateTime ?? null)) {
      const gold = golds.find((g) => !matched.has(g) && overlaps(g.span, p.span));
      if (gold) matched.set(gold, p);
      else if (!ignored.some((s) => overlaps(s, p.span))) {
        span.fp++;
        exact.fp++;
        resolved.fp++;
      }
    }
    for (const g of golds) {
      const p = matched.get(g);
      const resolvable = g.readings.length > 0;
      if (!p) {
        span.fn++;
        exact.fn++;
        if (resolvable) resolved.fn++;
        continue;
      }
      span.tp++;
      if (c.Input.slice(g.span[0], g.span[1]).toLowerCase() === p.text.toLowerCase()) exact.tp++;
      else {
        exact.fp++;
        exact.fn++;
      }
      if (!resolvable) continue;
      if (g.readings.some(([start, end]) => start === p.start && end === p.end)) resolved.tp++;
      else {
        resolved.fp++;
        resolved.fn++;
      }
    }
  }
  return {
    corpus: 'recognizers-dates',
    scores: [
      fieldScore('dates.span', span.tp, span.fp, span.fn),
      fieldScore('dates.span_exact', exact.tp, exact.fp, exact.fn),
      fieldScore('dates.resolved', resolved.tp, resolved.fp, resolved.fn),
    ],
    notes: [
      `${cases.length} cases; ${skipped} time, date-time, duration, set and time-zone results skipped (predictions over them not counted)`,
      'dates.resolved: first and last day equal to one of the gold readings; open intervals ("before 2010") and unresolved golds count for the span fields only',
    ],
  };
}

const SPEC = join('recognizers', 'Specs', 'DateTime', 'English', 'DateTimeModel.json');

/** The Recognizers-Text English date specs, scored with the dates annotator. */
export const recognizersDates: Scorer = {
  name: 'recognizers-dates',
  bundled: false,
  score(sharedCorpus) {
    if (!sharedCorpus || !existsSync(join(sharedCorpus, SPEC))) return Promise.resolve(null);
    // The spec files start with a byte-order mark.
    const raw = readFileSync(join(sharedCorpus, SPEC), 'utf8').replace(/^\uFEFF/, '');
    const cases = JSON.parse(raw) as RecognizersCase[];
    return Promise.resolve(scoreDateCases(cases));
  },
};
