/**
 * The dates annotator: Gregorian dates in English (chrono-node, extended), Solar Hijri, Lunar
 * Hijri and Persian-script Gregorian dates, each resolved to a start and end day.
 *
 * Relative dates resolve against publication ("yesterday", "last November", "April 19": the
 * most recent one on or before publication, allowing `forwardWindowDays` ahead), except
 * "three days later", "the following day" and the like, which count from the nearest earlier
 * day-precision date in the document and fall back to publication.
 * @module
 */
import type { Calendar, DateMention, Time } from '../../../core/types.js';
import type { AnalysisInput, Annotator, Report } from '../../types.js';
import { isValidYmd, parseIso, type Ymd } from './_calendar.js';
import { findEnglishDates, type EnglishState } from './english-dates.js';
import { findPersianDates } from './persian-dates.js';
import englishRules from '../../rules/dates.json' with { type: 'json' };
import persianRules from '../../rules/dates-fa.json' with { type: 'json' };

const LATIN_LETTER = /[A-Za-z]/;

interface Found {
  readonly start: number;
  readonly end: number;
  readonly time: Time;
  readonly calendar: Calendar;
}

function publicationDay(input: AnalysisInput): Ymd | null {
  const start = input.published?.start;
  if (!start || !/^\d{4}-\d{2}-\d{2}$/.test(start)) return null;
  const day = parseIso(start);
  return isValidYmd(day) ? day : null;
}

/** Longest wins among overlapping finds; on equal length the earlier-listed one stays. */
function withoutOverlaps(found: Found[]): Found[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  for (const f of sorted) {
    const last = kept[kept.length - 1];
    if (!last || f.start >= last.end) kept.push(f);
    else if (f.end - f.start > last.end - last.start) kept[kept.length - 1] = f;
  }
  return kept;
}

/** Dates in one sentence, in order; relative dates without publication go to `unresolved`. */
function sentenceDates(
  input: AnalysisInput,
  [from, to]: readonly [number, number],
  state: EnglishState,
  unresolved: Array<readonly [number, number]>,
  report: Report,
): DateMention[] {
  const sentence = input.analysisText.slice(from, to);
  const found: Found[] = [];
  if (LATIN_LETTER.test(sentence)) {
    const english = findEnglishDates(sentence, state);
    for (const d of english.dates)
      found.push({ start: d.start, end: d.end, time: d.time, calendar: 'gregorian' });
    for (const u of english.unresolved) unresolved.push([from + u.start, from + u.end]);
    if (english.truncated) {
      report({
        ruleId: 'too-many-cues',
        place: [from, to],
        severity: 'warning',
        message: `Cannot read every date in the sentence at ${from}: it holds more date words than prose does, so only its start was read`,
      });
    }
  }
  const persian = findPersianDates(sentence, state.publication, state.anchor);
  found.push(...persian.dates);
  for (const p of persian.problems) {
    if (p.ruleId === 'relative-without-publication') unresolved.push([from + p.start, from + p.end]);
    else {
      report({
        ruleId: p.ruleId,
        place: [from + p.start, from + p.end],
        severity: 'warning',
        message: `Cannot convert Lunar Hijri date "${input.text.slice(from + p.start, from + p.end)}": outside what Intl islamic-umalqura covers`,
      });
    }
  }
  const mentions: DateMention[] = [];
  for (const f of withoutOverlaps(found)) {
    const span = [from + f.start, from + f.end] as const;
    mentions.push({ text: input.text.slice(span[0], span[1]), span, calendar: f.calendar, ...f.time });
    if (f.time.precision === 'day') state.anchor = parseIso(f.time.start);
  }
  return mentions;
}

function annotate(input: AnalysisInput, report: Report): DateMention[] {
  const state: EnglishState = { publication: publicationDay(input), anchor: null, last: null };
  const mentions: DateMention[] = [];
  const unresolved: Array<readonly [number, number]> = [];
  for (const [from, to] of input.sentences) {
    try {
      mentions.push(...sentenceDates(input, [from, to], state, unresolved, report));
    } catch (error) {
      report({
        ruleId: 'sentence-failed',
        place: [from, to],
        severity: 'warning',
        message: `Cannot read dates in sentence at ${from}: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  const first = unresolved[0];
  if (first) {
    report({
      ruleId: 'relative-without-publication',
      place: first,
      severity: 'info',
      message: `Cannot resolve ${unresolved.length} relative date(s) such as "${input.text.slice(first[0], first[1])}": the publication date is unknown`,
    });
  }
  return mentions.sort((a, b) => a.span[0] - b.span[0]);
}

export const datesAnnotator: Annotator<'dates'> = {
  name: 'dates',
  // The rules' versions are part of it, so that extractions made under older rules are known.
  version: `2.2.0+rules.en${englishRules.version}.fa${persianRules.version}`,
  kind: 'dates',
  annotate,
};
