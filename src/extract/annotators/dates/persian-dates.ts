/**
 * Dates written in Persian script (Solar Hijri, Gregorian months in Persian, Lunar Hijri) and
 * Solar Hijri months transliterated in Latin script ("18 Dey 1404"). Reads the ASCII-digit
 * analysis text of one sentence.
 * @module
 */
import type { Calendar, Time } from '../../../core/types.js';
import en from '../../rules/dates.json' with { type: 'json' };
import fa from '../../rules/dates-fa.json' with { type: 'json' };
import {
  addDays,
  compareYmd,
  daysInMonth,
  dayTime,
  isValidYmd,
  lunarMonthTime,
  lunarToYmd,
  monthSpan,
  monthsFrom,
  monthTime,
  solarDaysTime,
  solarIsValid,
  solarMonthsTime,
  solarToYmd,
  solarYearsTime,
  time,
  weekday,
  yearTime,
  ymdToSolar,
  type Ymd,
} from './_calendar.js';

export interface PersianDate {
  readonly start: number;
  readonly end: number;
  readonly time: Time;
  readonly calendar: Calendar;
}

export interface PersianProblem {
  readonly start: number;
  readonly end: number;
  readonly ruleId: 'relative-without-publication' | 'unconvertible-lunar-date';
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Alternation that also accepts a space where the rules write a zero-width non-joiner. */
const alternation = (keys: Iterable<string>): string =>
  [...keys]
    .sort((a, b) => b.length - a.length)
    .map((k) => escape(k).replace(/\u200c| /g, '[\\s\\u200c]?'))
    .join('|');
const normalizeKey = (s: string): string => s.replace(/[\s\u200c]+/g, '');
const table = <T>(obj: Readonly<Record<string, T>>): Map<string, T> =>
  new Map(Object.entries(obj).map(([k, v]) => [normalizeKey(k), v]));

const SOLAR = table(fa.solarMonths);
const GREGORIAN = table(fa.gregorianMonths);
const LUNAR = table(fa.lunarMonths);
const SEASONS = table<readonly number[]>(fa.seasons.months);
const EN_SEASONS: Readonly<Record<string, readonly number[]>> = en.seasons.months;
const MODIFIERS = table<string>(fa.modifiers);
const DECADE_WORDS = table<number>(fa.decadeWords);
const RELATIVE = table(fa.relative.phrases);
const LATIN_MONTHS: Readonly<Record<string, number>> = fa.transliteratedMonths.months;
const AMBIGUOUS_LATIN = new Set(fa.ambiguousTransliterations);
const COUNT_NOUNS = new Set(fa.countNouns);
const VETO = new Set(fa.vetoBefore);
/** The Gregorian season that a Solar Hijri season (by its first month) corresponds to. */
const SEASON_BY_SOLAR_MONTH: Readonly<Record<number, string>> = {
  1: 'spring',
  4: 'summer',
  7: 'autumn',
  10: 'winter',
};
const PARTS: Readonly<Record<string, Readonly<Record<string, readonly number[]>>>> = en.modifiers.parts;

const L = '(?<![\\p{L}\\p{N}\\p{M}])';
const R = '(?![\\p{L}\\p{N}\\p{M}])';
const S = '[\\s\\u200c]+';
const S0 = '[\\s\\u200c]*';
const MOD = `(?:(${alternation(Object.keys(fa.modifiers))})${S}(?:سال${S})?)?`;
const MARKER = `(?:${S0}(${alternation([...fa.solarMarkers, ...fa.gregorianMarkers, ...fa.lunarMarkers])}))?`;
const YEAR_WORD = `(?:${alternation(fa.yearWords)})`;
const MONTH_NAMES = alternation([
  ...Object.keys(fa.solarMonths),
  ...Object.keys(fa.gregorianMonths),
  ...Object.keys(fa.lunarMonths),
]);

const MONTH_DATE = new RegExp(
  `${L}${MOD}(?:(${alternation(fa.weekdays)})${S0}[،,]?${S0})?(?:(\\d{1,2})${S})?(${MONTH_NAMES})(?:${S0}ماه)?(?:${S}(?:${YEAR_WORD}${S})?(\\d{4}|\\d{2})(?!\\d))?${MARKER}${R}`,
  'gu',
);
const SEASON_DATE = new RegExp(
  `${L}${MOD}(${alternation(Object.keys(fa.seasons.months))})(?:${S}${YEAR_WORD})?${S}(\\d{4}|\\d{2})(?!\\d)${MARKER}${R}`,
  'gu',
);
const DECADE = new RegExp(
  `${L}${MOD}دهه(?:\\u200c?ی|ٔ)?${S}(\\d{2}|\\d{4}|${alternation(Object.keys(fa.decadeWords))})(?!\\d)${MARKER}${R}`,
  'gu',
);
const YEAR = new RegExp(
  `${L}${MOD}(?:(${YEAR_WORD})${S})?(\\d{4}|\\d{2})(?![\\d.,/:٫٬%])${MARKER}${R}`,
  'gu',
);
const RELATIVE_PHRASE = new RegExp(`${L}(${alternation(Object.keys(fa.relative.phrases))})${R}`, 'gu');
const LATIN_DATE = new RegExp(
  `(?<![A-Za-z0-9])(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?(${Object.keys(LATIN_MONTHS).map(escape).join('|')})(?:,?\\s+(1[2-4]\\d\\d))?(?![A-Za-z0-9])`,
  'g',
);
const RANGE_JOIN = new RegExp(`^${S0}(?:${alternation(fa.rangeConnectors.always)})${S0}$`, 'u');
const AND_JOIN = new RegExp(`^${S0}(?:${alternation(fa.rangeConnectors.afterBetween)})${S0}$`, 'u');
const OPENER = new RegExp(`(${alternation(fa.rangeConnectors.openers)})${S}$`, 'u');
const PERSIAN_LETTER = /[\u0600-\u06FF]/;

type Marker = 'solar' | 'gregorian' | 'lunar' | null;

function markerKind(marker: string | undefined): Marker {
  if (!marker) return null;
  const key = normalizeKey(marker);
  if (fa.gregorianMarkers.some((m) => normalizeKey(m) === key)) return 'gregorian';
  if (fa.lunarMarkers.some((m) => normalizeKey(m) === key)) return 'lunar';
  return 'solar';
}

function solarYear(token: string): number | null {
  const n = Number(token);
  if (token.length === 2) return n < fa.twoDigitYear.pivot ? 1400 + n : 1300 + n;
  return n >= 1200 && n <= 1499 ? n : null;
}

const isGregorianYear = (n: number): boolean => n >= en.yearRange.min && n <= en.yearRange.max;

function part(modifier: string | undefined, unit: string): readonly number[] | null {
  if (!modifier) return null;
  const name = MODIFIERS.get(normalizeKey(modifier));
  return name ? (PARTS[name]?.[unit] ?? null) : null;
}

interface Context {
  readonly publication: Ymd | null;
  readonly found: PersianDate[];
  readonly problems: PersianProblem[];
}

function push(ctx: Context, start: number, end: number, t: Time | null, calendar: Calendar): void {
  if (t) ctx.found.push({ start, end, time: t, calendar });
}

/** The Solar Hijri year of the latest (jm, jd) on or before publication (with a short look ahead). */
function solarYearFromPublication(publication: Ymd, jm: number, jd: number): number {
  const limit = ymdToSolar(addDays(publication, en.forwardWindowDays));
  return jm > limit.jm || (jm === limit.jm && jd > limit.jd) ? limit.jy - 1 : limit.jy;
}

function monthDate(ctx: Context, text: string): void {
  for (const m of text.matchAll(MONTH_DATE)) {
    const [whole, modifier, , dayToken, monthName = '', yearToken] = m;
    if (!dayToken && !yearToken) continue;
    const start = m.index;
    const end = start + whole.length;
    const key = normalizeKey(monthName);
    const day = dayToken ? Number(dayToken) : null;
    const solarMonth = SOLAR.get(key);
    const gregorianMonth = GREGORIAN.get(key);
    const lunarMonth = LUNAR.get(key);
    if (solarMonth !== undefined) {
      let jy = yearToken ? solarYear(yearToken) : null;
      if (!yearToken) {
        if (!ctx.publication) {
          ctx.problems.push({ start, end, ruleId: 'relative-without-publication' });
          continue;
        }
        jy = solarYearFromPublication(ctx.publication, solarMonth, day ?? 1);
      }
      if (jy === null) continue;
      if (day !== null) {
        if (solarIsValid(jy, solarMonth, day))
          push(ctx, start, end, dayTime(solarToYmd(jy, solarMonth, day)), 'solar_hijri');
        continue;
      }
      const p = part(modifier, 'month');
      push(
        ctx,
        start,
        end,
        p
          ? solarDaysTime(jy, solarMonth, p[0] ?? 1, p[1] ?? 31, 'range')
          : solarMonthsTime(jy, solarMonth, solarMonth, 'month'),
        'solar_hijri',
      );
    } else if (gregorianMonth !== undefined) {
      // "مه" and "می" are also common words: a Persian Gregorian month needs a four-digit year or a day.
      let year = yearToken && yearToken.length === 4 ? Number(yearToken) : null;
      if (yearToken && (yearToken.length !== 4 || !isGregorianYear(Number(yearToken)))) continue;
      if (year === null) {
        if (day === null) continue;
        if (!ctx.publication) {
          ctx.problems.push({ start, end, ruleId: 'relative-without-publication' });
          continue;
        }
        const limit = addDays(ctx.publication, en.forwardWindowDays);
        year = compareYmd({ y: limit.y, m: gregorianMonth, d: day }, limit) > 0 ? limit.y - 1 : limit.y;
      }
      if (day !== null) {
        const ymd = { y: year, m: gregorianMonth, d: day };
        if (isValidYmd(ymd)) push(ctx, start, end, dayTime(ymd), 'gregorian');
        continue;
      }
      const p = part(modifier, 'month');
      const last = daysInMonth(year, gregorianMonth);
      push(
        ctx,
        start,
        end,
        p
          ? time(
              { y: year, m: gregorianMonth, d: Math.min(p[0] ?? 1, last) },
              { y: year, m: gregorianMonth, d: Math.min(p[1] ?? 31, last) },
              'range',
            )
          : monthTime(year, gregorianMonth),
        'gregorian',
      );
    } else if (lunarMonth !== undefined) {
      const hy = yearToken?.length === 4 ? Number(yearToken) : null;
      if (hy === null || hy < fa.lunarYearRange.min || hy > fa.lunarYearRange.max) continue;
      const t = day !== null ? lunarToYmd(hy, lunarMonth, day) : null;
      const resolved = day !== null ? (t ? dayTime(t) : null) : lunarMonthTime(hy, lunarMonth);
      if (!resolved) ctx.problems.push({ start, end, ruleId: 'unconvertible-lunar-date' });
      push(ctx, start, end, resolved, 'lunar_hijri');
    }
  }
}

function seasonDate(ctx: Context, text: string): void {
  for (const m of text.matchAll(SEASON_DATE)) {
    const [whole, modifier, season = '', yearToken = '', marker] = m;
    const months = SEASONS.get(normalizeKey(season));
    if (!months) continue;
    const p = part(modifier, 'season');
    const n = Number(yearToken);
    const [from = 1, to = 3] = months;
    if (yearToken.length === 4 && isGregorianYear(n) && markerKind(marker) !== 'solar') {
      const [gFrom = 1, gTo = 1] = EN_SEASONS[SEASON_BY_SOLAR_MONTH[from] ?? 'spring'] ?? [];
      const t = p ? monthsFrom(n, gFrom, p[0] ?? 1, p[1] ?? 3, 'range') : monthSpan(n, gFrom, gTo, 'season');
      push(ctx, m.index, m.index + whole.length, t, 'gregorian');
      continue;
    }
    const jy = solarYear(yearToken);
    if (jy === null) continue;
    const t = p
      ? solarMonthsTime(jy, from + (p[0] ?? 1) - 1, from + (p[1] ?? 3) - 1, 'range')
      : solarMonthsTime(jy, from, to, 'season');
    push(ctx, m.index, m.index + whole.length, t, 'solar_hijri');
  }
}

function decade(ctx: Context, text: string): void {
  for (const m of text.matchAll(DECADE)) {
    const [whole, modifier, token = '', marker] = m;
    const word = DECADE_WORDS.get(normalizeKey(token));
    const n = word ?? Number(token);
    if (n % 10 !== 0) continue;
    const kind = markerKind(marker);
    const p = part(modifier, 'decade');
    const [a, b] = p ? [p[0] ?? 0, p[1] ?? 9] : [0, 9];
    const precision = p ? 'range' : 'decade';
    let first: number;
    let gregorian: boolean;
    if (token.length === 4) {
      gregorian = isGregorianYear(n);
      first = n;
      if (!gregorian && solarYear(token) === null) continue;
    } else {
      gregorian = kind === 'gregorian';
      first = gregorian ? 1900 + n : 1300 + n;
    }
    const t = gregorian
      ? time({ y: first + a, m: 1, d: 1 }, { y: first + b, m: 12, d: 31 }, precision)
      : solarYearsTime(first + a, first + b, precision);
    push(ctx, m.index, m.index + whole.length, t, gregorian ? 'gregorian' : 'solar_hijri');
  }
}

function wordBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 24), index).trimEnd();
  return /([\p{L}\p{M}\u200c]+)$/u.exec(before)?.[1] ?? '';
}

function wordAfter(text: string, index: number): string {
  return /^[\s\u200c]*([\p{L}\p{M}]+)/u.exec(text.slice(index, index + 24))?.[1] ?? '';
}

function year(ctx: Context, text: string): void {
  for (const m of text.matchAll(YEAR)) {
    const [whole, modifier, yearWord, token = '', marker] = m;
    const start = m.index;
    const end = start + whole.length;
    const kind = markerKind(marker);
    const n = Number(token);
    if (!yearWord && !kind && token.length === 2) continue;
    if (VETO.has(wordBefore(text, start)) || COUNT_NOUNS.has(wordAfter(text, end))) continue;
    if (!yearWord && !kind && !PERSIAN_LETTER.test(text)) continue;
    const p = part(modifier, 'year');
    const precision = p ? 'range' : 'year';
    if (kind === 'lunar') continue;
    if (kind === 'gregorian' || (token.length === 4 && isGregorianYear(n) && kind !== 'solar')) {
      if (!isGregorianYear(n)) continue;
      const t = p
        ? time({ y: n, m: p[0] ?? 1, d: 1 }, { y: n, m: p[1] ?? 12, d: daysInMonth(n, p[1] ?? 12) }, 'range')
        : yearTime(n);
      push(ctx, start, end, t, 'gregorian');
      continue;
    }
    const jy = solarYear(token);
    if (jy === null) continue;
    push(
      ctx,
      start,
      end,
      p ? solarMonthsTime(jy, p[0] ?? 1, p[1] ?? 12, precision) : solarYearsTime(jy, jy, 'year'),
      'solar_hijri',
    );
  }
}

function relative(ctx: Context, text: string): void {
  for (const m of text.matchAll(RELATIVE_PHRASE)) {
    const rule = RELATIVE.get(normalizeKey(m[1] ?? ''));
    const start = m.index;
    const end = start + m[0].length;
    if (!rule) continue;
    const pub = ctx.publication;
    if (!pub) {
      ctx.problems.push({ start, end, ruleId: 'relative-without-publication' });
      continue;
    }
    const solar = ymdToSolar(pub);
    let t: Time;
    if (rule.unit === 'day') t = dayTime(addDays(pub, rule.offset));
    else if (rule.unit === 'week') {
      // The Persian week runs Saturday to Friday.
      const saturday = addDays(pub, -((weekday(pub) + 1) % 7) + 7 * rule.offset);
      t = time(saturday, addDays(saturday, 6), 'week');
    } else if (rule.unit === 'month') {
      const index = solar.jy * 12 + solar.jm - 1 + rule.offset;
      const jy = Math.floor(index / 12);
      t = solarMonthsTime(jy, index - jy * 12 + 1, index - jy * 12 + 1, 'month');
    } else t = solarYearsTime(solar.jy + rule.offset, solar.jy + rule.offset, 'year');
    push(ctx, start, end, t, 'solar_hijri');
  }
}

function latin(ctx: Context, text: string): void {
  for (const m of text.matchAll(LATIN_DATE)) {
    const [whole, dayToken, name = '', yearToken] = m;
    const jm = LATIN_MONTHS[name];
    if (jm === undefined) continue;
    if (!yearToken && (!dayToken || AMBIGUOUS_LATIN.has(name))) continue;
    if (AMBIGUOUS_LATIN.has(name) && !dayToken) continue;
    const start = m.index;
    const end = start + whole.length;
    const day = dayToken ? Number(dayToken) : null;
    let jy = yearToken ? Number(yearToken) : null;
    if (jy === null) {
      if (!ctx.publication) {
        ctx.problems.push({ start, end, ruleId: 'relative-without-publication' });
        continue;
      }
      jy = solarYearFromPublication(ctx.publication, jm, day ?? 1);
    }
    if (day === null) push(ctx, start, end, solarMonthsTime(jy, jm, jm, 'month'), 'solar_hijri');
    else if (solarIsValid(jy, jm, day))
      push(ctx, start, end, dayTime(solarToYmd(jy, jm, day)), 'solar_hijri');
  }
}

/** Longest first among overlapping candidates, then joined into ranges ("از ۱۳۶۰ تا ۱۳۶۷"). */
function settle(text: string, candidates: PersianDate[]): PersianDate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: PersianDate[] = [];
  for (const c of sorted) {
    const last = kept[kept.length - 1];
    if (!last || c.start >= last.end) kept.push(c);
    else if (c.end - c.start > last.end - last.start) kept[kept.length - 1] = c;
  }
  const out: PersianDate[] = [];
  for (const c of kept) {
    const prev = out[out.length - 1];
    if (prev && prev.calendar === c.calendar && prev.time.start <= c.time.end) {
      const between = text.slice(prev.end, c.start);
      const opener = OPENER.exec(text.slice(Math.max(0, prev.start - 8), prev.start));
      const joins = RANGE_JOIN.test(between) || (AND_JOIN.test(between) && opener?.[1] === 'بین');
      if (joins) {
        const start = opener ? prev.start - opener[0].length : prev.start;
        out[out.length - 1] = {
          start,
          end: c.end,
          calendar: c.calendar,
          time: { start: prev.time.start, end: c.time.end, precision: 'range' },
        };
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

/** Persian-script and transliterated Solar Hijri dates in one sentence of analysis text. */
export function findPersianDates(
  text: string,
  publication: Ymd | null,
): { dates: PersianDate[]; problems: PersianProblem[] } {
  const ctx: Context = { publication, found: [], problems: [] };
  if (PERSIAN_LETTER.test(text)) {
    monthDate(ctx, text);
    seasonDate(ctx, text);
    decade(ctx, text);
    year(ctx, text);
    relative(ctx, text);
  }
  if (/[A-Z][a-z]/.test(text)) latin(ctx, text);
  return { dates: settle(text, ctx.found), problems: ctx.problems };
}
