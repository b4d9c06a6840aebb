/**
 * Whether a number is not a count: part of a date, a year, an age, a duration, a time of
 * day, a reference ("Article 18"), a phone number, a web address, a list marker or page
 * furniture ("11 min read"). Each test looks at a bounded window around the number.
 * @module
 */
import {
  AGE_NOUNS,
  AGE_QUALIFIERS,
  AGE_SUFFIX,
  AGE_WORDS,
  ARABIC_LETTER,
  DECADE_SUFFIXES,
  DURATION_MODIFIERS,
  DURATION_WORDS,
  FURNITURE_AFTER,
  FURNITURE_BEFORE,
  HYPHEN_MODIFIERS,
  MAX_AGE,
  MEASURES,
  MONTHS,
  ORDINAL_SUFFIXES,
  PHONE,
  REFERENCE_NEEDS_MARK,
  REFERENCE_WORDS,
  TIME_SUFFIX,
  WEEKDAY_TAILS,
  YEAR_DETERMINERS,
  YEAR_EVENT_NOUNS,
  YEAR_EVENT_UNITS,
  YEAR_RANGES,
  YEAR_WORDS,
  YEAR_WORDS_STRONG,
  NEXT_TO_NUMBER,
  PHRASE_ENDINGS,
  unitOfWord,
} from './_lexicon.js';
import { isOrdinalSuffix, isOrdinalWord, type Numeral } from './_numeral.js';
import {
  backOverBlanks,
  isDigitCode,
  isLetter,
  marksAhead,
  marksBack,
  phraseIn,
  skipBlanks,
  wordAfter,
  wordBefore,
  type Word,
} from './_words.js';
import { firstAtLeast } from '../../sorted-search.js';

/** Why a number is not a count; the names are the annotator's diagnostic rule ids. */
export type NotCount =
  | 'ordinal'
  | 'decade'
  | 'modifier'
  | 'code'
  | 'date'
  | 'time'
  | 'web'
  | 'phone'
  | 'reference'
  | 'list-marker'
  | 'furniture'
  | 'age'
  | 'duration'
  | 'year';

/** The number expression being judged: its numbers and what was read around them. */
export interface Candidate {
  /** Analysis text (ASCII digits). */
  readonly text: string;
  readonly first: Numeral;
  readonly last: Numeral;
  /** Where the expression's text ends (after a percent sign or suffix qualifier). */
  readonly end: number;
  /** A qualifier, range, currency or percent makes a bare four-digit number a count. */
  readonly marked: boolean;
  /** The words right before the first number, nearest first (see `wordsBefore`). */
  readonly before: readonly Word[];
  /** The text's web address spans (see `webSpans`). */
  readonly web: readonly (readonly [number, number])[];
  /** The word right after the expression (after `end`), or null: read once, used by several tests. */
  readonly next: Word | null;
}

const ARABIC_RUN = new RegExp(`[${ARABIC_LETTER}]+`, 'y');
const LATIN_LETTER = /[A-Za-z]/;
const UPPER = /^\p{Lu}/u;
const DATE_JOINER = /[/.\-:]/;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function key(word: Word | null): string {
  return word ? word.key : '';
}

function isMonth(word: Word | null): boolean {
  if (!word || !MONTHS.has(key(word))) return false;
  // English month names are capitalized; "300 may have died" is not a date.
  return !word.latin || UPPER.test(word.text);
}

/** Letters glued to the digits: "3rd", "1980s" and "5G" are not counts; "10km" is (a measure). */
function attached(c: Candidate): NotCount | null {
  const letters = c.last.attached;
  if (letters === null) return null;
  if (isOrdinalSuffix(letters)) return 'ordinal';
  if (DECADE_SUFFIXES.has(letters.toLowerCase())) return 'decade';
  return measureOf(letters) === null ? 'code' : null;
}

/** The measure letters glued to digits name ("10km", "5kg"); one letter must match its case ("5G" is not grams). */
export function measureOf(letters: string): string | null {
  return MEASURES.get(letters) ?? (letters.length > 1 ? (MEASURES.get(letters.toLowerCase()) ?? null) : null);
}

/** "۲۰ام", "۳۰مین", "بیست و سوم", "the 1980's". */
function ordinalAfter(c: Candidate): NotCount | null {
  const { text, last } = c;
  ARABIC_RUN.lastIndex = last.end;
  const glued = ARABIC_RUN.exec(text);
  if (glued && last.digits !== null && ORDINAL_SUFFIXES.has(glued[0])) return 'ordinal';
  const apostrophe = text[last.end];
  if ((apostrophe === "'" || apostrophe === '’') && text[last.end + 1] === 's') return 'decade';
  const next = c.end === last.end ? c.next : wordAfter(text, last.end);
  if (next?.text === 'و') {
    const after = wordAfter(text, next.end);
    if (after && isOrdinalWord(after.text)) return 'ordinal';
  }
  return null;
}

/** Number-hyphen-word compounds are modifiers ("three-day", "10-point", "22-year-old"), except "-strong". */
function hyphenated(c: Candidate): NotCount | null {
  const { text, first } = c;
  const after = text[c.end];
  if ((after === '-' || after === '–') && isLetter(text.charCodeAt(c.end + 1))) {
    const word = wordAfter(text, c.end + 1);
    if (!word || !(HYPHEN_MODIFIERS.has(word.key) || measureOf(word.text) !== null)) return 'modifier';
  }
  // "COVID-19", "Su-35", "H-1B": a code.
  const before = text[first.start - 1];
  if ((before === '-' || before === '#') && LATIN_LETTER.test(text[first.start - 2] ?? '')) return 'code';
  if (before === '#' || before === '@' || before === '№') return 'code';
  return null;
}

/** Digits joined by slashes, dots, dashes or colons to more digits: dates, times, versions, scores. */
function joinedDigits(c: Candidate): NotCount | null {
  const { text, first, last } = c;
  const after = text[last.end] ?? '';
  if (DATE_JOINER.test(after) && isDigit(text.charCodeAt(last.end + 1)))
    return after === ':' ? 'time' : 'date';
  const before = text[first.start - 1] ?? '';
  if (DATE_JOINER.test(before) && isDigit(text.charCodeAt(first.start - 2)))
    return before === ':' ? 'time' : 'date';
  TIME_SUFFIX.lastIndex = last.end;
  if (TIME_SUFFIX.test(text)) return 'time';
  return null;
}

const endOf = (span: readonly [number, number]): number => span[1];

/** Inside a web address, e-mail address or handle (see `webSpans`). */
function web(c: Candidate): NotCount | null {
  // Web spans do not overlap, so their ends are in order too: the first one ending after the
  // word's start holds the word if any does.
  const span = c.web[firstAtLeast(c.web, c.first.start + 1, endOf)];
  return span !== undefined && span[0] <= c.first.start ? 'web' : null;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0;
}

const URL_MARK = /:\/\/|www\.|@|\.(?:com|org|net|gov|ir|info|io)\//g;
const MAX_CHUNK = 300;

/**
 * The web addresses, e-mail addresses and handles of a text, as sorted spans: each mark
 * ("://", "www.", "@", ".com") widened to the run of non-blank characters around it. One
 * pass per text, so a number's test is a binary search.
 */
export function webSpans(text: string): (readonly [number, number])[] {
  const spans: (readonly [number, number])[] = [];
  URL_MARK.lastIndex = 0;
  for (let mark = URL_MARK.exec(text); mark; mark = URL_MARK.exec(text)) {
    let from = mark.index;
    const floor = Math.max(0, from - MAX_CHUNK, spans[spans.length - 1]?.[1] ?? 0);
    while (from > floor && !isSpace(text.charCodeAt(from - 1))) from--;
    let to = mark.index + mark[0].length;
    const ceiling = Math.min(text.length, to + MAX_CHUNK);
    while (to < ceiling && !isSpace(text.charCodeAt(to))) to++;
    const last = spans[spans.length - 1];
    if (last && from <= last[1]) spans[spans.length - 1] = [last[0], Math.max(last[1], to)];
    else spans.push([from, to]);
    URL_MARK.lastIndex = Math.max(URL_MARK.lastIndex, to);
  }
  return spans;
}

const PHONE_RUN = /\+?\(?\d+\)?(?:[ \-.]\(?\d+\)?){0,8}/y;

/** "+98 21 8888 1234", "(021) 555-1234". Returns the run's end too, so the scanner skips it. */
export function phoneRun(text: string, at: number): number | null {
  const start = text[at - 1] === '+' || text[at - 1] === '(' ? at - 1 : at;
  PHONE_RUN.lastIndex = start;
  const match = PHONE_RUN.exec(text);
  if (!match) return null;
  const digits = match[0].replace(/\D/g, '').length;
  const groups = match[0].split(/[^\d]+/).filter((g) => g.length > 0);
  const plus = match[0].startsWith('+');
  // Thousands groups ("1 234 567") are a number, not a phone.
  const thousands = groups.slice(1).every((g) => g.length === 3) && (groups[0]?.length ?? 0) <= 3;
  if (thousands && !plus) return null;
  if ((plus && digits >= 7) || (groups.length >= PHONE.minGroups && digits >= PHONE.minDigits)) {
    return start + match[0].length;
  }
  return null;
}

function phone(c: Candidate): NotCount | null {
  return phoneRun(c.text, c.first.start) === null ? null : 'phone';
}

/** "Article 18", "Resolution 2231", "No. 5", "ماده ۲۸۶". */
function reference(c: Candidate): NotCount | null {
  const before = c.before[0];
  if (!before) return null;
  const word = before.text.toLowerCase();
  if (REFERENCE_WORDS.has(word)) return 'reference';
  if (REFERENCE_NEEDS_MARK.has(word) && (before.period || UPPER.test(before.text))) return 'reference';
  return null;
}

/** "1. The regime…", "## 3) Findings": a list marker at the start of a line. */
function listMarker(c: Candidate): NotCount | null {
  const { text, first, last } = c;
  const after = text[last.end];
  if (after !== '.' && after !== ')') return null;
  if (!/\s/.test(text[last.end + 1] ?? ' ')) return null;
  return marksBack(text, first.start) ? 'list-marker' : null;
}

/** "11 min read", "Page 2 of 10", "Photo 3/12", a number alone on a line. */
function furniture(c: Candidate): NotCount | null {
  const { text, first } = c;
  FURNITURE_AFTER.lastIndex = c.end;
  if (FURNITURE_AFTER.test(text)) return 'furniture';
  let before = backOverBlanks(text, first.start);
  const of = wordBefore(text, before);
  if (text[before - 1] === '/') before = backOverBlanks(text, before - 1);
  else if (of && (of.text === 'of' || of.text === 'از')) before = backOverBlanks(text, of.start);
  if (before < first.start && isDigitCode(text.charCodeAt(before - 1))) {
    let digits = before;
    while (digits > 0 && isDigitCode(text.charCodeAt(digits - 1))) digits--;
    const label = wordBefore(text, digits);
    if (label && FURNITURE_BEFORE.has(key(label))) return 'furniture';
  }
  // Alone on a line of a longer text: a share count, a page number. A text that is only a number is not furniture.
  const back = marksBack(text, first.start);
  const ahead = back && marksAhead(text, c.end);
  if (back && ahead && (back === 'line' || ahead === 'line')) return 'furniture';
  return null;
}

/** "June 20", "20 June", "Dec. 12", "۱۴ آبان", "آبان ۹۸", "سه شنبه". */
function date(c: Candidate): NotCount | null {
  const { text, last } = c;
  if (isMonth(c.before[0] ?? null)) return 'date';
  let next = c.end === last.end ? c.next : wordAfter(text, last.end);
  if (next && (next.text === 'of' || next.text === 'th')) next = wordAfter(text, next.end);
  if (isMonth(next)) return 'date';
  if (next && WEEKDAY_TAILS.has(key(next))) return 'date';
  return null;
}

/** "aged 22", "22-year-old", "۱۶ ساله", "children under 18", "Mohsen Shekari, 23, was…". */
function age(c: Candidate): NotCount | null {
  const { text, first, last } = c;
  AGE_SUFFIX.lastIndex = last.end;
  if (AGE_SUFFIX.test(text)) return 'age';
  const [before, earlier] = c.before;
  if (before && AGE_WORDS.has(before.key)) return 'age';
  if (before?.key === 'of' && earlier && AGE_WORDS.has(earlier.key)) return 'age';
  const qualifier = phraseIn(c.before, AGE_QUALIFIERS);
  if (qualifier) {
    const noun = c.before.find((word) => word.end <= qualifier.start) ?? null;
    const next = c.next;
    if (noun && AGE_NOUNS.has(key(noun)) && !(next && unitOfWord(next.text))) return 'age';
  }
  if (first === last && first.digits !== null && Number.isInteger(first.value) && first.value < MAX_AGE) {
    const open = backOverBlanks(text, first.start);
    const mark = text[open - 1];
    const close = text[skipBlanks(text, c.end)];
    if ((mark === ',' && close === ',') || (mark === '(' && close === ')')) {
      const name = wordBefore(text, open - 1);
      if (name && name.end === backOverBlanks(text, open - 1) && UPPER.test(name.text)) return 'age';
    }
  }
  return null;
}

/** "three days", "five consecutive years", "۳۰ سال زندان". */
function duration(c: Candidate): NotCount | null {
  let next = c.next;
  if (next && DURATION_MODIFIERS.has(key(next))) next = wordAfter(c.text, next.end);
  return next && DURATION_WORDS.has(key(next)) ? 'duration' : null;
}

function inYearRange(value: number): boolean {
  return YEAR_RANGES.some(
    ([low, high]) => low !== undefined && high !== undefined && value >= low && value <= high,
  );
}

/**
 * "in 1988", "the 1988 massacre", "the 2019 protests", "۱۴۰۱", "سال ۹۸", "'88". A bare
 * four-digit number in a year range is a year unless qualified, priced, or counting a noun
 * of `unit` with no determiner before it ("2000 protesters", "۱۴۰۰ نفر").
 */
export function year(c: Candidate, unit: string | null): NotCount | null {
  const { text, first, last } = c;
  const before = c.before[0];
  const countsNoun =
    unit !== null && !YEAR_EVENT_UNITS.has(unit) && !(before && YEAR_DETERMINERS.has(key(before)));
  if (before && YEAR_WORDS_STRONG.has(key(before))) return 'year';
  const apostrophe = text[first.start - 1];
  if ((apostrophe === "'" || apostrophe === '’') && first.digits?.length === 2) return 'year';
  if (
    first.plain &&
    first.digits?.length === 2 &&
    unit === null &&
    before &&
    YEAR_EVENT_NOUNS.has(key(before))
  )
    return 'year';
  for (const n of first === last ? [first] : [first, last]) {
    if (!n.plain || n.digits?.length !== 4 || !inYearRange(n.value)) continue;
    if (n === first && before && YEAR_WORDS.has(key(before))) return 'year';
    if (first !== last) return 'year';
    if (!c.marked && !countsNoun) return 'year';
  }
  return null;
}

/**
 * The tests that need only the first number and the words around it: dates ("June 20",
 * "20 June"), years after "in"/"since", durations ("three days"). Run before ranges and
 * qualifiers are read, since these are most of the numbers in a report that are not counts.
 */
export function quickNotACount(text: string, first: Numeral, before: readonly Word[]): NotCount | null {
  const nearest = before[0] ?? null;
  if (isMonth(nearest)) return 'date';
  const yearLike = first.plain && first.digits?.length === 4 && inYearRange(first.value);
  if (yearLike && nearest && YEAR_WORDS.has(nearest.key)) return 'year';
  if (first.attached !== null) return null;
  FURNITURE_AFTER.lastIndex = first.end;
  if (FURNITURE_AFTER.test(text)) return 'furniture';
  const next = wordAfter(text, first.end);
  if (next && isMonth(next)) return 'date';
  if (next && DURATION_WORDS.has(next.key)) return 'duration';
  // "the 1988 massacre", "in 1988,": nothing around it can make the year a count.
  if (yearLike && !mayMakeCount(text, first, nearest, next)) return 'year';
  return null;
}

/**
 * Whether a qualifier, currency, range, percent sign or counted noun may stand next to a
 * year-like number, so that the full reading must decide ("more than 2000", "$2000",
 * "2000-3000", "2000 protesters"); when none can, it is a year.
 */
function mayMakeCount(text: string, first: Numeral, nearest: Word | null, next: Word | null): boolean {
  if (nearest && PHRASE_ENDINGS.has(nearest.key)) return true;
  const before = text[first.start - 1];
  if (before !== undefined && before !== ' ' && before !== '\n' && before !== '(') return true;
  const after = text[first.end];
  if (after !== undefined && after !== ' ' && after !== '\n' && !YEAR_CLOSERS.has(after)) return true;
  return next !== null && (unitOfWord(next.text) !== null || NEXT_TO_NUMBER.has(next.key) || !next.latin);
}

const YEAR_CLOSERS: ReadonlySet<string> = new Set([',', '.', ';', ':', ')', '!', '?', '"', '”', '’', "'"]);

/** The context tests, cheapest and most decisive first; `year` needs the counted noun and runs later. */
const TESTS = [
  attached,
  ordinalAfter,
  hyphenated,
  joinedDigits,
  furniture,
  date,
  age,
  duration,
  reference,
  listMarker,
  phone,
  web,
];

/** Why `c` is not a count, or null when it may be one. */
export function notACount(c: Candidate): NotCount | null {
  for (const test of TESTS) {
    const reason = test(c);
    if (reason) return reason;
  }
  return null;
}
