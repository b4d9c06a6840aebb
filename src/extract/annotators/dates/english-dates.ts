/**
 * English (Gregorian) dates in one sentence: chrono's results, read for their precision, then
 * widened by modifiers ("late", "towards the end of") and joined into ranges ("between 1979
 * and 1981", "Dec 2017 / Jan 2018").
 * @module
 */
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { Time } from '../../../core/types.js';
import rules from '../../rules/dates.json' with { type: 'json' };
import {
  addDays,
  compareYmd,
  daysInMonth,
  dayTime,
  monthsFrom,
  monthTime,
  parseIso,
  time,
  yearTime,
  type Ymd,
} from './_calendar.js';
import { ANCHORED, createEnglishChrono, periods } from './english-chrono.js';

/** A date found in a sentence; offsets are relative to the sentence. */
export interface SentenceDate {
  readonly start: number;
  readonly end: number;
  readonly time: Time;
  /** Month (and day) when the year was taken from publication, so a range can borrow another. */
  readonly impliedYear: { readonly m: number; readonly d: number | null } | null;
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
}

const engine = createEnglishChrono();

// Two unrelated reference days: a result that resolves the same against both needs none.
const PROBE_A: Ymd = { y: 2001, m: 6, d: 15 };
const PROBE_B: Ymd = { y: 2011, m: 2, d: 9 };

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (keys: Iterable<string>): string =>
  [...keys]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

const ANCHOR_WORDS = new RegExp(`\\b(?:${alternation(rules.anchorWords.words)})\\b`, 'i');
const MODIFIER_PHRASES: Readonly<Record<string, string>> = rules.modifiers.phrases;
const MODIFIER_BEFORE = new RegExp(
  `(?:^|[^A-Za-z])(${alternation(Object.keys(MODIFIER_PHRASES))})[\\s-]*$`,
  'i',
);
const PARTS: Readonly<Record<string, Readonly<Record<string, readonly number[]>>>> = rules.modifiers.parts;
const CONNECTOR = new RegExp(`^\\s*(?:${alternation(rules.rangeConnectors.always)})\\s*$`, 'i');
const AND_CONNECTOR = new RegExp(`^\\s*(?:${alternation(rules.rangeConnectors.afterBetween)})\\s*$`, 'i');
const RANGE_OPENER = /(?:^|[^A-Za-z])(between|from)\s+(?:the\s+)?$/i;
const LEADING = new RegExp(`^(?:${alternation(rules.leadingWordsToTrim)})\\s+`, 'i');

function refDate({ y, m, d }: Ymd): Date {
  const date = new Date(2000, m - 1, d, 12);
  date.setFullYear(y);
  return date;
}

/** The most recent (month, day) on or before `ref`, allowing a short look ahead. */
function recentYear(m: number, d: number, ref: Ymd): number {
  const limit = addDays(ref, rules.forwardWindowDays);
  return compareYmd({ y: ref.y, m, d }, limit) > 0 ? ref.y - 1 : ref.y;
}

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

function resultTime(result: ParsedResult, ref: Ymd): Omit<SentenceDate, 'start' | 'end'> | null {
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

function parseAt(text: string, ref: Ymd): ParsedResult[] {
  try {
    return engine.parse(text, refDate(ref), { forwardDate: false });
  } catch {
    return [];
  }
}

function isAnchored(result: ParsedResult): boolean {
  return (
    result.tags().has(ANCHORED) ||
    (result.tags().has('result/relativeDate') && ANCHOR_WORDS.test(result.text))
  );
}

/** Part of a year, month, decade or season, per the modifier tables in the rules. */
function applyModifier(found: Time, part: string): Time | null {
  const table = PARTS[part];
  const start = parseIso(found.start);
  const [a = 1, b = 1] = table?.[found.precision] ?? [];
  if (!table?.[found.precision]) return null;
  switch (found.precision) {
    case 'year':
      return time({ y: start.y, m: a, d: 1 }, { y: start.y, m: b, d: daysInMonth(start.y, b) }, 'range');
    case 'month': {
      const last = daysInMonth(start.y, start.m);
      return time({ ...start, d: Math.min(a, last) }, { ...start, d: Math.min(b, last) }, 'range');
    }
    case 'decade':
      return time({ y: start.y + a, m: 1, d: 1 }, { y: start.y + b, m: 12, d: 31 }, 'range');
    case 'season':
      return monthsFrom(start.y, start.m, a, b, 'range');
    default:
      return null;
  }
}

function withModifier(sentence: string, found: SentenceDate): SentenceDate {
  const window = sentence.slice(Math.max(0, found.start - 32), found.start);
  const match = MODIFIER_BEFORE.exec(window);
  if (!match?.[1]) return found;
  const part = MODIFIER_PHRASES[match[1].toLowerCase()];
  const narrowed = part ? applyModifier(found.time, part) : null;
  if (!narrowed) return found;
  const start = found.start - (window.length - (match.index + match[0].indexOf(match[1])));
  return { ...found, start, time: narrowed, impliedYear: null };
}

function shiftYear(found: SentenceDate, year: number): SentenceDate {
  const implied = found.impliedYear;
  if (!implied) return found;
  const t =
    implied.d === null ? monthTime(year, implied.m) : dayTime({ y: year, m: implied.m, d: implied.d });
  return { ...found, time: t };
}

function mergeRanges(sentence: string, items: SentenceDate[]): SentenceDate[] {
  const out: SentenceDate[] = [];
  for (const item of items) {
    const prev = out[out.length - 1];
    if (prev) {
      const between = sentence.slice(prev.end, item.start);
      const windowStart = Math.max(0, prev.start - 16);
      const opener = RANGE_OPENER.exec(sentence.slice(windowStart, prev.start));
      const joins =
        CONNECTOR.test(between) || (AND_CONNECTOR.test(between) && opener?.[1]?.toLowerCase() === 'between');
      if (joins && between.length <= 20) {
        let first = prev;
        if (prev.impliedYear && !item.impliedYear) {
          const endYear = Number(item.time.end.slice(0, 4));
          first = shiftYear(
            prev,
            prev.impliedYear.m > Number(item.time.end.slice(5, 7)) ? endYear - 1 : endYear,
          );
        }
        if (first.time.start <= item.time.end) {
          const start = opener?.[1] ? windowStart + opener.index + opener[0].indexOf(opener[1]) : prev.start;
          out[out.length - 1] = {
            start,
            end: item.end,
            time: { start: first.time.start, end: item.time.end, precision: 'range' },
            impliedYear: null,
          };
          continue;
        }
      }
    }
    out.push(item);
  }
  return out;
}

function trimLeading(sentence: string, found: SentenceDate): SentenceDate {
  const match = LEADING.exec(sentence.slice(found.start, found.end));
  return match && found.start + match[0].length < found.end
    ? { ...found, start: found.start + match[0].length }
    : found;
}

/**
 * Dates in one English sentence. Relative dates resolve against publication, or against the
 * nearest earlier day for "three days later" forms; `state.anchor` carries that day along.
 */
export function findEnglishDates(
  sentence: string,
  state: EnglishState,
): { dates: SentenceDate[]; unresolved: Unresolved[] } {
  const ref = state.publication ?? PROBE_A;
  const results = parseAt(sentence, ref);
  const probe = state.publication
    ? null
    : new Map(
        parseAt(sentence, PROBE_B).map((r) => [
          `${r.index}:${r.text}`,
          JSON.stringify(resultTime(r, PROBE_B)),
        ]),
      );
  const dates: SentenceDate[] = [];
  const unresolved: Unresolved[] = [];
  for (const result of results) {
    // "now" is almost never a date in news prose ("now faces trial").
    if (result.tags().has('casualReference/now')) continue;
    const end = result.index + result.text.length;
    let resolved: Omit<SentenceDate, 'start' | 'end'> | null;
    if (isAnchored(result) && state.anchor) {
      const again = parseAt(result.text, state.anchor).find((r) => r.index === 0 && r.text === result.text);
      resolved = again ? resultTime(again, state.anchor) : null;
    } else {
      resolved = resultTime(result, ref);
      if (resolved && probe && probe.get(`${result.index}:${result.text}`) !== JSON.stringify(resolved)) {
        unresolved.push({ start: result.index, end });
        continue;
      }
    }
    if (!resolved) continue;
    const found = trimLeading(sentence, { start: result.index, end, ...resolved });
    dates.push(withModifier(sentence, found));
    if (resolved.time.precision === 'day') state.anchor = parseIso(resolved.time.start);
  }
  return { dates: mergeRanges(sentence, dates), unresolved };
}
