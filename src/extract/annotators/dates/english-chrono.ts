/**
 * chrono-node's casual English parser, extended with the forms news uses and chrono does not
 * read: bare years in date context, decades, seasons, rolling and calendar periods ("the past
 * year", "this week", "last November"), and "the following day". Each added parser records the
 * whole period it means in `periods`, keyed by the components object chrono carries around.
 * @module
 */
import * as chrono from 'chrono-node';
import type { Time } from '../../../core/types.js';
import rules from '../../rules/dates.json' with { type: 'json' };
import {
  addDays,
  addMonths,
  daysInMonth,
  monthSpan,
  monthTime,
  time,
  weekTime,
  yearTime,
  type Ymd,
} from './_calendar.js';

/** The period an added parser means, for the components it returned. */
export const periods = new WeakMap<object, Time>();

/** Tag on results counted from the nearest earlier date rather than from publication. */
export const ANCHORED = 'sanad/anchored';

const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

const words = (list: readonly string[]): Set<string> => new Set(list.map((w) => w.toLowerCase()));
const STRONG = words(rules.yearPrepositions.strong);
const WEAK = words(rules.yearPrepositions.weak);
const VETO = words(rules.yearVetoBefore);
const COUNT_NOUNS = words(rules.countNouns);
const EVENT_NOUNS = words(rules.eventNouns);
const NUMBER_WORDS: Readonly<Record<string, number>> = rules.numberWords;
const UNITS: Readonly<Record<string, string>> = rules.relativeUnits;
const SEASONS: Readonly<Record<string, readonly number[]>> = rules.seasons.months;

const alternation = (keys: Iterable<string>): string =>
  [...keys]
    .sort((a, b) => b.length - a.length)
    .map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');

const YEAR = '(1[89]\\d\\d|20\\d\\d)';
const SEASON = `(${alternation(Object.keys(SEASONS))})`;
const MONTH = `(${alternation(Object.keys(MONTHS))})\\.?`;
const COUNT = `(\\d{1,3}|${alternation(Object.keys(NUMBER_WORDS))})`;
const UNIT = `(${alternation(Object.keys(UNITS))})`;

function refYmd(context: chrono.ParsingContext): Ymd {
  const ref = context.refDate;
  return { y: ref.getFullYear(), m: ref.getMonth() + 1, d: ref.getDate() };
}

/** A chrono result spanning `text` at `index` that stands for `period`. */
function periodResult(
  context: chrono.ParsingContext,
  index: number,
  text: string,
  period: Time,
  tags: readonly string[] = [],
): chrono.ParsingResult {
  const [y = 0, m = 1, d = 1] = period.start.split('-').map(Number);
  const components = context.createParsingComponents({ year: y, month: m, day: d });
  periods.set(components, period);
  const result = context.createParsingResult(index, text, components);
  result.addTags(['sanad/period', ...tags]);
  return result;
}

function wordBefore(text: string, index: number): { word: string; glued: boolean; char: string } {
  let i = index;
  const glued = i > 0 && /[A-Za-z]/.test(text[i - 1] ?? '');
  while (i > 0 && /\s/.test(text[i - 1] ?? '')) i--;
  const char = text[i - 1] ?? '';
  let j = i;
  while (j > 0 && /[A-Za-z.'#-]/.test(text[j - 1] ?? '')) j--;
  return { word: text.slice(j, i).toLowerCase().replace(/-$/, ''), glued, char };
}

function wordAfter(text: string, index: number): { word: string; char: string } {
  let i = index;
  while (i < text.length && /[ \t]/.test(text[i] ?? '')) i++;
  const char = text[i] ?? '';
  let j = i;
  while (j < text.length && /[A-Za-z%]/.test(text[j] ?? '')) j++;
  return { word: text.slice(i, j).toLowerCase(), char };
}

/** Whether a four-digit number at `index` reads as a year rather than a count or a label. */
function isYearInContext(text: string, index: number, end: number, isRange: boolean): boolean {
  const before = wordBefore(text, index);
  const after = wordAfter(text, end);
  if (before.glued && !STRONG.has(before.word) && !WEAK.has(before.word)) return false;
  if (VETO.has(before.word)) return false;
  const counted = COUNT_NOUNS.has(after.word);
  if (isRange) return !counted;
  if (/^['’]s(?![A-Za-z])/.test(text.slice(end, end + 3))) return true;
  if (before.char === '(' && after.char === ')') return true;
  if (STRONG.has(before.word)) return true;
  if (counted) return before.word === 'in' && /^In\b/.test(text.slice(index - before.word.length - 1));
  if (WEAK.has(before.word)) return true;
  return EVENT_NOUNS.has(after.word);
}

const yearParser: chrono.Parser = {
  pattern: () =>
    new RegExp(
      `(?<![\\d.,/$#:£€-])${YEAR}(?:\\s*[-–—]\\s*(\\d{4}|\\d{2}))?(?![\\d%]|[.,:/]\\d|[-–]\\d)`,
      'i',
    ),
  extract(context, match) {
    const index = match.index ?? 0;
    const first = Number(match[1]);
    let last = first;
    if (match[2]) {
      last = match[2].length === 2 ? Math.floor(first / 100) * 100 + Number(match[2]) : Number(match[2]);
      if (last <= first || last - first > 100) return null;
    }
    if (first < rules.yearRange.min || last > rules.yearRange.max) return null;
    if (!isYearInContext(context.text, index, index + match[0].length, match[2] !== undefined)) return null;
    const period = match[2]
      ? time({ y: first, m: 1, d: 1 }, { y: last, m: 12, d: 31 }, 'range')
      : yearTime(first);
    return periodResult(context, index, match[0], period);
  },
};

const decadeParser: chrono.Parser = {
  pattern: () => /(?<![\w'’])(?:(1[89]\d0|20\d0)|['’](\d0))['’]?s(?!\w)/i,
  extract(context, match) {
    const start = match[1] ? Number(match[1]) : 1900 + Number(match[2]);
    const period = time({ y: start, m: 1, d: 1 }, { y: start + 9, m: 12, d: 31 }, 'decade');
    return periodResult(context, match.index ?? 0, match[0], period);
  },
};

const seasonParser: chrono.Parser = {
  pattern: () => new RegExp(`(?<![A-Za-z])${SEASON}(?:\\s+of)?,?\\s+${YEAR}(?![\\d%])`, 'i'),
  extract(context, match) {
    const [from = 1, to = 1] = SEASONS[(match[1] ?? '').toLowerCase()] ?? [];
    return periodResult(context, match.index ?? 0, match[0], monthSpan(Number(match[2]), from, to, 'season'));
  },
};

/** "last November", "this past summer": the most recent one before the reference day. */
const lastNamedParser: chrono.Parser = {
  pattern: () =>
    new RegExp(`(?<![A-Za-z])(?:last|this past|past)\\s+(?:${MONTH}|${SEASON})(?![A-Za-z])`, 'i'),
  extract(context, match) {
    const ref = refYmd(context);
    if (match[1]) {
      const month = MONTHS[match[1].toLowerCase()] ?? 1;
      const year = month < ref.m ? ref.y : ref.y - 1;
      return periodResult(context, match.index ?? 0, match[0], monthTime(year, month));
    }
    const [from = 1, to = 1] = SEASONS[(match[2] ?? '').toLowerCase()] ?? [];
    // The season must have ended before the reference month.
    let year = ref.y;
    const endYear = (y: number): number => (to < from ? y + 1 : y);
    while (endYear(year) > ref.y || (endYear(year) === ref.y && to >= ref.m)) year--;
    return periodResult(context, match.index ?? 0, match[0], monthSpan(year, from, to, 'season'));
  },
};

function calendarPeriod(unit: string, ref: Ymd, offset: number): Time | null {
  switch (unit) {
    case 'day':
      return time(addDays(ref, offset), addDays(ref, offset), 'day');
    case 'week':
      return weekTime(addDays(ref, 7 * offset));
    case 'month': {
      const month = addMonths({ ...ref, d: 1 }, offset);
      return monthTime(month.y, month.m);
    }
    case 'year':
      return yearTime(ref.y + offset);
    default:
      return null;
  }
}

function unitStart(unit: string, ref: Ymd): Ymd {
  if (unit === 'week')
    return addDays(ref, -((new Date(Date.UTC(ref.y, ref.m - 1, ref.d)).getUTCDay() + 6) % 7));
  if (unit === 'month') return { ...ref, d: 1 };
  return { y: ref.y, m: 1, d: 1 };
}

function unitEnd(unit: string, ref: Ymd): Ymd {
  if (unit === 'week') return addDays(unitStart(unit, ref), 6);
  if (unit === 'month') return { ...ref, d: daysInMonth(ref.y, ref.m) };
  return { y: ref.y, m: 12, d: 31 };
}

function goBack(unit: string, ref: Ymd, count: number): Ymd {
  switch (unit) {
    case 'day':
      return addDays(ref, -count);
    case 'week':
      return addDays(ref, -7 * count);
    case 'fortnight':
      return addDays(ref, -14 * count);
    case 'month':
      return addMonths(ref, -count);
    case 'decade':
      return addMonths(ref, -120 * count);
    default:
      return addMonths(ref, -12 * count);
  }
}

/** "the past year", "the last three months", "past 5 years": from that far back to the reference day. */
const rollingParser: chrono.Parser = {
  pattern: () =>
    new RegExp(
      `(?<![A-Za-z])(the\\s+)?(past|last|previous|preceding)\\s+(?:${COUNT}\\s+)?${UNIT}(?![A-Za-z])`,
      'i',
    ),
  extract(context, match) {
    const unit = UNITS[(match[4] ?? '').toLowerCase()] ?? 'year';
    const counted = match[3] !== undefined;
    const rolling =
      match[1] !== undefined ||
      counted ||
      /^past$/i.test(match[2] ?? '') ||
      unit === 'decade' ||
      unit === 'fortnight';
    const ref = refYmd(context);
    if (!rolling) {
      const period = calendarPeriod(unit, ref, -1);
      return period ? periodResult(context, match.index ?? 0, match[0], period) : null;
    }
    const raw = (match[3] ?? '1').toLowerCase();
    const count = /^\d+$/.test(raw) ? Number(raw) : (NUMBER_WORDS[raw] ?? 1);
    return periodResult(context, match.index ?? 0, match[0], time(goBack(unit, ref, count), ref, 'range'));
  },
};

/** "this week", "next month", "earlier this month", "later this year". */
const currentParser: chrono.Parser = {
  pattern: () =>
    /(?<![A-Za-z])(?:(earlier|later)\s+(?:this|in\s+the)|(this|next|current|coming))\s+(week|month|year)(?![A-Za-z])/i,
  extract(context, match) {
    const unit = (match[3] ?? 'year').toLowerCase();
    const ref = refYmd(context);
    const part = match[1]?.toLowerCase();
    if (part === 'earlier')
      return periodResult(context, match.index ?? 0, match[0], time(unitStart(unit, ref), ref, 'range'));
    if (part === 'later')
      return periodResult(context, match.index ?? 0, match[0], time(ref, unitEnd(unit, ref), 'range'));
    const offset = /^next$/i.test(match[2] ?? '') ? 1 : 0;
    const period = calendarPeriod(unit, ref, offset);
    return period ? periodResult(context, match.index ?? 0, match[0], period) : null;
  },
};

/** "the following day", "the previous week": counted from the nearest earlier date. */
const followingParser: chrono.Parser = {
  pattern: () =>
    /(?<![A-Za-z])(?:the\s+)?(following|previous|preceding)\s+(day|week|month|year)(?![A-Za-z])/i,
  extract(context, match) {
    const offset = /^following$/i.test(match[1] ?? '') ? 1 : -1;
    const period = calendarPeriod((match[2] ?? 'day').toLowerCase(), refYmd(context), offset);
    return period ? periodResult(context, match.index ?? 0, match[0], period, [ANCHORED]) : null;
  },
};

function keepPeriods(filter: chrono.Refiner): chrono.Refiner {
  return {
    refine(context, results) {
      const kept = filter.refine(context, results);
      const dropped = results.filter((r) => r.tags().has('sanad/period') && !kept.includes(r));
      return dropped.length === 0 ? kept : [...kept, ...dropped].sort((a, b) => a.index - b.index);
    },
  };
}

/** The casual English chrono with sanad's parsers first, so that on equal spans theirs win. */
export function createEnglishChrono(): chrono.Chrono {
  const custom = chrono.casual.clone();
  // chrono's filters drop results whose text is only digits; a year found in context is kept.
  custom.refiners = custom.refiners.map((refiner) => ('isValid' in refiner ? keepPeriods(refiner) : refiner));
  custom.parsers.unshift(
    rollingParser,
    currentParser,
    followingParser,
    lastNamedParser,
    seasonParser,
    decadeParser,
    yearParser,
  );
  return custom;
}
