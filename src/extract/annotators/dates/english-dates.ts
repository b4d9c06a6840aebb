/**
 * English (Gregorian) dates in one sentence: chrono's results, read for their precision, then
 * narrowed by modifiers ("late", "towards the end of") and counted parts ("the first week of
 * 2021", "the week of April 10"), and joined into ranges ("between 1979 and 1981", "Dec 2017 /
 * Jan 2018", "November and December 1988", "between now and March") or lists that share a year
 * ("March, May and June 2018", "on 18 and 19 June").
 *
 * Resolution: dates without a year take the most recent one on or before publication (a short
 * look ahead allowed); a bare weekday is the one on or after an earlier day in the same sentence,
 * else the most recent one on or before publication unless the words before it speak of the
 * future; "three days later" forms count from the nearest earlier day in the document.
 * @module
 */
import type { Chrono, ParsedComponents, ParsedResult } from 'chrono-node';
import type { Time } from '../../../core/types.js';
import rules from '../../rules/dates.json' with { type: 'json' };
import {
  addDays,
  addMonths,
  compareYmd,
  dayOfMonth,
  daysInMonth,
  dayTime,
  iso,
  monthsFrom,
  monthTime,
  parseIso,
  time,
  weekday,
  weekTime,
  yearTime,
  type Ymd,
} from './_calendar.js';
import { cueWindows, type CueKind, type CueWindow } from './_english-cues.js';
import {
  ANCHORED,
  COUNTED_FROM_REFERENCE,
  createEnglishChrono,
  createNarrowChrono,
  mayReadReference,
  periods,
  SAME_AS_BEFORE,
} from './english-chrono.js';
import { escapeRegExp } from '../../../core/regexp.js';

/** A date found in a sentence; offsets are relative to the sentence. */
export interface SentenceDate {
  readonly start: number;
  readonly end: number;
  readonly time: Time;
  /** Month (and day) when the year was taken from publication, so a range can lend another. */
  readonly impliedYear: { readonly m: number; readonly d: number | null } | null;
  /** The modifier applied ("late", "end"), re-applied when the year changes. */
  readonly part: string | null;
}

/** A relative date that could not be resolved because there is no publication date. */
export interface Unresolved {
  readonly start: number;
  readonly end: number;
}

export interface EnglishState {
  /** Publication day, or null when unknown. */
  readonly publication: Ymd | null;
  /** The most recent day-precision date seen so far in the document. */
  anchor: Ymd | null;
  /**
   * The most recent English date seen so far in the document, and the most recent whose year
   * was not taken from publication.
   */
  last: { readonly any: Time; readonly withYear: Time | null } | null;
}

const engine = createEnglishChrono();
const narrowEngines = new Map<number, Chrono>();

const KIND_BITS = new Map((Object.keys(rules.cues.parsers) as CueKind[]).map((kind, i) => [kind, 1 << i]));
/** One number per set of kinds: windows ask for their engine thousands of times a document. */
function kindsKey(kinds: ReadonlySet<CueKind>): number {
  let key = 0;
  for (const kind of kinds) key |= KIND_BITS.get(kind) ?? 0;
  return key;
}
const parsersFor = (kinds: ReadonlySet<CueKind>): string[] =>
  [...kinds].flatMap((k) => rules.cues.parsers[k]);

/** The chrono for a window with cues of `kinds`, built on first use. */
function engineFor(kinds: ReadonlySet<CueKind>): Chrono {
  const key = kindsKey(kinds);
  const known = narrowEngines.get(key);
  if (known) return known;
  const built = createNarrowChrono(new Set(parsersFor(kinds)));
  narrowEngines.set(key, built);
  return built;
}

/**
 * Whether some parser for the cues of `window` may read the reference day there. Of the parsers
 * for years, decades and seasons only the quarter's ("last quarter") does, and it finds nothing
 * in most windows of years.
 */
function windowReadsReference(sentence: string, window: CueWindow): boolean {
  const text = sentence.slice(window.start, window.end);
  return parsersFor(window.kinds).some((name) => mayReadReference(name, text));
}

// Two unrelated reference days: a result that resolves the same against both needs none.
const PROBE_A: Ymd = { y: 2001, m: 6, d: 15 };
const PROBE_B: Ymd = { y: 2011, m: 2, d: 9 };

const alternation = (keys: Iterable<string>): string =>
  [...keys]
    .sort((a, b) => b.length - a.length)
    .map((k) => escapeRegExp(k).replace(/ /g, '\\s+'))
    .join('|');
const wordsRegex = (list: readonly string[], flags = 'i'): RegExp =>
  new RegExp(`(?<![A-Za-z])(?:${alternation(list)})(?![A-Za-z])`, flags);

const FORWARD_WORDS = wordsRegex(rules.anchorWords.forward);
const BACKWARD_WORDS = wordsRegex(rules.anchorWords.backward);
const AFTER_OR_BEFORE = /(?<![A-Za-z])(after|before)(?![A-Za-z])/i;
/** "3 days after January 12th": chrono joined the count to a date of its own. */
const NAMES_ITS_DATE = /(?<![A-Za-z])(?:after|before|later|earlier)\s+\S/i;
const PEG_BEFORE = new RegExp(`(?:${alternation(rules.newsPegVerbs.words)})\\s+(?:\\w+\\s+)?$`, 'i');
const DURATION = new RegExp(`^(?:${alternation(rules.durationOpeners.words)})\\s`, 'i');
const APPROXIMATE_BEFORE = new RegExp(
  `(?<![A-Za-z])(?:${alternation(rules.approximateBefore.words)})\\s+$`,
  'i',
);
const NOT_ALONE = new Set(rules.notDatesAlone.words);
const NOT_ALONE_LOWERCASE = new Set(rules.notDatesAlone.lowercase);
const FUTURE_CUE = wordsRegex(rules.futureCues.words);
const WEEKDAY_MODIFIER = /(?<![A-Za-z])(?:last|next|this|past|previous|coming|following)(?![A-Za-z])/i;
const MODIFIER_PHRASES: Readonly<Record<string, string>> = rules.modifiers.phrases;
const MODIFIER_BEFORE = new RegExp(
  `(?:^|[^A-Za-z])(${alternation(Object.keys(MODIFIER_PHRASES))})(?:\\s+the(\\s+year)?)?[\\s-]*$`,
  'i',
);
const PARTS: Readonly<Record<string, Readonly<Record<string, readonly number[]>>>> = rules.modifiers.parts;
// "from the 1980s to the 2000s": the second date may take "the" after the connector.
const CONNECTOR = new RegExp(`^\\s*(?:${alternation(rules.rangeConnectors.always)})(?:\\s+the)?\\s*$`, 'i');
const AND_CONNECTOR = new RegExp(
  `^\\s*(?:${alternation(rules.rangeConnectors.afterBetween)})(?:\\s+the)?\\s*$`,
  'i',
);
const RANGE_OPENER = new RegExp(
  `(?:^|[^A-Za-z])(${alternation(rules.rangeConnectors.openers)})\\s+(?:the\\s+)?$`,
  'i',
);
const CONNECTOR_INSIDE = new RegExp(
  `\\s(?:${alternation(rules.rangeConnectors.always)}|${alternation(rules.rangeConnectors.afterBetween)})\\s|\\d[-–]\\d|[A-Za-z][-–/][A-Za-z]`,
  'i',
);
const YEAR_OF = new RegExp(`^\\s*,?\\s*(?:${alternation(rules.rangeConnectors.yearOf)})\\s+$`, 'i');
const ABBREVIATED_END = new RegExp(
  `(?<![A-Za-z])(?:${alternation(Object.keys(rules.months.abbreviations))})\\.$`,
  'i',
);
const LEADING = new RegExp(`^(?:${alternation(rules.leadingWordsToTrim)})\\s+`, 'i');

// A document's windows are read against one day, and a local-time Date costs a time-zone lookup;
// chrono only reads the reference Date, copying it before any change.
let lastRef: { readonly day: Ymd; readonly date: Date } | null = null;

function refDate(day: Ymd): Date {
  if (lastRef && compareYmd(lastRef.day, day) === 0) return lastRef.date;
  const date = new Date(2000, day.m - 1, day.d, 12);
  date.setFullYear(day.y);
  lastRef = { day: { ...day }, date };
  return date;
}

/** The most recent (month, day) on or before `ref`, allowing a short look ahead. */
function recentYear(m: number, d: number, ref: Ymd): number {
  const limit = addDays(ref, rules.forwardWindowDays);
  return compareYmd({ y: ref.y, m, d }, limit) > 0 ? ref.y - 1 : ref.y;
}

type Resolved = Omit<SentenceDate, 'start' | 'end' | 'part'>;

function componentTime(
  c: ParsedComponents,
  ref: Ymd,
  yearHint: number | null,
): { time: Time; implied: SentenceDate['impliedYear'] } | null {
  const period = periods.get(c);
  if (period) return { time: period, implied: null };
  const known = (k: 'year' | 'month' | 'day' | 'weekday'): boolean => c.isCertain(k);
  const month = c.get('month') ?? 1;
  const day = c.get('day') ?? 1;
  const relative = c.tags().has('result/relativeDate');
  let year = c.get('year') ?? ref.y;
  let implied: SentenceDate['impliedYear'] = null;
  if (known('month') && !known('year') && !relative) {
    year = yearHint ?? recentYear(month, known('day') ? day : 1, ref);
    implied = { m: month, d: known('day') ? day : null };
  }
  if (known('day') || (known('weekday') && !known('month'))) {
    if (day > daysInMonth(year, month)) return null;
    return { time: dayTime({ y: year, m: month, d: day }), implied };
  }
  if (known('month')) return { time: monthTime(year, month), implied };
  if (known('year')) return { time: yearTime(year), implied: null };
  return null;
}

function resultTime(result: Parsed, ref: Ymd): Resolved | null {
  const end = result.end;
  let hint: number | null = null;
  if (end && end.isCertain('year') && !result.start.isCertain('year') && result.start.isCertain('month')) {
    const endYear = end.get('year') ?? ref.y;
    hint = (result.start.get('month') ?? 1) > (end.get('month') ?? 12) ? endYear - 1 : endYear;
  }
  const first = componentTime(result.start, ref, hint);
  if (!first) return null;
  if (!end) return { time: first.time, impliedYear: first.implied };
  const startYear = Number(first.time.start.slice(0, 4));
  let endHint: number | null = null;
  if (!end.isCertain('year') && end.isCertain('month')) {
    endHint = (end.get('month') ?? 1) < (result.start.get('month') ?? 1) ? startYear + 1 : startYear;
  }
  const last = componentTime(end, ref, endHint);
  if (!last || last.time.end < first.time.start) return { time: first.time, impliedYear: first.implied };
  return { time: time(parseIso(first.time.start), parseIso(last.time.end), 'range'), impliedYear: null };
}

/** What sanad reads of a chrono result; `index` is relative to the sentence. */
interface Parsed {
  readonly index: number;
  readonly text: string;
  readonly start: ParsedComponents;
  readonly end: ParsedComponents | undefined;
  /** chrono builds its tags anew on every call; they no longer change once it has returned. */
  readonly tags: ReadonlySet<string>;
}

/** chrono's results in `text`, with `offset` added to their index. */
function parseAt(text: string, ref: Ymd, chosen: Chrono = engine, offset = 0): Parsed[] {
  try {
    return chosen.parse(text, refDate(ref), { forwardDate: false }).map((r) => view(r, offset));
  } catch {
    return [];
  }
}

function view(r: ParsedResult, offset: number): Parsed {
  return {
    index: offset + r.index,
    text: r.text,
    start: r.start,
    end: r.end,
    tags: r.tags(),
  };
}

/** chrono's results in `windows` of `sentence`, with offsets into the sentence. */
function parseWindows(sentence: string, windows: readonly CueWindow[], ref: Ymd): Parsed[] {
  const results: Parsed[] = [];
  for (const w of windows) {
    results.push(...parseAt(sentence.slice(w.start, w.end), ref, engineFor(w.kinds), w.start));
  }
  return results;
}

const CASUAL_PARSER = 'parser/ENCasualDateParser';

/**
 * "today", "yesterday", "last night": chrono's casual words, every field of which is taken from
 * the reference day, and which no other parser reads. Like a period sanad counts from that day
 * (see COUNTED_FROM_REFERENCE), such a result never resolves the same against another day.
 */
function isCasualWord(tags: ReadonlySet<string>): boolean {
  if (!tags.has(CASUAL_PARSER)) return false;
  for (const tag of tags) if (tag !== CASUAL_PARSER && !tag.startsWith('casualReference/')) return false;
  return true;
}

const MONTH_NAME_PARSERS = new Set([
  'parser/ENMonthNameParser',
  'parser/ENMonthNameMiddleEndianParser',
  'parser/ENMonthNameLittleEndianParser',
]);

/**
 * "January", "June 5", "5th of June": one of chrono's month-name parsers alone, no year written.
 * Its year is the most recent before the reference day (recentYear), so it moves with that day;
 * which words these parsers take depends on the words alone, and an equal span of another
 * parser's that reads a year from the words would have been chosen against any day.
 */
function isMonthWithoutYear(result: Parsed): boolean {
  const [tag, ...more] = result.tags;
  return (
    more.length === 0 &&
    tag !== undefined &&
    MONTH_NAME_PARSERS.has(tag) &&
    result.start.isCertain('month') &&
    !result.start.isCertain('year')
  );
}

/** chrono's parsers that assign a year only when it is written. */
const WRITTEN_YEAR_PARSERS = new Set([
  ...MONTH_NAME_PARSERS,
  'parser/ENYearMonthNameParser',
  'parser/ISOFormatParser',
  'parser/SlashDateFormatParser',
]);

/**
 * "June 5, 2019", "June 2019", "1988", "the 1980s": a single date whose year and month are written,
 * read by one parser of written dates, or a period of sanad's not counted from the reference day.
 * What it resolves to comes from its words alone, so against any day it resolves the same.
 */
function resolvesFromWords(result: Parsed): boolean {
  if (result.end) return false;
  if (result.tags.has('sanad/period')) return !result.tags.has(COUNTED_FROM_REFERENCE);
  const c = result.start;
  if (!c.isCertain('year') || !c.isCertain('month')) return false;
  const [tag, ...more] = result.tags;
  // chrono tags nothing that reads "5 June 2019" or "2019/06/05"; a weekday merged into a
  // period sanad counted from the reference day loses that period's tags, but keeps its weekday.
  if (tag === undefined) return c.isCertain('day') && !c.isCertain('weekday');
  return more.length === 0 && WRITTEN_YEAR_PARSERS.has(tag);
}

/**
 * What a result resolves to against a second reference day, when publication is unknown: a
 * result that resolves the same against both needs none. A window is read again against that
 * day only when one of its results asks, and only if its parsers read a reference day at all:
 * which words a parser takes does not depend on the reference day, so a window of years,
 * decades or seasons means the same whenever it was written.
 */
class Probe {
  /** Per window (by its position in `windows`), what its results resolve to by `index:text`; null for reference-free. */
  private readonly read = new Map<number, ReadonlyMap<string, string> | null>();

  constructor(
    private readonly sentence: string,
    private readonly windows: readonly CueWindow[],
  ) {}

  /**
   * Whether `result` resolves to `resolved` against the probe day too (or needs no reference
   * day). Results known to move with the reference day, or to stay, are answered without
   * reading; chrono hands back a missing end as null.
   */
  agrees(result: Parsed, resolved: Resolved): boolean {
    if (
      !result.end &&
      (result.tags.has(COUNTED_FROM_REFERENCE) || isCasualWord(result.tags) || isMonthWithoutYear(result))
    )
      return false;
    if (resolvesFromWords(result)) return true;
    const at = this.windows.findIndex((w) => result.index >= w.start && result.index < w.end);
    let probed = this.read.get(at);
    if (probed === undefined) {
      probed = this.readWindow(at);
      this.read.set(at, probed);
    }
    return probed === null || probed.get(`${result.index}:${result.text}`) === JSON.stringify(resolved);
  }

  private readWindow(at: number): ReadonlyMap<string, string> | null {
    const window = this.windows[at];
    if (!window || !windowReadsReference(this.sentence, window)) return null;
    const resolved = new Map<string, string>();
    for (const r of parseWindows(this.sentence, [window], PROBE_B))
      resolved.set(`${r.index}:${r.text}`, JSON.stringify(resultTime(r, PROBE_B)));
    return resolved;
  }
}

/** "Tuesday", "on Friday": a weekday with no date and no "last"/"next" of its own. */
function isBareWeekday(result: Parsed): boolean {
  const c = result.start;
  return (
    !result.tags.has('sanad/period') &&
    c.isCertain('weekday') &&
    !c.isCertain('day') &&
    !c.isCertain('month') &&
    !c.tags().has('result/relativeDate') &&
    !WEEKDAY_MODIFIER.test(result.text)
  );
}

/** The day with weekday `wd` nearest `from`, going forward (+1) or back (-1), `from` included. */
function weekdayFrom(from: Ymd, wd: number, direction: 1 | -1): Ymd {
  const delta = direction === 1 ? (wd - weekday(from) + 7) % 7 : -((weekday(from) - wd + 7) % 7);
  return addDays(from, delta);
}

function hasFutureCue(sentence: string, index: number): boolean {
  const before = sentence.slice(Math.max(0, index - 80), index).split(/\s+/);
  return FUTURE_CUE.test(before.slice(-rules.futureCues.windowWords - 1).join(' '));
}

const CUSTOM_AFTER = new RegExp(`^\\s+(?:${alternation(rules.weekdayNotADay.nounsAfter)})(?![A-Za-z])`, 'i');
const CUSTOM_BEFORE = new RegExp(
  `(?<![A-Za-z])(?:${alternation(rules.weekdayNotADay.wordsBefore)})\\s+$`,
  'i',
);

/** "Friday prayers", "every Monday": a weekday that names a custom, not a day. */
function namesACustom(sentence: string, result: Parsed): boolean {
  const end = result.index + result.text.length;
  return (
    CUSTOM_AFTER.test(sentence.slice(end, end + 24)) ||
    CUSTOM_BEFORE.test(sentence.slice(Math.max(0, result.index - 16), result.index))
  );
}

const PRESENT_DAY = new Set(rules.presentDayNotADate.words);
const PRESENT_DAY_BEFORE = new RegExp(
  `(?<![A-Za-z])(?:${alternation(rules.presentDayNotADate.wordsBefore)})\\s+$`,
  'i',
);

/** "the issue of today": the present day in general, not the day of publication. */
function namesThePresent(sentence: string, result: Parsed): boolean {
  return (
    PRESENT_DAY.has(result.text.toLowerCase()) &&
    PRESENT_DAY_BEFORE.test(sentence.slice(Math.max(0, result.index - 8), result.index))
  );
}

const DATE_NAMES = new Set([...Object.keys(rules.months.names), ...Object.keys(rules.weekdays)]);
const MONTH_BEFORE_NAME = new Set(rules.monthAsGivenName.wordsBefore);
const CAPITALIZED_AFTER = /^[ \t]+([A-Z][a-z]+)/;
const WORD_BEFORE = /([A-Za-z]+)[ \t]*$/;

/** "January Jones": a month name alone, then a capitalized word, with no word before that dates it. */
function namesAPerson(sentence: string, result: Parsed): boolean {
  if (!isMonthWithoutYear(result) || result.start.isCertain('day') || !/^[A-Z][a-z]+$/.test(result.text))
    return false;
  const end = result.index + result.text.length;
  const next = CAPITALIZED_AFTER.exec(sentence.slice(end, end + 32))?.[1];
  if (!next || DATE_NAMES.has(next.toLowerCase())) return false;
  const before = WORD_BEFORE.exec(sentence.slice(Math.max(0, result.index - 24), result.index))?.[1];
  return before === undefined || !MONTH_BEFORE_NAME.has(before.toLowerCase());
}

/** A month name, then a number of up to three digits: groups month, comma, number. */
const MONTH_AND_NUMBER = /^([A-Za-z]+\.?)(,?)\s*(\d{1,3})$/;
const COUNTED_AFTER = new RegExp(
  `^\\s+(?:${alternation(rules.countNouns.filter((w) => !rules.countAfterMonth.notCounts.includes(w)))})(?![A-Za-z])`,
  'i',
);
const ON_BEFORE = /(?<![A-Za-z])on\s+$/i;

/**
 * "In May, 20 were hanged", "In June 40 protesters were arrested", "In March 19 people died":
 * chrono took the count after the month for its day or a two-digit year. A day follows its month
 * without a comma ("May 20, 2019") or takes an ordinal ending ("October, 1st"), and prose writes
 * a year in four digits. Returns the month's word when that is all the date there is.
 */
function monthBeforeCount(sentence: string, result: Parsed): string | null {
  const match = MONTH_AND_NUMBER.exec(result.text);
  if (!match || !result.start.isCertain('month')) return null;
  const [, month = '', comma, number = ''] = match;
  const end = result.index + result.text.length;
  const counted =
    COUNTED_AFTER.test(sentence.slice(end, end + 24)) &&
    !ON_BEFORE.test(sentence.slice(Math.max(0, result.index - 8), result.index));
  return comma || Number(number) > 31 || counted ? month : null;
}

/** `result`, or the month alone when chrono read a count after it as part of the date. */
function withoutCount(sentence: string, result: Parsed, ref: Ymd): Parsed {
  const month = monthBeforeCount(sentence, result);
  if (!month) return result;
  return parseAt(month, ref, engine, result.index).find((r) => r.text === month) ?? result;
}

const CAPITALIZED_BEFORE = /(?:^|[^A-Za-z'’.-])([A-Z][A-Za-z]*)[ \t]+$/;

/**
 * "Theresa May", "Women March in Tehran", "IRAN MAY EXECUTE": a month name alone after a
 * capitalized word that does not date it ("In", "Since", "The") is a name or a headline's verb;
 * so is one after another month or a weekday ("May May", "Friday March").
 */
function followsAName(sentence: string, result: Parsed): boolean {
  if (!isMonthWithoutYear(result) || result.start.isCertain('day')) return false;
  const before = CAPITALIZED_BEFORE.exec(sentence.slice(Math.max(0, result.index - 32), result.index))?.[1];
  return before !== undefined && !MONTH_BEFORE_NAME.has(before.toLowerCase());
}

const MAY_AS_WISH = new RegExp(
  `^May\\s+(?:${alternation(rules.monthAsGivenName.mayAsWish)})(?![A-Za-z])`,
  'i',
);

/** "May God protect them", "May I ask": a wish or a question opening the sentence. */
function opensAWish(sentence: string, result: Parsed): boolean {
  return (
    result.text === 'May' &&
    /^[\s"“‘'(]*$/.test(sentence.slice(0, result.index)) &&
    MAY_AS_WISH.test(sentence.slice(result.index, result.index + 16))
  );
}

/** Why chrono's result is not a date in a report, or null when it is one. */
function rejection(sentence: string, result: Parsed): string | null {
  const tags = result.tags;
  // "now" is almost never a date in news prose ("now faces trial").
  if (tags.has('casualReference/now')) return 'now';
  const bare = result.text.replace(LEADING, '').replace(/\.$/, '');
  if (NOT_ALONE.has(bare.toLowerCase())) return 'abbreviation';
  if (NOT_ALONE_LOWERCASE.has(bare)) return 'lowercase word';
  // chrono reads "weekend" as a single day of the wrong week; sanad's own parser reads it.
  if (!tags.has('sanad/period') && /weekend/i.test(result.text)) return 'weekend';
  if (isBareWeekday(result) && namesACustom(sentence, result)) return 'custom';
  if (namesThePresent(sentence, result)) return 'the present day';
  if (namesAPerson(sentence, result)) return 'given name';
  if (followsAName(sentence, result)) return 'name or verb';
  if (opensAWish(sentence, result)) return 'wish';
  if (tags.has('sanad/period') || !tags.has('result/relativeDate')) return null;
  if (DURATION.test(result.text)) return 'duration';
  // "the last week of July": chrono reads "last week" alone, as a day.
  if (/^\s+of\b/i.test(sentence.slice(result.index + result.text.length))) return 'part of a longer phrase';
  if (APPROXIMATE_BEFORE.test(sentence.slice(Math.max(0, result.index - 24), result.index)))
    return 'approximate';
  return null;
}

type Direction = 'forward' | 'backward' | null;

/** Which way a relative date counts from an earlier date in the text, or null for publication. */
function anchorDirection(result: Parsed): Direction {
  if (!result.tags.has(ANCHORED) && !result.tags.has('result/relativeDate')) return null;
  if (FORWARD_WORDS.test(result.text)) return 'forward';
  if (BACKWARD_WORDS.test(result.text)) return 'backward';
  return result.tags.has(ANCHORED) ? 'backward' : null;
}

/** Re-reads `text` as if written at `ref`, keeping only a parse of the whole text. */
function reparse(text: string, ref: Ymd): Resolved | null {
  const again = parseAt(text, ref).find((r) => r.index === 0 && r.text === text);
  return again ? resultTime(again, ref) : null;
}

/** "the 20th century": a range of a hundred years from a year ending in 00. */
function isCentury(found: Time): boolean {
  const start = parseIso(found.start);
  return (
    found.precision === 'range' &&
    start.y % 100 === 0 &&
    start.m === 1 &&
    start.d === 1 &&
    found.end === iso({ y: start.y + 99, m: 12, d: 31 })
  );
}

/** Part of a year, month, decade, season or century, per the modifier tables in the rules. */
function applyModifier(found: Time, part: string): Time | null {
  const table = PARTS[part];
  const start = parseIso(found.start);
  const unit = isCentury(found) ? 'century' : found.precision;
  const [a = 1, b = 1] = table?.[unit] ?? [];
  if (!table?.[unit]) return null;
  switch (unit) {
    case 'century':
      return time({ y: start.y + a, m: 1, d: 1 }, { y: start.y + b, m: 12, d: 31 }, 'range');
    case 'year':
      return time({ y: start.y, m: a, d: 1 }, { y: start.y, m: b, d: daysInMonth(start.y, b) }, 'range');
    case 'month': {
      const last = daysInMonth(start.y, start.m);
      return time({ ...start, d: dayOfMonth(a, last) }, { ...start, d: dayOfMonth(b, last) }, 'range');
    }
    case 'decade':
      return time({ y: start.y + a, m: 1, d: 1 }, { y: start.y + b, m: 12, d: 31 }, 'range');
    case 'season':
      return monthsFrom(start.y, start.m, a, b, 'range');
    default:
      return null;
  }
}

/**
 * "the end of the 1980s", "the end of the summer of 1988", "the end of the year 2020" name a part
 * of a period; after "the", a year or month names a thing ("the end of the 2019 protests").
 * `words` end just before `found`; `yearWord` is the "year" of "the year 2020", if any.
 */
function namesAThingAfterThe(words: string, yearWord: string | undefined, found: SentenceDate): boolean {
  if (!/\sthe[\s-]*$/i.test(words) || yearWord !== undefined) return false;
  return found.time.precision !== 'decade' && found.time.precision !== 'season';
}

function withModifier(sentence: string, found: SentenceDate): SentenceDate {
  const window = sentence.slice(Math.max(0, found.start - 32), found.start);
  const match = MODIFIER_BEFORE.exec(window);
  if (!match?.[1]) return found;
  if (namesAThingAfterThe(match[0], match[2], found)) return found;
  const part = MODIFIER_PHRASES[match[1].toLowerCase()];
  const narrowed = part ? applyModifier(found.time, part) : null;
  if (!part || !narrowed) return found;
  const start = found.start - (window.length - (match.index + match[0].indexOf(match[1])));
  return { ...found, start, time: narrowed, part };
}

const UNIT_ORDINALS: Readonly<Record<string, number>> = rules.unitParts.ordinals;
const PART_UNITS: Readonly<Record<string, string>> = rules.unitParts.units;
const EXACT_COUNTS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.entries(rules.numberWords).filter(([word]) => !rules.unitParts.vagueCounts.includes(word)),
);
const UNIT_PART_BEFORE = new RegExp(
  `(?:^|[^A-Za-z\\d-])(?<!(?:${alternation(rules.unitParts.tens)})[\\s-])((?:the\\s+)?(${alternation(Object.keys(UNIT_ORDINALS))}|\\d{1,2}(?:st|nd|rd|th))\\s+(?:(\\d{1,3}|${alternation(Object.keys(EXACT_COUNTS))})\\s+)?(${alternation(Object.keys(PART_UNITS))})\\s+of\\s+(?:the\\s+(year\\s+)?)?)$`,
  'i',
);

/** A unit part as the `part` of a mention: "unit:<ordinal>:<count or 0>:<unit>". */
const UNIT_PART = /^unit:(-?\d+):(\d+):(\w+)$/;

/** `from` moved by `n` units of `unit` (days, weeks of seven days, calendar months or years). */
function stepUnits(from: Ymd, unit: string, n: number): Ymd {
  if (unit === 'day') return addDays(from, n);
  if (unit === 'week') return addDays(from, 7 * n);
  return addMonths(from, unit === 'month' ? n : 12 * n);
}

/** The precision of `n` whole units from `start` to `end`. */
function unitPrecision(start: Ymd, end: Ymd, unit: string, n: number): Time['precision'] {
  if (compareYmd(start, end) === 0) return 'day';
  if (n !== 1) return 'range';
  if (unit === 'week') return 'week';
  if (unit === 'month' && start.d === 1) return 'month';
  if (unit === 'year' && start.m === 1 && start.d === 1) return 'year';
  return 'range';
}

/**
 * The `ordinal`-th unit of `found` (or its first or last `count` units); null when they do not
 * fall inside it or are all of it.
 */
function unitPart(found: Time, ordinal: number, count: number, unit: string): Time | null {
  const first = parseIso(found.start);
  const last = parseIso(found.end);
  const n = count || 1;
  const start =
    ordinal < 0 ? stepUnits(addDays(last, 1), unit, -n) : stepUnits(first, unit, count ? 0 : ordinal - 1);
  const end = addDays(stepUnits(start, unit, n), -1);
  if (compareYmd(start, first) < 0 || compareYmd(end, last) > 0) return null;
  if (compareYmd(start, first) === 0 && compareYmd(end, last) === 0) return null;
  return time(start, end, unitPrecision(start, end, unit, n));
}

/** The part of "the week of April 10": the week that holds the day. */
const WEEK_AROUND = 'weekAround';
const WEEK_AROUND_BEFORE = new RegExp(
  `(?:^|[^A-Za-z])((?:the\\s+(?:${alternation(rules.weekOf.aroundDay)})|w/c)\\s+)$`,
  'i',
);

/** "the week of April 10th", "the week beginning 4 February": Monday to Sunday around the day. */
function withWeekAround(sentence: string, found: SentenceDate): SentenceDate {
  if (found.part || found.time.precision !== 'day') return found;
  const before = WEEK_AROUND_BEFORE.exec(sentence.slice(Math.max(0, found.start - 32), found.start))?.[1];
  if (!before) return found;
  return {
    ...found,
    start: found.start - before.length,
    time: weekTime(parseIso(found.time.start)),
    part: WEEK_AROUND,
  };
}

/** A modifier of the rules' table, or a unit part ("unit:1:0:week"), applied to `found`. */
function applyPart(found: Time, part: string): Time | null {
  if (part === WEEK_AROUND) return found.precision === 'day' ? weekTime(parseIso(found.start)) : null;
  const unit = UNIT_PART.exec(part);
  if (!unit) return applyModifier(found, part);
  return unitPart(found, Number(unit[1]), Number(unit[2]), unit[3] ?? 'day');
}

/** The part "the first week of", "the last three months of" (`UNIT_PART_BEFORE`'s match) names, or null. */
function unitPartOf(match: RegExpExecArray | null): string | null {
  const [, , ordinalWord = '', countWord, unitWord = ''] = match ?? [];
  const ordinal = UNIT_ORDINALS[ordinalWord.toLowerCase()] ?? (parseInt(ordinalWord, 10) || undefined);
  const unit = PART_UNITS[unitWord.toLowerCase()];
  if (!match || ordinal === undefined || unit === undefined) return null;
  const plural = unitWord.toLowerCase() !== unit;
  if (countWord === undefined) return plural ? null : `unit:${ordinal}:0:${unit}`;
  const count = /^\d+$/.test(countWord) ? Number(countWord) : (EXACT_COUNTS[countWord.toLowerCase()] ?? 0);
  if (!plural || count < 2 || (ordinal !== 1 && ordinal !== -1)) return null;
  return `unit:${ordinal}:${count}:${unit}`;
}

/** "the first week of 2021", "the last four months of this year": that part of the mention. */
function withUnitPart(sentence: string, found: SentenceDate): SentenceDate {
  if (found.part) return found;
  const match = UNIT_PART_BEFORE.exec(sentence.slice(Math.max(0, found.start - 48), found.start));
  const part = unitPartOf(match);
  const narrowed = part ? applyPart(found.time, part) : null;
  if (!part || !narrowed || !match?.[1] || namesAThingAfterThe(match[0], match[5], found)) return found;
  return { ...found, start: found.start - match[1].length, time: narrowed, part };
}

/** The same mention with its implied year replaced by `year` (and its modifier applied again). */
function shiftYear(found: SentenceDate, year: number): SentenceDate {
  const implied = found.impliedYear;
  if (!implied) return found;
  const base =
    implied.d === null ? monthTime(year, implied.m) : dayTime({ y: year, m: implied.m, d: implied.d });
  const t = found.part ? (applyPart(base, found.part) ?? base) : base;
  return { ...found, time: t };
}

/** `prev` with the year of `next` when `prev` had none of its own ("November and December 1988"). */
function lendYear(prev: SentenceDate, next: SentenceDate): SentenceDate {
  if (!prev.impliedYear || next.impliedYear) return prev;
  const endYear = Number(next.time.end.slice(0, 4));
  return shiftYear(prev, prev.impliedYear.m > Number(next.time.end.slice(5, 7)) ? endYear - 1 : endYear);
}

function isNextDay(a: Time, b: Time): boolean {
  return compareYmd(addDays(parseIso(a.end), 1), parseIso(b.start)) === 0;
}

/** `next` in the year that puts it on or after `first`, when its own year was only implied. */
function followYear(first: SentenceDate, next: SentenceDate): SentenceDate {
  if (!next.impliedYear || next.time.end >= first.time.start) return next;
  const year = Number(first.time.start.slice(0, 4));
  const same = shiftYear(next, year);
  return same.time.end >= first.time.start ? same : shiftYear(next, year + 1);
}

/** ", ", ", and", " or " between the items of a list of dates. */
const LIST_SEPARATOR = /^\s*(?:,|,?\s*(?:and|or))\s*$/i;

/**
 * "March, May and June 2019", "3 March or 5 April 1988": the year written at the end of a list
 * is every item's that had none of its own, counting back from `last`.
 */
function lendYearToList(
  sentence: string,
  out: SentenceDate[],
  last: SentenceDate,
  from = out.length - 1,
): void {
  let next = last;
  for (let i = from; i >= 0; i--) {
    const item = out[i];
    if (!item || !LIST_SEPARATOR.test(sentence.slice(item.end, next.start))) return;
    const lent = lendYear(item, next);
    if (lent === item) return;
    out[i] = lent;
    next = { ...lent, impliedYear: null };
  }
}

/** Joins neighbours into ranges and lends years ("26 June in 2020", "between August and October"). */
function mergeRanges(sentence: string, items: SentenceDate[]): SentenceDate[] {
  const out: SentenceDate[] = [];
  for (const raw of items) {
    const prev = out[out.length - 1];
    if (prev) {
      const between = sentence.slice(prev.end, raw.start);
      if (prev.impliedYear && raw.time.precision === 'year' && YEAR_OF.test(between)) {
        out[out.length - 1] = {
          ...shiftYear(prev, Number(raw.time.start.slice(0, 4))),
          end: raw.end,
          impliedYear: null,
        };
        continue;
      }
      const windowStart = Math.max(0, prev.start - 16);
      const opener = RANGE_OPENER.exec(sentence.slice(windowStart, prev.start));
      const isAnd = AND_CONNECTOR.test(between);
      const first = lendYear(prev, raw);
      const item = followYear(first, raw);
      // "November and December 1988" is one span of time; "March and December 1988" is two dates.
      const joins =
        CONNECTOR.test(between) ||
        (isAnd && opener?.[1]?.toLowerCase() === 'between') ||
        (isAnd && first !== prev && isNextDay(first.time, item.time));
      if (joins && between.length <= 20 && first.time.start <= item.time.end) {
        const start = opener?.[1] ? windowStart + opener.index + opener[0].indexOf(opener[1]) : prev.start;
        out[out.length - 1] = {
          start,
          end: item.end,
          time: { start: first.time.start, end: item.time.end, precision: 'range' },
          impliedYear: null,
          part: null,
        };
        lendYearToList(sentence, out, out[out.length - 1] ?? raw, out.length - 2);
        continue;
      }
      if (isAnd || LIST_SEPARATOR.test(between)) lendYearToList(sentence, out, raw);
    }
    out.push(raw);
  }
  // Pushed into a literal, as in findEnglishDates.
  const opened: SentenceDate[] = [];
  for (const d of out) opened.push(withOpener(sentence, d));
  return opened;
}

const TO_PRESENT = new RegExp(
  `^\\s*(${alternation([...rules.rangeConnectors.always, ...rules.rangeConnectors.afterBetween])})\\s+(?:${alternation(rules.rangeConnectors.present)})(?![A-Za-z])`,
  'i',
);

/**
 * "from 1981 to the present", "between 2019 and now": the date through the day of publication.
 * Only after "from" or "between" ("no answer to date" is no range); "and" after "between".
 */
function toThePresent(sentence: string, found: SentenceDate, publication: Ymd | null): SentenceDate {
  const after = TO_PRESENT.exec(sentence.slice(found.end, found.end + 40));
  if (!after || !publication || found.time.start > iso(publication)) return found;
  const windowStart = Math.max(0, found.start - 16);
  const opener = RANGE_OPENER.exec(sentence.slice(windowStart, found.start));
  const word = opener?.[1]?.toLowerCase();
  if (!opener || !word || (after[1]?.toLowerCase() === 'and' && word !== 'between')) return found;
  return {
    start: windowStart + opener.index + opener[0].indexOf(opener[1] ?? ''),
    end: found.end + after[0].length,
    time: time(parseIso(found.time.start), publication, 'range'),
    impliedYear: null,
    part: null,
  };
}

const FROM_PRESENT = new RegExp(
  `(?:^|[^A-Za-z])((${alternation(rules.rangeConnectors.openers)})\\s+(?:${alternation(rules.rangeConnectors.present)})\\s+(${alternation([...rules.rangeConnectors.always, ...rules.rangeConnectors.afterBetween])})\\s+)$`,
  'i',
);

/**
 * "between now and the end of the year", "from now until March": the day of publication through
 * the date, taken in its coming year when its year was only implied. "and" after "between".
 */
function fromThePresent(sentence: string, found: SentenceDate, publication: Ymd | null): SentenceDate {
  const before = FROM_PRESENT.exec(sentence.slice(Math.max(0, found.start - 40), found.start));
  if (!before?.[1] || !publication) return found;
  if ((before[3]?.toLowerCase() === 'and') !== (before[2]?.toLowerCase() === 'between')) return found;
  const coming =
    found.impliedYear && found.time.end < iso(publication)
      ? shiftYear(found, Number(found.time.start.slice(0, 4)) + 1)
      : found;
  if (coming.time.end < iso(publication)) return found;
  return {
    start: found.start - before[1].length,
    end: found.end,
    time: time(publication, parseIso(coming.time.end), 'range'),
    impliedYear: null,
    part: null,
  };
}

/** "from March to May": a range chrono read whole takes the word that opens it. */
function withOpener(sentence: string, found: SentenceDate): SentenceDate {
  if (found.time.precision !== 'range') return found;
  const windowStart = Math.max(0, found.start - 12);
  const opener = RANGE_OPENER.exec(sentence.slice(windowStart, found.start));
  if (!opener?.[1] || !CONNECTOR_INSIDE.test(sentence.slice(found.start, found.end))) return found;
  return { ...found, start: windowStart + opener.index + opener[0].indexOf(opener[1]) };
}

/** Drops a leading preposition ("on", "in") and trailing punctuation chrono takes along. */
function trimEdges(sentence: string, found: SentenceDate): SentenceDate {
  const text = sentence.slice(found.start, found.end);
  const lead = LEADING.exec(text)?.[0].length ?? 0;
  // chrono takes the "of" of "January of that year" along when no year follows it.
  let trail = /(?:[\s,;:]|\sof)+$/i.exec(text)?.[0].length ?? 0;
  // A sentence's full stop, not the point of "Nov." or "Sept.".
  if (trail === 0 && text.endsWith('.') && !ABBREVIATED_END.test(text)) trail = 1;
  if (lead + trail >= text.length) return found;
  return { ...found, start: found.start + lead, end: found.end - trail };
}

interface Reading {
  readonly sentence: string;
  readonly state: EnglishState;
  /** The last day-precision date found earlier in this sentence. */
  readonly sentenceDay: Ymd | null;
  /** The same windows read against a second reference day, when publication is unknown. */
  readonly probe: Probe | null;
}

const DEFINING_CLAUSE = /^\s+(?:that|as|when|on\s+which|in\s+which)(?![A-Za-z])/i;

/**
 * "began on Saturday and spread the same day", "in 1988 ... that year", "on 3 March ... later
 * that month": the day found earlier in the sentence, or the month or year of the last date
 * before, when it lies within one. A day needs one in its own sentence: across sentences "the
 * same day" is as often no date at all ("registering and voting on the same day"); and "the
 * same day that …" is dated by its clause.
 */
function samePeriod(result: Parsed, reading: Reading): Resolved | null {
  const end = result.index + result.text.length;
  if (DEFINING_CLAUSE.test(reading.sentence.slice(end, end + 16))) return null;
  const unit = /(day|month|year)$/i.exec(result.text)?.[1]?.toLowerCase();
  if (unit === 'day')
    return reading.sentenceDay ? { time: dayTime(reading.sentenceDay), impliedYear: null } : null;
  const last = unit === 'month' ? reading.state.last?.any : reading.state.last?.withYear;
  if (!last) return null;
  const start = parseIso(last.start);
  if (unit === 'month' && last.start.slice(0, 7) === last.end.slice(0, 7))
    return { time: monthTime(start.y, start.m), impliedYear: null };
  if (unit === 'year' && last.start.slice(0, 4) === last.end.slice(0, 4))
    return { time: yearTime(start.y), impliedYear: null };
  return null;
}

/** What one chrono result means, or "unresolved" when it needs the missing publication date. */
function resolve(result: Parsed, reading: Reading): Resolved | 'unresolved' | null {
  const { state, sentence } = reading;
  const publication = state.publication;
  if (isBareWeekday(result)) {
    const wd = result.start.get('weekday') ?? 0;
    if (reading.sentenceDay)
      return { time: dayTime(weekdayFrom(reading.sentenceDay, wd, 1)), impliedYear: null };
    if (!publication) return 'unresolved';
    const forward = hasFutureCue(sentence, result.index);
    return { time: dayTime(weekdayFrom(publication, wd, forward ? 1 : -1)), impliedYear: null };
  }
  if (result.tags.has(SAME_AS_BEFORE)) return samePeriod(result, reading);
  const direction = anchorDirection(result);
  if (direction && !NAMES_ITS_DATE.test(result.text)) {
    const relation = AFTER_OR_BEFORE.exec(result.text)?.[1]?.toLowerCase();
    const pegged = PEG_BEFORE.test(sentence.slice(Math.max(0, result.index - 24), result.index));
    // Only "after X" with an X after it has a thing to date ("the day after." has none).
    const hasObject = /^\s+[A-Za-z]/.test(sentence.slice(result.index + result.text.length));
    // "came five days after X", or a report opening "Two days after the shooting, …": the
    // thing dated lies on the other side of the news peg, so count the other way from publication.
    if (publication && relation && hasObject && (pegged || (relation === 'after' && !state.anchor))) {
      const flipped = relation === 'after' ? 'before' : 'after';
      return reparse(result.text.replace(AFTER_OR_BEFORE, flipped), publication);
    }
    if (state.anchor) return reparse(result.text, state.anchor);
    // With nothing earlier to count from, only "the previous year" and the like still mean something.
    if (!(result.tags.has(ANCHORED) && direction === 'backward')) return null;
  }
  const ref = publication ?? PROBE_A;
  const resolved = resultTime(result, ref);
  if (resolved && reading.probe && !reading.probe.agrees(result, resolved)) return 'unresolved';
  if (resolved && publication && hasFutureCue(sentence, result.index))
    return nextOccurrence(resolved, publication);
  return resolved;
}

/** "will resume on January 10", written in December: the coming January 10, not the last. */
function nextOccurrence(found: Resolved, publication: Ymd): Resolved {
  const implied = found.impliedYear;
  if (!implied || compareYmd(parseIso(found.time.end), publication) >= 0) return found;
  const year = Number(found.time.start.slice(0, 4)) + 1;
  if (implied.d !== null && implied.d > daysInMonth(year, implied.m)) return found;
  const time =
    implied.d === null ? monthTime(year, implied.m) : dayTime({ y: year, m: implied.m, d: implied.d });
  return { ...found, time };
}

/** `found` as the last date so far; a year taken from publication does not say which year "that year" is. */
function remember(state: EnglishState, found: SentenceDate): void {
  const withYear = found.impliedYear ? (state.last?.withYear ?? null) : found.time;
  state.last = { any: found.time, withYear };
}

const DAY_NUMBER = '(\\d{1,2})(?:st|nd|rd|th)?';
/** "January 7 and 8": the second day after a month and its day. */
const PAIRED_DAY_AFTER = new RegExp(`^(\\s+and\\s+)(${DAY_NUMBER})(?![A-Za-z\\d]|[.,]\\d|[:/%-])`, 'i');
/** "18 and 19 June": the first day before a day and its month. */
const PAIRED_DAY_BEFORE = new RegExp(`(?<![\\d.,/:-]\\s?)\\b${DAY_NUMBER}\\s+and\\s+$`, 'i');
const DAY_FIRST = /^\d/;

/** The day `d` of `found`'s month as a mention at `start`..`end`, or null when there is no such day. */
function sameMonthDay(found: SentenceDate, d: number, start: number, end: number): SentenceDate | null {
  const day = parseIso(found.time.start);
  if (d < 1 || d > daysInMonth(day.y, day.m) || d === day.d) return null;
  const implied = found.impliedYear ? { m: day.m, d } : null;
  return { start, end, time: dayTime({ ...day, d }), impliedYear: implied, part: null };
}

/**
 * "on January 7 and 8", "on 18 and 19 June": the bare number beside a day is another day of its
 * month, not a count ("January 7 and 8 people" stays one day).
 */
function pairedDay(sentence: string, found: SentenceDate): SentenceDate | null {
  if (found.time.precision !== 'day' || found.part) return null;
  const text = sentence.slice(found.start, found.end);
  if (DAY_FIRST.test(text)) {
    const before = PAIRED_DAY_BEFORE.exec(sentence.slice(Math.max(0, found.start - 16), found.start));
    if (!before?.[1]) return null;
    const start = found.start - before[0].length;
    return sameMonthDay(found, Number(before[1]), start, start + before[0].search(/\s/));
  }
  if (!/\d(?:st|nd|rd|th)?$/i.test(text)) return null;
  const after = PAIRED_DAY_AFTER.exec(sentence.slice(found.end, found.end + 16));
  if (!after?.[1] || !after[2] || !after[3]) return null;
  const end = found.end + after[0].length;
  if (COUNTED_AFTER.test(sentence.slice(end, end + 24))) return null;
  return sameMonthDay(found, Number(after[3]), found.end + after[1].length, end);
}

/** `dates` with the other day of each pair ("January 7 and 8") beside its day, in order. */
function withPairedDays(sentence: string, dates: readonly SentenceDate[]): SentenceDate[] {
  const out: SentenceDate[] = [];
  for (const d of dates) {
    const other = pairedDay(sentence, d);
    if (other && other.start < d.start) out.push(other, d);
    else if (other) out.push(d, other);
    else out.push(d);
  }
  return out;
}

/**
 * Dates in one English sentence. Relative dates resolve against publication, or against the
 * nearest earlier day for "three days later" forms; `state.anchor` carries that day along.
 * `truncated` when the sentence had more date cues than prose has and the rest went unread.
 */
export function findEnglishDates(
  sentence: string,
  state: EnglishState,
): { dates: SentenceDate[]; unresolved: Unresolved[]; truncated: boolean } {
  const { windows, truncated } = cueWindows(sentence);
  const results = parseWindows(sentence, windows, state.publication ?? PROBE_A);
  if (results.length === 0) return { dates: [], unresolved: [], truncated };
  const probe = state.publication ? null : new Probe(sentence, windows);
  const dates: SentenceDate[] = [];
  const unresolved: Unresolved[] = [];
  let sentenceDay: Ymd | null = null;
  for (const read of results) {
    const result = withoutCount(sentence, read, state.publication ?? PROBE_A);
    if (rejection(sentence, result)) continue;
    const end = result.index + result.text.length;
    const resolved = resolve(result, { sentence, state, sentenceDay, probe });
    if (resolved === 'unresolved') {
      unresolved.push({ start: result.index, end });
      continue;
    }
    if (!resolved) continue;
    const trimmed = trimEdges(sentence, { start: result.index, end, ...resolved, part: null });
    const found = withWeekAround(sentence, withUnitPart(sentence, withModifier(sentence, trimmed)));
    dates.push(found);
    remember(state, found);
    if (resolved.time.precision === 'day') {
      sentenceDay = parseIso(resolved.time.start);
      state.anchor = sentenceDay;
    }
  }
  // Pushed into a literal: an array made by `map` has another elements kind once V8 optimizes the
  // call, and this function and the annotator's, compiled for the first, were compiled again
  // (node --trace-deopt).
  const merged: SentenceDate[] = [];
  for (const d of mergeRanges(sentence, withPairedDays(sentence, dates)))
    merged.push(fromThePresent(sentence, toThePresent(sentence, d, state.publication), state.publication));
  const final = merged[merged.length - 1];
  // "between 1981 and 1985": the range, not its last year, is what a later "that year" follows.
  if (final && final !== dates[dates.length - 1]) remember(state, final);
  return { dates: merged, unresolved, truncated };
}
