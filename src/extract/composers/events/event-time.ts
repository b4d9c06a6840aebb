/**
 * When an event happened: the date nearest its trigger in the sentence; a date after
 * "since" runs to publication; never the publication date by default.
 * @module
 */
import type { DateMention, Span, Time } from '../../../core/types.js';
import type { EventRules } from './_rules.js';
import { wordAt } from './count-roles.js';
import type { Word } from './_words.js';

/** Words a "since" may stand before its date ("since the death of Mahsa Amini on 16 September"). */
const SINCE_REACH = 8;

export function timeOf(date: DateMention): Time {
  return { start: date.start, end: date.end, precision: date.precision };
}

function distance(a: Span, b: Span): number {
  if (a[1] <= b[0]) return b[0] - a[1];
  if (b[1] <= a[0]) return a[0] - b[1];
  return 0;
}

function followsSince(date: DateMention, words: readonly Word[], from: number, rules: EventRules): boolean {
  const first = wordAt(words, date.span[0]);
  const clause = words[first]?.clause;
  for (const cue of rules.sinceCues.findAll(words, Math.max(from, first - SINCE_REACH), first)) {
    if (words[cue.first]?.clause === clause) return true;
  }
  return false;
}

/**
 * The time of an event triggered at `trigger`, from the usable dates of its sentence
 * (those outside attributions), or null when the sentence has none.
 */
export function eventTime(
  trigger: Span,
  dates: readonly DateMention[],
  words: readonly Word[],
  sentenceFrom: number,
  rules: EventRules,
  published: Time | null,
): Time | null {
  let best: DateMention | null = null;
  for (const date of dates) {
    if (!best || distance(trigger, date.span) < distance(trigger, best.span)) best = date;
  }
  if (!best) return null;
  if (published && published.end > best.end && followsSince(best, words, sentenceFrom, rules)) {
    return { start: best.start, end: published.end, precision: 'range' };
  }
  return timeOf(best);
}

/** Words a comparison's cue may stand before its date ("since the 1980s"). */
const COMPARISON_REACH = 2;

/**
 * Whether a date is the point a comparison counts from ("the worst repression since the
 * 1980s"), not the time of the sentence's event.
 */
export function isComparisonPoint(
  date: DateMention,
  words: readonly Word[],
  sentenceFrom: number,
  rules: EventRules,
): boolean {
  const first = wordAt(words, date.span[0]);
  const clause = words[first]?.clause;
  for (const cue of rules.comparisonCues.findAll(words, Math.max(sentenceFrom, first - 12), first)) {
    if (cue.last <= first && first - cue.last <= COMPARISON_REACH && words[cue.first]?.clause === clause) {
      return true;
    }
  }
  return false;
}

/**
 * Whether `words[from, to)` name a time of their own that no date was read from ("Last
 * November" with no publication date): a cue outside every date and every attribution.
 */
export function namesUnreadTime(
  words: readonly Word[],
  from: number,
  to: number,
  rules: EventRules,
  outside: readonly Span[],
): boolean {
  if (!rules.unreadTimeCues.mayMatchWithin(words, from, to)) return false;
  for (const cue of rules.unreadTimeCues.findAll(words, from, to)) {
    const start = (words[cue.first] as Word).start;
    if (!outside.some((s) => start >= s[0] && start < s[1])) return true;
  }
  return false;
}

/** Whether a sentence (`words[from, to)`) says it goes on at the time last named ("that day"). */
export function continuesTime(words: readonly Word[], from: number, to: number, rules: EventRules): boolean {
  return (
    rules.continuationCues.mayMatchWithin(words, from, to) &&
    rules.continuationCues.findAll(words, from, to).length > 0
  );
}
