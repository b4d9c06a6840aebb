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
  dayOfMonth,
  daysInMonth,
  dayTime,
  isValidYmd,
  lunarMonthTime,
  lunarToYmd,
  monthSpan,
  monthsFrom,
  monthTime,
  parseIso,
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
import { escapeRegExp } from '../../../core/regexp.js';

export interface PersianDate {
  readonly start: number;
  readonly end: number;
  readonly time: Time;
  readonly calendar: Calendar;
}

/** What a weekday or a counted phrase is read against, known only once earlier finds are settled. */
interface Reference {
  readonly publication: Ymd | null;
  /** The most recent day-precision date before this sentence. */
  readonly anchor: Ymd | null;
  /** The last day-precision date earlier in this sentence. */
  readonly sentenceDay: Ymd | null;
}

/** A find whose day depends on what precedes it; null drops it. */
type Later = (reference: Reference) => Time | null;

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly time: Time | null;
  readonly later?: Later;
  readonly calendar: Calendar;
}

export interface PersianProblem {
  readonly start: number;
  readonly end: number;
  readonly ruleId: 'relative-without-publication' | 'unconvertible-lunar-date';
}

/** Alternation that also accepts a space where the rules write a zero-width non-joiner. */
const alternation = (keys: Iterable<string>): string =>
  [...keys]
    .sort((a, b) => b.length - a.length)
    .map((k) => escapeRegExp(k).replace(/\u200c| /g, '[\\s\\u200c]?'))
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
const WEEKDAYS = table<number>(fa.weekdays);
const DAY_PREFIX_OFFSETS = table<number>(fa.dayPrefixes.offsets);
const WEEKDAY_RELATIONS = table<string>(fa.weekdayRelations.words);
const WEEKDAY_VETO = new Set(fa.weekdayVetoBefore.map(normalizeKey));
const ANCHORED = table<number>(fa.anchoredPhrases.phrases);
const UNITS = table<string>(fa.countedRelative.units);
const NUMBER_WORDS = table<number>(fa.numberWords);
const YEAR_BEFORE = new Set(fa.yearContext.before.map(normalizeKey));
const EVENT_NOUNS = new Set(fa.yearContext.eventNouns.map(normalizeKey));
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
const PREFIXES = `(?:(?:${alternation(fa.dayPrefixes.words)})${S}){0,2}`;
const WEEKDAY_NAMES = alternation(Object.keys(fa.weekdays));
const MONTH_NAMES = alternation([
  ...Object.keys(fa.solarMonths),
  ...Object.keys(fa.gregorianMonths),
  ...Object.keys(fa.lunarMonths),
]);

const MONTH_DATE = new RegExp(
  `${L}${MOD}${PREFIXES}(?:(${WEEKDAY_NAMES})${S0}(?:[،,]${S0})?)?(?:(\\d{1,2})${S})?(${MONTH_NAMES})(?:${S0}ماه)?(?:${S}(?:${YEAR_WORD}${S})?(\\d{4}|\\d{2})(?!\\d))?${MARKER}${R}`,
  'gu',
);
const SOLAR_MONTH_NAMES = alternation(Object.keys(fa.solarMonths));
const LINK = `${S0}(${alternation([...fa.rangeConnectors.always, ...fa.rangeConnectors.afterBetween])})${S0}`;
const SOLAR_YEAR_TOKEN = `(?:${S}(?:${YEAR_WORD}${S})?(\\d{4}|\\d{2})(?!\\d))`;
/** "۱۵ تا ۱۸ آبان ۹۸", "بین ۱۵ و ۱۸ آبان": days of one Solar Hijri month. */
const DAY_SPAN = new RegExp(
  `${L}(?:(${alternation(fa.rangeConnectors.openers)})${S})?(\\d{1,2})${LINK}(\\d{1,2})${S}(${SOLAR_MONTH_NAMES})${SOLAR_YEAR_TOKEN}?${R}`,
  'gu',
);
/** "از اوایل مهر تا اواخر آبان ۱۴۰۱": months of a Solar Hijri range that names a year. */
const MONTH_SPAN = new RegExp(
  `${L}(?:(${alternation(fa.rangeConnectors.openers)})${S})?${MOD}(${SOLAR_MONTH_NAMES})${SOLAR_YEAR_TOKEN}?${LINK}${MOD}(${SOLAR_MONTH_NAMES})${SOLAR_YEAR_TOKEN}?${R}`,
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
// The weekday needs its own boundary: ZWNJ joins "سه‌شنبه", so "شنبه" after it is not a word.
const WEEKDAY = new RegExp(
  `(?<![\\p{L}\\p{N}\\p{M}\\u200c])(${PREFIXES})(${WEEKDAY_NAMES})(?:${S}(${alternation(Object.keys(fa.weekdayRelations.words))}))?${R}`,
  'gu',
);
const ANCHORED_PHRASE = new RegExp(
  `${L}${PREFIXES}(${alternation(Object.keys(fa.anchoredPhrases.phrases))})${R}`,
  'gu',
);
const NUMBER_WORD = alternation(Object.keys(fa.numberWords));
const COUNTED = new RegExp(
  `${L}(\\d{1,3}|(?:${NUMBER_WORD})(?:${S}و${S}(?:${NUMBER_WORD})){0,2})${S}(${alternation(Object.keys(fa.countedRelative.units))})${S}(?:(${alternation(fa.countedRelative.after)})|(${alternation(fa.countedRelative.before)})|(${alternation(fa.countedRelative.later)})|(${alternation(fa.countedRelative.ago)}))(?:${S}(${alternation(fa.countedRelative.anchorNouns)}))?${R}`,
  'gu',
);
const APPROXIMATE_BEFORE = new RegExp(`(?:${alternation(fa.countedRelative.approximateBefore)})${S}$`, 'u');
const FUTURE_CUE = new RegExp(`(?:${alternation(fa.futureCues.words)})`, 'u');
const CLAUSE_END = new Set(fa.futureCues.clauseEnds);
const LATIN_DATE = new RegExp(
  `(?<![A-Za-z0-9])(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?(${Object.keys(LATIN_MONTHS).map(escapeRegExp).join('|')})(?:,?\\s+(1[2-4]\\d\\d))?(?![A-Za-z0-9])`,
  'g',
);
const LATIN_SOLAR_YEAR = new RegExp(
  `(?:(?<![A-Za-z])(?:${fa.latinSolarYears.wordsBefore.map(escapeRegExp).join('|')})\\s+(1[2-4]\\d\\d)(?!\\d)|(?<!\\d)(1[2-4]\\d\\d)\\s*(?:${fa.latinSolarYears.markersAfter.map(escapeRegExp).join('|')})(?![A-Za-z]))`,
  'g',
);
/** A cheap test before the full patterns, which most English sentences would fail slowly. */
const LATIN_MONTH = new RegExp(Object.keys(LATIN_MONTHS).map(escapeRegExp).join('|'));
const WORTH_READING = new RegExp(`[\\u0600-\\u06FF]|${LATIN_MONTH.source}|1[2-4]\\d\\d`);
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
  readonly found: Candidate[];
  readonly problems: PersianProblem[];
}

function push(ctx: Context, start: number, end: number, t: Time | null, calendar: Calendar): void {
  if (t) ctx.found.push({ start, end, time: t, calendar });
}

function pushLater(ctx: Context, start: number, end: number, later: Later): void {
  ctx.found.push({ start, end, time: null, later, calendar: 'gregorian' });
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
              { y: year, m: gregorianMonth, d: dayOfMonth(p[0] ?? 1, last) },
              { y: year, m: gregorianMonth, d: dayOfMonth(p[1] ?? 31, last) },
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

/** "و" joins two days into a range only after "بین"; "تا" and dashes always do. */
function isRangeLink(link: string | undefined, opener: string | undefined): boolean {
  return !fa.rangeConnectors.afterBetween.includes(link ?? '') || opener === 'بین';
}

function daySpan(ctx: Context, text: string): void {
  for (const m of text.matchAll(DAY_SPAN)) {
    const [whole, opener, first = '', link, last = '', monthName = '', yearToken] = m;
    const jm = SOLAR.get(normalizeKey(monthName));
    const d1 = Number(first);
    const d2 = Number(last);
    if (jm === undefined || d1 >= d2 || !isRangeLink(link, opener)) continue;
    const jy = yearToken
      ? solarYear(yearToken)
      : ctx.publication && solarYearFromPublication(ctx.publication, jm, d1);
    if (!jy || !solarIsValid(jy, jm, d1)) continue;
    push(ctx, m.index, m.index + whole.length, solarDaysTime(jy, jm, d1, d2, 'range'), 'solar_hijri');
  }
}

function solarMonthSpan(ctx: Context, text: string): void {
  for (const m of text.matchAll(MONTH_SPAN)) {
    const [whole, opener, mod1, name1 = '', year1, link, mod2, name2 = '', year2] = m;
    const m1 = SOLAR.get(normalizeKey(name1));
    const m2 = SOLAR.get(normalizeKey(name2));
    if (m1 === undefined || m2 === undefined || (!year1 && !year2) || !isRangeLink(link, opener)) continue;
    const endYear = solarYear(year2 ?? year1 ?? '');
    if (endYear === null) continue;
    const startYear = year1 ? solarYear(year1) : m1 <= m2 ? endYear : endYear - 1;
    if (startYear === null) continue;
    const p1 = part(mod1, 'month');
    const p2 = part(mod2, 'month');
    const start = solarDaysTime(startYear, m1, p1?.[0] ?? 1, p1?.[0] ?? 1, 'day');
    const end = solarDaysTime(endYear, m2, p2?.[1] ?? 31, p2?.[1] ?? 31, 'day');
    if (start.start > end.end) continue;
    push(
      ctx,
      m.index,
      m.index + whole.length,
      time(parseIso(start.start), parseIso(end.end), 'range'),
      'solar_hijri',
    );
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

const WORD_CHAR = /[\p{L}\p{M}\u200c]/u;

/** The word just before `index` (white space skipped), at most 24 characters back. */
function wordBefore(text: string, index: number): string {
  const limit = Math.max(0, index - 24);
  let end = index;
  while (end > limit && /\s/.test(text[end - 1] ?? '')) end--;
  let start = end;
  while (start > limit && WORD_CHAR.test(text[start - 1] ?? '')) start--;
  return text.slice(start, end);
}

function wordAfter(text: string, index: number): string {
  return /^[\s\u200c]*([\p{L}\p{M}]+)/u.exec(text.slice(index, index + 24))?.[1] ?? '';
}

/** Whether a number with no سال and no calendar marker reads as a year where it stands. */
function isBareYear(
  text: string,
  start: number,
  end: number,
  token: string,
  modifier: string | undefined,
): boolean {
  const before = normalizeKey(wordBefore(text, start));
  if (EVENT_NOUNS.has(before)) return true;
  if (token.length === 2) return false;
  if (modifier || YEAR_BEFORE.has(before)) return true;
  // The second year of a range ("۱۳۶۰ تا ۱۳۶۷") is read with the first, in settle().
  return /^[\s\u200c]*(?:تا|-|–|و)[\s\u200c]*\d{4}/u.test(text.slice(end, end + 12));
}

function year(ctx: Context, text: string): void {
  for (const m of text.matchAll(YEAR)) {
    const [whole, modifier, yearWord, token = '', marker] = m;
    const start = m.index;
    const end = start + whole.length;
    const kind = markerKind(marker);
    const n = Number(token);
    if (!yearWord && !kind && !isBareYear(text, start, end, token, modifier)) continue;
    if (VETO.has(wordBefore(text, start)) || COUNT_NOUNS.has(wordAfter(text, end))) continue;
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

/** The day with weekday `wd` nearest `from`, going forward (+1) or back (-1), `from` included. */
function weekdayFrom(from: Ymd, wd: number, direction: 1 | -1): Ymd {
  const delta = direction === 1 ? (wd - weekday(from) + 7) % 7 : -((weekday(from) - wd + 7) % 7);
  return addDays(from, delta);
}

/** Persian puts the verb last: a future verb after the weekday, before the clause ends. */
function speaksOfFuture(text: string, start: number, end: number): boolean {
  const after: string[] = [];
  for (const word of text
    .slice(end, end + 120)
    .split(/[\s\u200c]+|(?=[،,.:؛«])/u)
    .filter(Boolean)) {
    if (CLAUSE_END.has(word) || CLAUSE_END.has(word.charAt(0))) break;
    after.push(word);
    if (after.length >= fa.futureCues.windowWords) break;
  }
  const before = text.slice(Math.max(0, start - 40), start);
  return FUTURE_CUE.test(after.join(' ')) || FUTURE_CUE.test(before);
}

/** "نماز جمعه" (Friday prayers) and «جمعه خونین» (a name in guillemets) are not days. */
function isNameOrVetoed(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 24), index).trimEnd();
  return WEEKDAY_VETO.has(before.slice(-1)) || WEEKDAY_VETO.has(normalizeKey(wordBefore(text, index)));
}

/** "روز شنبه", "پنجشنبه گذشته", "امروز چهارشنبه": a weekday, with no date of its own. */
function weekdayDate(ctx: Context, text: string): void {
  for (const m of text.matchAll(WEEKDAY)) {
    const [whole, prefixes = '', name = '', relationWord] = m;
    const wd = WEEKDAYS.get(normalizeKey(name));
    if (wd === undefined || isNameOrVetoed(text, m.index)) continue;
    const start = m.index;
    const end = start + whole.length;
    const prefixWords = prefixes.split(/[\s\u200c]+/u).filter(Boolean);
    const offset = prefixWords
      .map((w) => DAY_PREFIX_OFFSETS.get(normalizeKey(w)))
      .find((o) => o !== undefined);
    const relation = relationWord ? WEEKDAY_RELATIONS.get(normalizeKey(relationWord)) : undefined;
    const future = speaksOfFuture(text, start, end);
    pushLater(ctx, start, end, ({ publication, sentenceDay }) => {
      if (offset !== undefined) return publication ? dayTime(addDays(publication, offset)) : null;
      if (relation === undefined && sentenceDay) return dayTime(weekdayFrom(sentenceDay, wd, 1));
      if (!publication) return null;
      if (relation === 'past') return dayTime(weekdayFrom(addDays(publication, -1), wd, -1));
      if (relation === 'future') return dayTime(weekdayFrom(addDays(publication, 1), wd, 1));
      return dayTime(weekdayFrom(publication, wd, future ? 1 : -1));
    });
  }
}

/** "عصر همان روز", "روز بعد": a day counted from the nearest earlier one. */
function anchoredPhrase(ctx: Context, text: string): void {
  for (const m of text.matchAll(ANCHORED_PHRASE)) {
    const offset = ANCHORED.get(normalizeKey(m[1] ?? ''));
    if (offset === undefined) continue;
    pushLater(ctx, m.index, m.index + m[0].length, ({ anchor, sentenceDay }) => {
      const from = sentenceDay ?? anchor;
      return from ? dayTime(addDays(from, offset)) : null;
    });
  }
}

function numberValue(token: string): number | null {
  if (/^\d+$/.test(token)) return Number(token);
  let sum = 0;
  for (const word of token.split(/[\s\u200c]+و[\s\u200c]+/u)) {
    const value = NUMBER_WORDS.get(normalizeKey(word));
    if (value === undefined) return null;
    sum += value;
  }
  return sum;
}

function shiftBy(day: Ymd, unit: string, n: number): Time | null {
  switch (unit) {
    case 'day':
      return dayTime(addDays(day, n));
    case 'week': {
      // The Persian week runs Saturday to Friday.
      const shifted = addDays(day, 7 * n);
      const saturday = addDays(shifted, -((weekday(shifted) + 1) % 7));
      return time(saturday, addDays(saturday, 6), 'week');
    }
    case 'month': {
      const solar = ymdToSolar(day);
      const index = solar.jy * 12 + solar.jm - 1 + n;
      const jy = Math.floor(index / 12);
      const jm = index - jy * 12 + 1;
      return solarMonthsTime(jy, jm, jm, 'month');
    }
    case 'year': {
      const jy = ymdToSolar(day).jy + n;
      return solarYearsTime(jy, jy, 'year');
    }
    default:
      return null;
  }
}

/**
 * "سه روز پس از حادثه", "دو روز بعد", "سی و پنج سال پیش": a count of days, weeks, months or
 * years after or before an earlier day, or before publication.
 */
function counted(ctx: Context, text: string): void {
  for (const m of text.matchAll(COUNTED)) {
    const [whole, amount = '', unitWord = '', after, before, later] = m;
    const n = numberValue(amount);
    const unit = UNITS.get(normalizeKey(unitWord));
    if (n === null || n <= 0 || !unit) continue;
    if (APPROXIMATE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    const start = m.index;
    const end = start + whole.length;
    const calendar: Calendar = unit === 'month' || unit === 'year' ? 'solar_hijri' : 'gregorian';
    ctx.found.push({
      start,
      end,
      time: null,
      calendar,
      later: ({ publication, anchor, sentenceDay }) => {
        const from = sentenceDay ?? anchor;
        if (after || later) {
          if (from) return shiftBy(from, unit, n);
          // With nothing earlier, "two days after the shooting" opens a report written two days on.
          return after && publication ? shiftBy(publication, unit, -n) : null;
        }
        if (before) return from ? shiftBy(from, unit, -n) : null;
        return publication ? shiftBy(publication, unit, -n) : null;
      },
    });
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
    // Days and weeks are the same in both calendars; months and years here are Solar Hijri ones.
    push(ctx, start, end, t, rule.unit === 'day' || rule.unit === 'week' ? 'gregorian' : 'solar_hijri');
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

/** "1367 SH", "the Iranian year 1367": a Solar Hijri year in Latin-script text. */
function latinYear(ctx: Context, text: string): void {
  for (const m of text.matchAll(LATIN_SOLAR_YEAR)) {
    const jy = Number(m[1] ?? m[2]);
    push(ctx, m.index, m.index + m[0].length, solarYearsTime(jy, jy, 'year'), 'solar_hijri');
  }
}

/** Longest first among overlapping candidates. */
function withoutOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const last = kept[kept.length - 1];
    if (!last || c.start >= last.end) kept.push(c);
    else if (c.end - c.start > last.end - last.start) kept[kept.length - 1] = c;
  }
  return kept;
}

/** Gives weekdays and counted phrases their day, in text order, each seeing the days before it. */
function resolveInOrder(candidates: Candidate[], outer: Omit<Reference, 'sentenceDay'>): PersianDate[] {
  const out: PersianDate[] = [];
  let sentenceDay: Ymd | null = null;
  for (const c of candidates) {
    const t = c.time ?? c.later?.({ ...outer, sentenceDay }) ?? null;
    if (!t) continue;
    out.push({ start: c.start, end: c.end, time: t, calendar: c.calendar });
    if (t.precision === 'day') sentenceDay = parseIso(t.start);
  }
  return out;
}

/** Joins neighbours into ranges ("از ۱۳۶۰ تا ۱۳۶۷", "بین ۱۳۶۰ و ۱۳۶۷"). */
function joinRanges(text: string, kept: PersianDate[]): PersianDate[] {
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

/**
 * Persian-script and transliterated Solar Hijri dates in one sentence of analysis text.
 * `anchor` is the most recent day-precision date before this sentence.
 */
export function findPersianDates(
  text: string,
  publication: Ymd | null,
  anchor: Ymd | null = null,
): { dates: PersianDate[]; problems: PersianProblem[] } {
  const ctx: Context = { publication, found: [], problems: [] };
  if (!WORTH_READING.test(text)) return { dates: [], problems: [] };
  if (PERSIAN_LETTER.test(text)) {
    monthDate(ctx, text);
    daySpan(ctx, text);
    solarMonthSpan(ctx, text);
    seasonDate(ctx, text);
    decade(ctx, text);
    year(ctx, text);
    relative(ctx, text);
    weekdayDate(ctx, text);
    anchoredPhrase(ctx, text);
    counted(ctx, text);
  }
  if (LATIN_MONTH.test(text)) latin(ctx, text);
  latinYear(ctx, text);
  const dates = resolveInOrder(withoutOverlaps(ctx.found), { publication, anchor });
  return { dates: joinRanges(text, dates), problems: ctx.problems };
}
