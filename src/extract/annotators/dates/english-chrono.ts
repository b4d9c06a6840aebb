/**
 * chrono-node's casual English parser, extended with the forms news uses and chrono does not
 * read: bare years in date context, decades, centuries, seasons, rolling and calendar periods
 * ("the past year", "this week", "last November"), days and ranges whose year follows "of" or
 * "in" ("26 June of 1988"), "the following day" and "that year". Each added parser records the
 * whole period it means in `periods`, keyed by the components object chrono carries around.
 * @module
 */
import * as chrono from 'chrono-node';
import type { Time } from '../../../core/types.js';
import rules from '../../rules/dates.json' with { type: 'json' };
import {
  addDays,
  addMonths,
  compareYmd,
  daysInMonth,
  monthSpan,
  monthTime,
  time,
  weekday,
  weekTime,
  yearTime,
  type Ymd,
} from './_calendar.js';
import { escapeRegExp } from '../../../core/regexp.js';

/** The period an added parser means, for the components it returned. */
export const periods = new WeakMap<object, Time>();

/** Tag on results counted from the nearest earlier date rather than from publication. */
export const ANCHORED = 'sanad/anchored';

/**
 * Tag on the periods of sanad's parsers that count from the reference day ("the past year",
 * "last November", "three weeks ago"). Which words these parsers take never depends on that day,
 * and every period they return moves with it: against a reference day nine years away, the
 * same words are either the same parser's result again, a different period, or gone.
 */
export const COUNTED_FROM_REFERENCE = 'sanad/counted-from-reference';
const FROM_REFERENCE = [COUNTED_FROM_REFERENCE];

const MONTHS: Readonly<Record<string, number>> = { ...rules.months.names, ...rules.months.abbreviations };

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
    .map(escapeRegExp)
    .join('|');

/**
 * A word start whose first character is a digit or begins one of `words`: a pattern that opens
 * with optional words before a long alternation is tried at every character without it.
 */
function startingWith(...lists: ReadonlyArray<Iterable<string>>): string {
  const initials = new Set(lists.flatMap((list) => [...list].map((w) => w.charAt(0).toLowerCase())));
  return `\\b(?=[\\d${[...initials].join('').replace(/[\]\\^-]/g, '\\$&')}])`;
}

const YEAR = '(1[89]\\d\\d|20\\d\\d)';
const SEASON = `(${alternation(Object.keys(SEASONS))})`;
const MONTH = `(${alternation(Object.keys(MONTHS))})\\.?`;
const COUNT = `(\\d{1,3}|${alternation(Object.keys(NUMBER_WORDS))})`;
const UNIT = `(${alternation(Object.keys(UNITS))})`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const COUNT_WORD = `(?:${alternation(Object.keys(NUMBER_WORDS))})`;

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
const RANGE_TO_YEAR = /^\s*(?:to|through|till|until|and|[-–—])\s*(?:1[89]|20)\d\d(?!\d)/i;

function isYearInContext(text: string, index: number, end: number, isRange: boolean): boolean {
  const before = wordBefore(text, index);
  const after = wordAfter(text, end);
  if (before.glued && !STRONG.has(before.word) && !WEAK.has(before.word)) return false;
  if (VETO.has(before.word)) return false;
  const counted = COUNT_NOUNS.has(after.word);
  if (isRange) return !counted;
  if (/^['’]s(?![A-Za-z])/.test(text.slice(end, end + 3))) return true;
  // The first year of "2014 to 2018", "from 1979 through 1981".
  if (RANGE_TO_YEAR.test(text.slice(end, end + 16))) return true;
  if (before.char === '(' && after.char === ')') return true;
  if (STRONG.has(before.word)) return true;
  if (counted) return before.word === 'in' && /^In\b/.test(text.slice(index - before.word.length - 1));
  if (WEAK.has(before.word)) return true;
  return EVENT_NOUNS.has(after.word);
}

// chrono asks for a parser's pattern on every parse, so each pattern is built once, here.
// A hyphen before the year only after a word: "mid-2019", not "133-2019".
const YEAR_PATTERN = new RegExp(
  `(?<![\\d.,/$#:£€])(?<![^A-Za-z]-|^-)${YEAR}(?:\\s*[-–—]\\s*(\\d{4}|\\d{2}))?(?![\\d%]|[.,:/]\\d|[-–]\\d)`,
  'i',
);
const yearParser: chrono.Parser = {
  pattern: () => YEAR_PATTERN,
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

const DECADE_PATTERN = /(?<![\w'’])(?:(1[89]\d0|20\d0)|['’](\d0))['’]?s(?!\w)/i;
const decadeParser: chrono.Parser = {
  pattern: () => DECADE_PATTERN,
  extract(context, match) {
    const start = match[1] ? Number(match[1]) : 1900 + Number(match[2]);
    const period = time({ y: start, m: 1, d: 1 }, { y: start + 9, m: 12, d: 31 }, 'decade');
    return periodResult(context, match.index ?? 0, match[0], period);
  },
};

/**
 * "summer 1988", "the summer and autumn of 1988": one season, or two joined, then the year; a
 * winter may name both its years ("winter 2019-2020", "the winter of 2019/20").
 */
const SEASON_PATTERN = new RegExp(
  `(?<![A-Za-z])(?:${SEASON}\\s+(?:and|to|through|into)\\s+(?:the\\s+)?)?${SEASON}(?:\\s+of)?,?\\s+${YEAR}(\\s*[-–/]\\s*(?:\\d{4}|\\d{2}))?(?![\\d%])`,
  'i',
);

/** Whether "-2020" or "/20" after `year` names the next year, as a winter's second year. */
function namesNextYear(suffix: string, year: number): boolean {
  const digits = suffix.replace(/\D/g, '');
  const next = year + 1;
  return digits.length === 4 ? Number(digits) === next : Number(digits) === next % 100;
}

const seasonParser: chrono.Parser = {
  pattern: () => SEASON_PATTERN,
  extract(context, match) {
    const [, last = 1] = SEASONS[(match[2] ?? '').toLowerCase()] ?? [];
    const [first = 1] = SEASONS[(match[1] ?? match[2] ?? '').toLowerCase()] ?? [];
    const year = Number(match[3]);
    const suffix = match[4] ?? '';
    const wraps = last < first && namesNextYear(suffix, year);
    const text = wraps ? match[0] : match[0].slice(0, match[0].length - suffix.length);
    return periodResult(context, match.index ?? 0, text, monthSpan(year, first, last, 'season'));
  },
};

/**
 * "last November", "this past summer": the most recent one before the reference month;
 * "this September", "this winter": the one of the reference year (the winter it is in);
 * "next January", "this coming summer": the first one after the reference month.
 */
const LAST_NAMED_PATTERN = new RegExp(
  `(?<![A-Za-z])(last|this past|past|this coming|this|next|coming)\\s+(?:${MONTH}(?!\\s+\\d)|${SEASON})(?![A-Za-z])`,
  'i',
);
const lastNamedParser: chrono.Parser = {
  pattern: () => LAST_NAMED_PATTERN,
  extract(context, match) {
    const ref = refYmd(context);
    const word = (match[1] ?? '').toLowerCase();
    const current = word === 'this';
    const coming = word === 'next' || word === 'coming' || word === 'this coming';
    if (match[2]) {
      const month = MONTHS[match[2].toLowerCase()] ?? 1;
      let year = current || month < ref.m ? ref.y : ref.y - 1;
      if (coming) year = month > ref.m ? ref.y : ref.y + 1;
      return periodResult(context, match.index ?? 0, match[0], monthTime(year, month), FROM_REFERENCE);
    }
    const [from = 1, to = 1] = SEASONS[(match[3] ?? '').toLowerCase()] ?? [];
    const endYear = (y: number): number => (to < from ? y + 1 : y);
    let year = ref.y;
    // The coming one starts after the reference month.
    if (coming) year = from > ref.m ? ref.y : ref.y + 1;
    else if (current) year = to < from && ref.m <= to ? ref.y - 1 : ref.y;
    // Otherwise the season must have ended before the reference month.
    else while (endYear(year) > ref.y || (endYear(year) === ref.y && to >= ref.m)) year--;
    return periodResult(
      context,
      match.index ?? 0,
      match[0],
      monthSpan(year, from, to, 'season'),
      FROM_REFERENCE,
    );
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

/**
 * "the past year", "the last three months", "past 5 years": the span that far back, ending the
 * day before the reference day (as Recognizers-Text reads "5 past years"). A single unit keeps
 * its precision ("the past week" is a week); a counted one is a range.
 */
const ROLLING_PATTERN = new RegExp(
  `(?<![A-Za-z])(the\\s+)?(past|last|previous|preceding)\\s+(?:${COUNT}\\s+)?${UNIT}(?![A-Za-z])(?!\\s+of\\b)`,
  'i',
);
const rollingParser: chrono.Parser = {
  pattern: () => ROLLING_PATTERN,
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
      return period ? periodResult(context, match.index ?? 0, match[0], period, FROM_REFERENCE) : null;
    }
    const raw = (match[3] ?? '1').toLowerCase();
    const count = /^\d+$/.test(raw) ? Number(raw) : (NUMBER_WORDS[raw] ?? 1);
    const precision = count === 1 && isPrecision(unit) ? unit : 'range';
    const period = time(goBack(unit, ref, count), addDays(ref, -1), precision);
    return periodResult(context, match.index ?? 0, match[0], period, FROM_REFERENCE);
  },
};

function isPrecision(unit: string): unit is 'week' | 'month' | 'year' | 'decade' {
  return unit === 'week' || unit === 'month' || unit === 'year' || unit === 'decade';
}

/** Components for a day or month whose year is `year`, or implied from the reference day. */
function components(
  context: chrono.ParsingContext,
  month: number,
  day: number | null,
  year: number | null,
): chrono.ParsingComponents {
  const c = context.createParsingComponents(day === null ? { month } : { month, day });
  if (day === null) c.imply('day', 1);
  if (year === null) c.imply('year', context.refDate.getFullYear());
  else c.assign('year', year);
  return c;
}

/** ", 2019", " in 2019", " of 1988": the year a day or month is written with; group: the year. */
const YEAR_AFTER = `(?:,?\\s+(?:(?:${alternation(rules.rangeConnectors.yearOf)})\\s+)?${YEAR})`;

const DAY_LINK = '(and|to|through|till|until|[-–])';
/**
 * "between 15 and 18 November", "from 9 to 17 April 2019", "April 9th through 17th": a range
 * of days in one month. "and" needs "between" before it.
 */
const DAY_RANGE_PATTERN = new RegExp(
  `(?<![A-Za-z\\d])${startingWith(['between', 'from', 'the'], Object.keys(MONTHS))}(?:(between|from)\\s+)?(?:(?:the\\s+)?${DAY}\\s*${DAY_LINK}\\s*(?:the\\s+)?${DAY}(?:\\s+of)?\\s+${MONTH}|${MONTH}\\s+${DAY}\\s*${DAY_LINK}\\s*${DAY})${YEAR_AFTER}?(?![\\dA-Za-z])`,
  'i',
);
const dayRangeParser: chrono.Parser = {
  pattern: () => DAY_RANGE_PATTERN,
  extract(context, match) {
    const [, opener, d1, link1, d2, m1, m2, d3, link2, d4, y] = match;
    const link = (link1 ?? link2 ?? '').toLowerCase();
    if (link === 'and' && opener?.toLowerCase() !== 'between') return null;
    const month = MONTHS[(m1 ?? m2 ?? '').toLowerCase()];
    const first = Number(d1 ?? d3);
    const last = Number(d2 ?? d4);
    if (month === undefined || first >= last || last > 31) return null;
    const year = y ? Number(y) : null;
    return context.createParsingResult(
      match.index ?? 0,
      match[0],
      components(context, month, first, year),
      components(context, month, last, year),
    );
  },
};

/** "26th June", "the 26th of June", "June 26", "June the 26th": groups day, month, day. */
const DAY_MONTH = `(?:(?:the\\s+)?${DAY}(?:\\s+of)?\\s+)?${MONTH}(?:\\s+(?:the\\s+)?${DAY})?`;

/**
 * "Nov 18-Dec 19, 2015", "Jan-Feb 2017", "December 2017 to March 2018", "from 26 June to
 * 28 June in 2020", "between July and September of 1988": a range across months that names a
 * year; chrono reads only its last part. "and" needs "between" before it.
 */
const MONTH_RANGE_PATTERN = new RegExp(
  `(?<![A-Za-z\\d])${startingWith(['between', 'from', 'the'], Object.keys(MONTHS))}(?:(between|from)\\s+)?${DAY_MONTH}${YEAR_AFTER}?\\s*(?:[-–—/]|\\s(to|through|till|until|and)\\s)\\s*${DAY_MONTH}${YEAR_AFTER}?(?![\\dA-Za-z])`,
  'i',
);
const monthRangeParser: chrono.Parser = {
  pattern: () => MONTH_RANGE_PATTERN,
  extract(context, match) {
    const [, opener, a1, n1, b1, y1, link, a2, n2, b2, y2] = match;
    if (link?.toLowerCase() === 'and' && opener?.toLowerCase() !== 'between') return null;
    const m1 = MONTHS[(n1 ?? '').toLowerCase()];
    const m2 = MONTHS[(n2 ?? '').toLowerCase()];
    if (m1 === undefined || m2 === undefined || (!y1 && !y2)) return null;
    const endYear = Number(y2 ?? y1);
    const startYear = y1 ? Number(y1) : m1 <= m2 ? endYear : endYear - 1;
    const d1 = a1 ?? b1;
    const d2 = a2 ?? b2;
    const day1 = d1 ? Number(d1) : null;
    const day2 = d2 ? Number(d2) : null;
    if ((day1 ?? 1) > 31 || (day2 ?? 1) > 31) return null;
    const end = components(context, m2, day2, endYear);
    if (day2 === null) end.imply('day', daysInMonth(endYear, m2));
    return context.createParsingResult(
      match.index ?? 0,
      match[0],
      components(context, m1, day1, startYear),
      end,
    );
  },
};

/**
 * "26 June of 1988", "June 26th in 2020", "the 26th of June of 2020": a day whose year follows
 * after "of" or "in", which chrono reads as the month of that year alone.
 */
const DAY_OF_YEAR_PATTERN = new RegExp(
  `(?<![A-Za-z\\d])${startingWith(['the'], Object.keys(MONTHS))}${DAY_MONTH},?\\s+(?:${alternation(rules.rangeConnectors.yearOf)})\\s+${YEAR}(?![\\dA-Za-z])`,
  'i',
);
const dayOfYearParser: chrono.Parser = {
  pattern: () => DAY_OF_YEAR_PATTERN,
  extract(context, match) {
    const [text, a, name, b, y] = match;
    const day = Number(a ?? b);
    const month = MONTHS[(name ?? '').toLowerCase()];
    const year = Number(y);
    if (!(a ?? b) || month === undefined) return null;
    // chrono would search again from the next character, finding "1 June" in "31 June": an
    // impossible day leaves the month.
    const valid = day >= 1 && day <= daysInMonth(year, month);
    return context.createParsingResult(
      match.index ?? 0,
      text,
      components(context, month, valid ? day : null, year),
    );
  },
};

// "the end of", "the middle of": a part of the period named after it.
const PART_OF = alternation(Object.keys(rules.modifiers.phrases).filter((p) => / of$/.test(p)));

/**
 * "this week", "next month", "earlier this month", "later this year", and "the year" or "year"
 * after a part ("by the end of the year", "the middle of the month", "by end of year"), which
 * is the current one; not "year 10" or "week seven", a count of them, nor "the year 2020".
 */
const CURRENT_PATTERN = new RegExp(
  '(?<![A-Za-z])(?:(earlier|later)\\s+(?:this|in\\s+the)\\s+|(this|next|current|coming)\\s+' +
    `|(?<=(?:^|[^A-Za-z])(?:${PART_OF})\\s+)(?:the\\s+(?=[a-z]+(?![A-Za-z])(?!\\s+\\d))|(?=[a-z]+(?![A-Za-z])(?!\\s+(?:\\d|[A-Z]|${COUNT_WORD}(?![A-Za-z]))))))` +
    '(week|month|year)(?![A-Za-z])',
  'i',
);
const currentParser: chrono.Parser = {
  pattern: () => CURRENT_PATTERN,
  extract(context, match) {
    const unit = (match[3] ?? 'year').toLowerCase();
    const ref = refYmd(context);
    const part = match[1]?.toLowerCase();
    if (part === 'earlier') {
      // Up to the day before the reference day, as Recognizers-Text reads it; on the first day
      // of the period there is none before, and the day itself stands.
      const start = unitStart(unit, ref);
      const end = compareYmd(start, ref) < 0 ? addDays(ref, -1) : ref;
      return periodResult(context, match.index ?? 0, match[0], time(start, end, 'range'), FROM_REFERENCE);
    }
    if (part === 'later')
      return periodResult(
        context,
        match.index ?? 0,
        match[0],
        time(ref, unitEnd(unit, ref), 'range'),
        FROM_REFERENCE,
      );
    const offset = /^next$/i.test(match[2] ?? '') ? 1 : 0;
    const period = calendarPeriod(unit, ref, offset);
    return period ? periodResult(context, match.index ?? 0, match[0], period, FROM_REFERENCE) : null;
  },
};

/** A count of units ("three weeks", "2 days") and then `after`: groups 1 count, 2 unit, then after's. */
function countedUnits(after: string): RegExp {
  return new RegExp(
    `(?<![A-Za-z-])(\\d{1,3}|${COUNT_WORD}(?:[\\s-]+${COUNT_WORD})?)\\s+${UNIT}\\s+${after}(?![A-Za-z])`,
    'i',
  );
}

/** The count and unit a countedUnits() match read, or null when they name no span of time. */
function countedUnitOf(match: RegExpMatchArray): { count: number; unit: string } | null {
  const count = countOf(match[1] ?? '');
  const unit = UNITS[(match[2] ?? '').toLowerCase()];
  return count === null || count <= 0 || !unit ? null : { count, unit };
}

const FROM_DAYS: Readonly<Record<string, number>> = rules.countedFromDays.days;
const FROM_DAY_PATTERN = countedUnits(`from\\s+(${alternation(Object.keys(FROM_DAYS))})`);
/** "three weeks from tomorrow", "two days from today": the day counted forward from that day. */
const fromDayParser: chrono.Parser = {
  pattern: () => FROM_DAY_PATTERN,
  extract(context, match) {
    const counted = countedUnitOf(match);
    if (!counted) return null;
    const start = addDays(refYmd(context), FROM_DAYS[(match[3] ?? '').toLowerCase()] ?? 0);
    const day = goBack(counted.unit, start, -counted.count);
    return periodResult(context, match.index ?? 0, match[0], time(day, day, 'day'), FROM_REFERENCE);
  },
};

/** "a few", "thirty-five": tens and units add up; otherwise the largest word counts ("a couple of"). */
function countOf(raw: string): number | null {
  if (/^\d+$/.test(raw)) return Number(raw);
  const values = raw
    .toLowerCase()
    .split(/[\s-]+(?!of\b)/)
    .map((w) => NUMBER_WORDS[w]);
  if (values.some((v) => v === undefined)) return null;
  const [first = 0, second] = values as number[];
  if (second !== undefined && first >= 20 && first % 10 === 0 && second < 10) return first + second;
  return Math.max(...(values as number[]));
}

/**
 * "thirty-five years ago", "two decades ago", "3 weeks ago": counted back from the reference day.
 * Years and decades give the year; shorter units the day (as Recognizers-Text resolves them).
 */
const AGO_PATTERN = countedUnits('ago');
const agoParser: chrono.Parser = {
  pattern: () => AGO_PATTERN,
  extract(context, match) {
    const counted = countedUnitOf(match);
    if (!counted) return null;
    const day = goBack(counted.unit, refYmd(context), counted.count);
    const period =
      counted.unit === 'year' || counted.unit === 'decade' ? yearTime(day.y) : time(day, day, 'day');
    return periodResult(context, match.index ?? 0, match[0], period, FROM_REFERENCE);
  },
};

const WEEKDAYS: Readonly<Record<string, number>> = rules.weekdays;
/**
 * "previous Monday", "the following Tuesday": that day of the week before or after the reference
 * week (as Recognizers-Text reads them); "this past Friday", "coming Thursday": the nearest one
 * before or after the reference day. chrono reads none of them.
 */
const WEEKDAY_PATTERN = new RegExp(
  `(?<![A-Za-z])(?:the\\s+)?(previous|preceding|this past|past|following|coming)\\s+(${alternation(Object.keys(WEEKDAYS))})(?![A-Za-z])`,
  'i',
);
const weekdayParser: chrono.Parser = {
  pattern: () => WEEKDAY_PATTERN,
  extract(context, match) {
    const wd = WEEKDAYS[(match[2] ?? '').toLowerCase()] ?? 0;
    const ref = refYmd(context);
    const word = (match[1] ?? '').toLowerCase();
    let day: Ymd;
    if (word === 'previous' || word === 'preceding' || word === 'following') {
      // Weeks run Monday to Sunday.
      const monday = addDays(ref, -((weekday(ref) + 6) % 7) + (word === 'following' ? 7 : -7));
      day = addDays(monday, (wd + 6) % 7);
    } else if (word === 'coming') day = addDays(ref, (wd - weekday(ref) + 7) % 7 || 7);
    else day = addDays(ref, -((weekday(ref) - wd + 7) % 7 || 7));
    return periodResult(context, match.index ?? 0, match[0], time(day, day, 'day'), FROM_REFERENCE);
  },
};

/**
 * "over the weekend": the latest Saturday and Sunday that began on or before the reference day;
 * "last weekend", "this past weekend": the latest that ended before it; "next weekend": that of
 * the week (Monday to Sunday) after the reference week. "the weekend" without "over" is left out
 * ("spent the weekend working" names no weekend), and so are "weekends" and "this weekend", which
 * reports written early in a week use for the one just past as often as for the coming one.
 */
const WEEKEND_PATTERN =
  /(?<![A-Za-z])(?:(over)\s+(?=the))?(the|this\s+past|last|past|next)\s+weekend(?![A-Za-z])/i;
const weekendParser: chrono.Parser = {
  pattern: () => WEEKEND_PATTERN,
  extract(context, match) {
    const [text, over, which = ''] = match;
    const word = which.toLowerCase().replace(/\s+/g, ' ');
    if (word === 'the' && !over) return null;
    const ref = refYmd(context);
    // Saturday of the reference week (weeks run Monday to Sunday).
    const saturday = addDays(ref, 5 - ((weekday(ref) + 6) % 7));
    let start = saturday;
    if (word === 'next') start = addDays(saturday, 7);
    else if (word === 'the' && compareYmd(saturday, ref) > 0) start = addDays(saturday, -7);
    else if (word !== 'the' && compareYmd(addDays(saturday, 1), ref) >= 0) start = addDays(saturday, -7);
    const skipped = over ? text.indexOf(which) : 0;
    const period = time(start, addDays(start, 1), 'range');
    return periodResult(context, (match.index ?? 0) + skipped, text.slice(skipped), period, FROM_REFERENCE);
  },
};

const { comment: _abbreviationsComment, ...WEEKDAY_ABBREVIATIONS } = rules.weekdayAbbreviations;
const WEEKDAY_NUMBERS: Readonly<Record<string, number>> = { ...WEEKDAYS, ...WEEKDAY_ABBREVIATIONS };
const WEEKDAY_AND_DAY_PATTERN = new RegExp(
  `(?<![A-Za-z])(${alternation(Object.keys(WEEKDAY_NUMBERS))})\\.?,?\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)(?![A-Za-z\\d])` +
    // Not "Friday 14th of June" or "Friday 14th, 2019": chrono reads those whole.
    `(?!\\s+(?:of\\s+)?(?:${alternation(Object.keys(MONTHS))})(?![A-Za-z]))(?!,?\\s+(?:1[89]|20)\\d\\d)`,
  'i',
);
/** Months searched back for a day of the month that falls on the weekday named. */
const WEEKDAY_AND_DAY_MONTHS = 28;
/**
 * "Fri 14th", "on Tuesday the 11th": the latest day on or before the reference day that is
 * that day of its month and falls on that weekday. A day written without "th" is left alone
 * ("on Friday 40 people were killed").
 */
const weekdayAndDayParser: chrono.Parser = {
  pattern: () => WEEKDAY_AND_DAY_PATTERN,
  extract(context, match) {
    const wd = WEEKDAY_NUMBERS[(match[1] ?? '').toLowerCase()] ?? 0;
    const d = Number(match[2]);
    const ref = refYmd(context);
    for (let back = 0; back < WEEKDAY_AND_DAY_MONTHS; back++) {
      const { y, m } = addMonths({ y: ref.y, m: ref.m, d: 1 }, -back);
      const day = { y, m, d };
      if (d > daysInMonth(y, m) || weekday(day) !== wd || (back === 0 && d > ref.d)) continue;
      return periodResult(context, match.index ?? 0, match[0], time(day, day, 'day'), FROM_REFERENCE);
    }
    return null;
  },
};

const WEEK_OF: Readonly<Record<string, readonly number[]>> = rules.weekOf.ordinals;
const WEEK_OF_PATTERN = new RegExp(
  `(?<![A-Za-z])(?:the\\s+)?(${alternation(Object.keys(WEEK_OF))})\\s+week\\s+of\\s+${MONTH}(?:,?\\s+${YEAR})?(?![\\dA-Za-z])`,
  'i',
);
/** "the last week of July", "the first week of December 2017": seven days of the month. */
const weekOfParser: chrono.Parser = {
  pattern: () => WEEK_OF_PATTERN,
  extract(context, match) {
    const [first = 1, last = 7] = WEEK_OF[(match[1] ?? '').toLowerCase()] ?? [];
    const month = MONTHS[(match[2] ?? '').toLowerCase()] ?? 1;
    const ref = refYmd(context);
    const year = match[3] ? Number(match[3]) : month <= ref.m ? ref.y : ref.y - 1;
    const length = daysInMonth(year, month);
    const from = first <= 0 ? length + first : first;
    const to = last <= 0 ? length + last : last;
    const period = time({ y: year, m: month, d: from }, { y: year, m: month, d: to }, 'week');
    return periodResult(context, match.index ?? 0, match[0], period, match[3] ? [] : FROM_REFERENCE);
  },
};

const DECADE_WORDS: Readonly<Record<string, number>> = rules.decadeWords.words;
const DECADE_WORD_PATTERN = new RegExp(
  `(?<![A-Za-z])the\\s+(?:nineteen[\\s-]+)?(${alternation(Object.keys(DECADE_WORDS))})(?![A-Za-z])`,
  'i',
);
/** "the eighties", "the nineteen-seventies". */
const decadeWordParser: chrono.Parser = {
  pattern: () => DECADE_WORD_PATTERN,
  extract(context, match) {
    const start = DECADE_WORDS[(match[1] ?? '').toLowerCase()] ?? 1900;
    const period = time({ y: start, m: 1, d: 1 }, { y: start + 9, m: 12, d: 31 }, 'decade');
    return periodResult(context, match.index ?? 0, match[0], period);
  },
};

const CENTURY_WORDS: Readonly<Record<string, number>> = rules.centuries.ordinals;
const CENTURY_PATTERN = new RegExp(
  `(?<![A-Za-z\\d])${startingWith(['the'], Object.keys(CENTURY_WORDS))}(?:the\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)|(${alternation(Object.keys(CENTURY_WORDS))}))[\\s-]+(century)(?![A-Za-z])`,
  'i',
);
/** "the 20th century", "the twenty-first century": its hundred years; not "21st Century Fox", a name. */
const centuryParser: chrono.Parser = {
  pattern: () => CENTURY_PATTERN,
  extract(context, match) {
    const end = (match.index ?? 0) + match[0].length;
    if (match[3] === 'Century' && /^[ \t]+[A-Z]/.test(context.text.slice(end, end + 3))) return null;
    const n = match[1] ? Number(match[1]) : (CENTURY_WORDS[(match[2] ?? '').toLowerCase()] ?? 0);
    const start = (n - 1) * 100;
    if (n < 1 || start > rules.yearRange.max) return null;
    const period = time({ y: start, m: 1, d: 1 }, { y: start + 99, m: 12, d: 31 }, 'range');
    return periodResult(context, match.index ?? 0, match[0], period);
  },
};

/**
 * "the following day", "the previous week", "the next day": counted from the nearest earlier
 * date. "the next week" is left out: in reports it is as often the week after publication.
 */
const FOLLOWING_PATTERN =
  /(?<![A-Za-z])(?:(?:the\s+)?(following|previous|preceding)\s+(day|week|month|year)|the\s+(next)\s+(day))(?![A-Za-z])/i;
const followingParser: chrono.Parser = {
  pattern: () => FOLLOWING_PATTERN,
  extract(context, match) {
    const offset = /^(?:following|next)$/i.test(match[1] ?? match[3] ?? '') ? 1 : -1;
    const period = calendarPeriod((match[2] ?? match[4] ?? 'day').toLowerCase(), refYmd(context), offset);
    return period
      ? periodResult(context, match.index ?? 0, match[0], period, [ANCHORED, COUNTED_FROM_REFERENCE])
      : null;
  },
};

/** Tag on "that year", "the same month", "that day": the day, month or year of a date before it. */
export const SAME_AS_BEFORE = 'sanad/same-as-before';

/** Not "that year after year", "that day by day". */
const SAME_PATTERN =
  /(?<![A-Za-z])(?:the\s+same|that(?:\s+same)?)\s+(day|month|year)(?![A-Za-z-])(?!\s+(?:after|by|to|on)\s+(?:day|month|year))/i;
const sameParser: chrono.Parser = {
  pattern: () => SAME_PATTERN,
  extract(context, match) {
    // The period here is a stand-in: what it means is found where the earlier dates are known.
    const period = calendarPeriod((match[1] ?? 'day').toLowerCase(), refYmd(context), 0);
    return period
      ? periodResult(context, match.index ?? 0, match[0], period, [SAME_AS_BEFORE, COUNTED_FROM_REFERENCE])
      : null;
  },
};

const QUARTER_ORDINALS: Readonly<Record<string, number>> = rules.quarters.ordinals;
const QUARTER_OFFSETS: Readonly<Record<string, number>> = rules.quarters.relative;
const QUARTER_PATTERN = new RegExp(
  [
    `(?<![A-Za-z])(?:(?:the\\s+)?(${alternation(Object.keys(QUARTER_ORDINALS))})\\s+quarter(?:\\s+of)?,?\\s+`,
    `(?:${YEAR}|(${alternation(Object.keys(QUARTER_OFFSETS))})\\s+year)`,
    `|q([1-4])(?:\\s+of\\s+|\\s*[-/]?\\s*)${YEAR}`,
    `|${YEAR}\\s*[-/]?\\s*q([1-4])`,
    // Not "the last quarter of the century", "the past quarter century".
    `|(?:the\\s+)?(${alternation(Object.keys(QUARTER_OFFSETS))})\\s+quarter(?![\\s-]+(?:of|century)\\b))(?![A-Za-z\\d])`,
  ].join(''),
  'i',
);

/** "the third quarter of 2019", "Q3 2019", "2019-Q3", "the first quarter of last year", "last quarter". */
const quarterParser: chrono.Parser = {
  pattern: () => QUARTER_PATTERN,
  extract(context, match) {
    const [text, ordinal, year1, yearWord, q1, year2, year3, q3, relative] = match;
    const index = match.index ?? 0;
    const ref = refYmd(context);
    let year: number;
    let quarter: number;
    if (relative !== undefined) {
      const count = ref.y * 4 + Math.floor((ref.m - 1) / 3) + (QUARTER_OFFSETS[relative.toLowerCase()] ?? 0);
      year = Math.floor(count / 4);
      quarter = (count % 4) + 1;
    } else if (ordinal !== undefined) {
      quarter = QUARTER_ORDINALS[ordinal.toLowerCase()] ?? 1;
      year =
        year1 !== undefined ? Number(year1) : ref.y + (QUARTER_OFFSETS[(yearWord ?? '').toLowerCase()] ?? 0);
    } else {
      quarter = Number(q1 ?? q3);
      year = Number(year2 ?? year3);
    }
    const counted = relative !== undefined || yearWord !== undefined;
    const period = monthSpan(year, quarter * 3 - 2, quarter * 3, 'range');
    return periodResult(context, index, text, period, counted ? FROM_REFERENCE : []);
  },
};

/**
 * A result sanad judges itself: its own periods, and the month "May", which chrono keeps only
 * after "in" ("since May", "mid-May", "April and May" were lost); sanad tells the month from the
 * verb and the name by their case and the words around them (see the dates' rejection).
 */
function judgedBySanad(result: chrono.ParsingResult): boolean {
  return result.tags().has('sanad/period') || result.text === 'May' || result.text === 'MAY';
}

function keepPeriods(filter: chrono.Refiner): chrono.Refiner {
  return {
    refine(context, results) {
      const kept = filter.refine(context, results);
      // A filter keeps a subset, in order: all kept, nothing to put back.
      if (kept.length === results.length) return kept;
      const dropped = results.filter((r) => judgedBySanad(r) && !kept.includes(r));
      return dropped.length === 0 ? kept : [...kept, ...dropped].sort((a, b) => a.index - b.index);
    },
  };
}

/**
 * chrono's stages a report's dates do without, each a scan of every window: times of day and
 * time zones; "within 2 days", "in 5 minutes" and "next 2 weeks", which are durations in news;
 * "end of this month", and "end of July" read as its last day (sanad reads "the end of" as a
 * part of the period); "last month", "this year", which sanad's own parsers read as periods.
 */
const NOT_FOR_DATES = new Set([
  'ENTimeExpressionParser',
  'ENCasualTimeParser',
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
  'ENEndOfCurrentMonthParser',
  'ENRelativeDateFormatParser',
  'ENEndOfPeriodRefiner',
  'ExtractTimezoneOffsetRefiner',
  'ExtractTimezoneAbbrRefiner',
]);
const isDateStage = (stage: object): boolean => !NOT_FOR_DATES.has(stage.constructor.name);

/** sanad's parsers for years and periods, first so that on equal spans theirs win. */
const SANAD_PARSERS: Readonly<Record<string, chrono.Parser>> = {
  'sanad:dayRange': dayRangeParser,
  'sanad:monthRange': monthRangeParser,
  'sanad:dayOfYear': dayOfYearParser,
  'sanad:weekday': weekdayParser,
  'sanad:weekend': weekendParser,
  'sanad:weekdayAndDay': weekdayAndDayParser,
  'sanad:weekOf': weekOfParser,
  'sanad:decadeWord': decadeWordParser,
  'sanad:century': centuryParser,
  'sanad:ago': agoParser,
  'sanad:fromDay': fromDayParser,
  'sanad:rolling': rollingParser,
  'sanad:current': currentParser,
  'sanad:following': followingParser,
  'sanad:same': sameParser,
  'sanad:lastNamed': lastNamedParser,
  'sanad:quarter': quarterParser,
  'sanad:season': seasonParser,
  'sanad:decade': decadeParser,
  'sanad:year': yearParser,
};
const PERIOD_PARSERS: readonly chrono.Parser[] = Object.values(SANAD_PARSERS);

/**
 * sanad's parsers whose periods come from the words alone, never from the reference day ("1988",
 * "the 1980s", "summer 2019", "the eighties"): what they find means the same whenever it was written.
 */
export const REFERENCE_FREE_PARSERS: ReadonlySet<string> = new Set([
  'sanad:year',
  'sanad:decade',
  'sanad:season',
  'sanad:decadeWord',
  'sanad:dayOfYear',
  'sanad:century',
]);
const NO_CONTEXT = new chrono.ParsingContext('', new Date(0));

/**
 * Whether the parser named `parserName` may read the reference day in `text`. sanad's parsers
 * build their pattern without the context, and a parser whose pattern finds nothing in a text
 * returns nothing for it; chrono's own are taken to read it.
 */
export function mayReadReference(parserName: string, text: string): boolean {
  if (REFERENCE_FREE_PARSERS.has(parserName)) return false;
  const sanad = SANAD_PARSERS[parserName];
  return sanad === undefined || sanad.pattern(NO_CONTEXT).test(text);
}

const parserName = (p: chrono.Parser): string =>
  Object.entries(SANAD_PARSERS).find(([, q]) => q === p)?.[0] ?? p.constructor.name;

/** The casual English chrono, without times of day, with sanad's parsers first. */
export function createEnglishChrono(): chrono.Chrono {
  const custom = chrono.casual.clone();
  // chrono's filters drop results whose text is only digits; a year found in context is kept.
  custom.refiners = custom.refiners
    .filter(isDateStage)
    .map((refiner) => ('isValid' in refiner ? keepPeriods(refiner) : refiner));
  custom.parsers = [...PERIOD_PARSERS, ...custom.parsers.filter(isDateStage)];
  return custom;
}

/**
 * The same chrono with only the parsers named in `parserNames` (chrono's by class name,
 * sanad's as "sanad:year" and the like): a window that holds only a weekday needs three of
 * thirty parsers, and each costs a scan of the window.
 */
export function createNarrowChrono(parserNames: ReadonlySet<string>): chrono.Chrono {
  const custom = createEnglishChrono();
  custom.parsers = custom.parsers.filter((p) => parserNames.has(parserName(p)));
  return custom;
}
