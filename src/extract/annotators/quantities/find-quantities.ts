/**
 * Finds the quantities in a text: numbers in digits or words, vague amounts ("tens of
 * thousands", "ده‌ها"), qualifiers ("at least", "بیش از"), ranges ("40 to 45", "بین … تا …"),
 * each with the unit and noun phrase counted, leaving out numbers that count nothing (see
 * `_context.ts`).
 * @module
 */
import type { Qualifier, Quantity, Span } from '../../../core/types.js';
import { asciiDigits } from '../../../core/text.js';
import { countedAfter, countedBefore, previousWordKey, type Counted } from './_counted.js';
import { measureOf, notACount, phoneRun, webSpans, year, type Candidate, type NotCount } from './_context.js';
import {
  CHANGE_VERBS,
  CLASSIFIERS,
  COUNTED_BEFORE_HINT,
  COUNTED_BEFORE_WINDOW,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DURATION_WORDS,
  HYPHEN_MODIFIERS,
  NEEDS_CLASSIFIER,
  NEEDS_COUNTED_NOUN,
  NEGATIVE_WORDS,
  NOT_RANGE_AFTER,
  LABEL_EXCEPTIONS,
  PERCENT,
  PHRASE_ENDINGS,
  PREFIX_QUALIFIERS,
  PREFIX_SYMBOLS,
  RANGE_AND,
  RANGE_BETWEEN,
  RANGE_FROM,
  RANGE_OR,
  RANGE_TO,
  PREFILTERS,
  SUFFIX_QUALIFIERS,
  VAGUE,
  VAGUE_AT,
  VAGUE_FIRST,
  VAGUE_SCALE,
  VAGUE_SCALES,
  phraseKey,
} from './_lexicon.js';
import { readNumeral, type Numeral } from './_numeral.js';
import { isDigitCode, isLetter, phraseIn, wordAfter, wordBefore, wordsBefore, type Word } from './_words.js';

/** A number left out, for diagnostics. */
export interface Skipped {
  readonly span: Span;
  readonly reason: NotCount | 'needs-noun';
  /** A counted noun followed, so a reader might take it for a count ("the 1988 victims"). */
  readonly ambiguous?: boolean;
}

export interface FoundQuantities {
  readonly quantities: Quantity[];
  readonly skipped: Skipped[];
}

/** Enough words before a number for the longest qualifier, range opener or currency phrase. */
const MAX_WORDS_BEFORE = 5;
const PERSIAN_DIGIT = /[\u06F0-\u06F9\u0660-\u0669]/;
const SUFFIX_THAN = /[ \t\u00A0]+than(?![A-Za-z])/iy;

interface Expression {
  start: number;
  end: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  approximate: boolean;
  unit: string | null;
}

function sticky(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** "۲/۵ میلیون": Persian writes the decimal point as a slash. */
function persianDecimal(text: string, analysis: string, numeral: Numeral): Numeral {
  const slash = numeral.end;
  if (analysis[slash] !== '/' || !PERSIAN_DIGIT.test(text[numeral.start] ?? '') || numeral.digits === null)
    return numeral;
  const fraction = /\d+(?![/\d])/y;
  fraction.lastIndex = slash + 1;
  const digits = fraction.exec(analysis);
  if (!digits || !numeral.plain || analysis[slash - 2] === '/' || analysis[slash - 3] === '/') return numeral;
  const rebuilt = `${numeral.digits}.${digits[0]}${analysis.slice(slash + 1 + digits[0].length)}`;
  const again = readNumeral(rebuilt, 0);
  if (!again) return numeral;
  return {
    ...again,
    start: numeral.start,
    end: numeral.start + again.end,
    plain: false,
    digits: numeral.digits,
  };
}

function readNumber(text: string, analysis: string, at: number): Numeral | null {
  const numeral = readNumeral(analysis, at);
  if (!numeral) return null;
  // ".001 per cent", "a .500 record": a decimal written without its leading zero.
  if (
    numeral.digits !== null &&
    analysis[at - 1] === '.' &&
    !isLetter(analysis.charCodeAt(at - 2)) &&
    !isDigitCode(analysis.charCodeAt(at - 2))
  ) {
    const fraction = readNumeral(`0${analysis.slice(at - 1, numeral.end)}`, 0);
    if (fraction) return { ...numeral, start: at - 1, value: fraction.value, plain: false };
  }
  return persianDecimal(text, analysis, numeral);
}

/** Where a number's own writing ends: after letters of a measure glued to it ("15kHz", "10km"). */
function unitEnd(numeral: Numeral): number {
  return numeral.attached !== null && measureOf(numeral.attached) !== null
    ? numeral.end + numeral.attached.length
    : numeral.end;
}

interface Range {
  readonly second: Numeral;
  readonly low: number;
  readonly start: number;
}

/** "40 to 45", "between 120,000 and 200,000", "three or four", "2 to 3 million", "$62 to $68", "بین … تا …". */
function readRange(
  text: string,
  analysis: string,
  first: Numeral,
  before: readonly Word[],
  firstPercent: boolean,
): Range | null {
  const between = phraseIn(before, RANGE_BETWEEN);
  const from = between ? null : phraseIn(before, RANGE_FROM);
  const changed = !between && !from && NOT_RANGE_AFTER.has(before[0]?.key ?? '');
  const connectors = between ? [RANGE_AND, RANGE_TO] : changed ? [RANGE_OR] : [RANGE_TO, RANGE_OR];
  const firstEnd = firstPercent ? percentAfter(analysis, first.end) : unitEnd(first);
  const priced = CURRENCY_SYMBOLS.has(
    analysis[analysis[first.start - 1] === ' ' ? first.start - 2 : first.start - 1] ?? '',
  );
  for (const connector of connectors) {
    const link = sticky(connector, analysis, firstEnd);
    if (!link) continue;
    let secondAt = firstEnd + link[0].length;
    // "$62 and $68": the currency is written again.
    if (priced && CURRENCY_SYMBOLS.has(analysis[secondAt] ?? ''))
      secondAt += analysis[secondAt + 1] === ' ' ? 2 : 1;
    const second = readNumber(text, analysis, secondAt);
    if (!second || second.start !== secondAt) continue;
    // "0.4 per cent to 13176" is a change and a level, not a range of percentages.
    if (firstPercent && percentAfter(analysis, second.end) < 0) return null;
    let low = first.value;
    // "2 to 3 million": the scale of the second number carries over to the first.
    if (first.scale === 1 && second.scale > 1 && low * second.scale < second.value) {
      low *= second.scale;
    }
    if (!(second.value > low)) continue;
    // "three or four": only spelled-out numbers; "25k or 40k" are two figures.
    if (
      connector === RANGE_OR &&
      (first.digits !== null || second.digits !== null || second.value > low * 10)
    )
      continue;
    if (from && CHANGE_VERBS.has(previousWordKey(analysis, from.start))) return null;
    const start = between?.start ?? from?.start ?? first.start;
    return { second, low, start };
  }
  return null;
}

function percentAfter(analysis: string, at: number): number {
  const match = sticky(PERCENT, analysis, at);
  return match ? at + match[0].length : -1;
}

function prefixQualifier(
  analysis: string,
  at: number,
  before: readonly Word[],
): { start: number; value: Qualifier } | null {
  const symbol = PREFIX_SYMBOLS.get(analysis[at - 1] ?? '');
  if (symbol) return { start: at - 1, value: symbol };
  return phraseIn(before, PREFIX_QUALIFIERS);
}

function applyPrefix(expression: Expression, analysis: string, before: readonly Word[]): void {
  const prefix = prefixQualifier(analysis, expression.start, before);
  if (!prefix) return;
  const qualifier = prefix.value;
  expression.start = prefix.start;
  const value = expression.qualifier === 'range' || expression.qualifier === 'vague' ? null : expression.low;
  switch (qualifier) {
    case 'about':
      expression.approximate = true;
      if (expression.qualifier === 'exact') expression.qualifier = 'about';
      return;
    case 'more_than':
    case 'at_least':
      expression.high = null;
      break;
    case 'less_than':
    case 'at_most':
      expression.low = null;
      expression.high = value ?? expression.high;
      break;
    default:
      return;
  }
  expression.qualifier = qualifier;
}

function applySuffix(expression: Expression, analysis: string): void {
  const suffix = sticky(SUFFIX_QUALIFIERS.pattern, analysis, expression.end);
  if (!suffix) return;
  const end = expression.end + suffix[0].length;
  // "200 and more than 50 injured" is two figures.
  if (sticky(SUFFIX_THAN, analysis, end)) return;
  const qualifier = SUFFIX_QUALIFIERS.lookup.get(phraseKey(suffix[0].trim()));
  if (!qualifier) return;
  expression.end = end;
  if (qualifier === 'about') {
    expression.approximate = true;
    expression.qualifier = 'about';
  } else if (qualifier === 'at_least' || qualifier === 'more_than') {
    expression.high = null;
    expression.qualifier = qualifier;
  } else if (qualifier === 'at_most' || qualifier === 'less_than') {
    expression.low = null;
    expression.qualifier = qualifier;
  }
}

/** "$4.5 billion", "US$ 4m", "USD 300": the currency is the unit and part of the text. */
function currencyBefore(
  analysis: string,
  at: number,
  before: readonly Word[],
): { start: number; unit: string } | null {
  let start = at;
  if (analysis[start - 1] === ' ') start--;
  const symbol = CURRENCY_SYMBOLS.get(analysis[start - 1] ?? '');
  if (symbol) {
    // "US$ 4m": a country code written before the symbol belongs to it.
    const code = wordBefore(analysis, start - 1);
    return {
      start: code && code.end === start - 1 && code.text.length <= 2 ? code.start : start - 1,
      unit: symbol,
    };
  }
  const word = phraseIn(before, CURRENCY_WORDS);
  return word ? { start: word.start, unit: word.value } : null;
}

/** Where one candidate ended up: a quantity or a reason to skip it, and where to scan on. */
interface Outcome {
  readonly quantity: Quantity | null;
  readonly skipped: Skipped | null;
  readonly next: number;
}

function toQuantity(text: string, expression: Expression, counted: Counted): Quantity {
  return {
    text: text.slice(expression.start, expression.end),
    span: [expression.start, expression.end],
    low: expression.low,
    high: expression.high,
    qualifier: expression.qualifier,
    approximate: expression.approximate,
    unit: expression.unit ?? counted.unit,
    counted: counted.counted,
  };
}

function counting(text: string, analysis: string, expression: Expression): Counted {
  const modifier = hyphenModifier(analysis, expression.end);
  if (modifier) {
    const after = countedAfter(text, analysis, modifier.end);
    return { ...after, unit: modifier.unit };
  }
  // "60 percent of the protesters": a percentage counts only its "of" phrase, not "a 43% increase".
  if (
    expression.unit === 'percent' &&
    !/^[ \t\u00A0]*(?:of|از)[ \t\u00A0]/i.test(analysis.slice(expression.end, expression.end + 6))
  ) {
    return { counted: null, unit: null, classifierOnly: false };
  }
  const after = countedAfter(text, analysis, expression.end);
  if ((after.counted === null || after.classifierOnly) && mayNameCountedBefore(analysis, expression.start)) {
    const before = countedBefore(text, analysis, expression.start);
    if (before.counted !== null) return { ...before, unit: before.unit ?? after.unit };
  }
  return after;
}

/** Whether the text just before `at` holds a word that may name what a number counts ("number of", "تعداد"). */
function mayNameCountedBefore(analysis: string, at: number): boolean {
  COUNTED_BEFORE_HINT.lastIndex = 0;
  return COUNTED_BEFORE_HINT.test(analysis.slice(Math.max(0, at - COUNTED_BEFORE_WINDOW), at));
}

/** "a 3,000-strong crowd": the compound says what is counted. */
function hyphenModifier(analysis: string, at: number): { end: number; unit: string } | null {
  if (analysis[at] !== '-') return null;
  const word = wordAfter(analysis, at + 1);
  const unit = word && word.start === at + 1 ? HYPHEN_MODIFIERS.get(word.text.toLowerCase()) : undefined;
  return word && unit ? { end: word.end, unit } : null;
}

function skip(start: number, end: number, reason: Skipped['reason'], next = end): Outcome {
  return { quantity: null, skipped: { span: [start, end], reason }, next };
}

/** The words before a number: only the nearest, unless it may end a phrase looked up there. */
function precedingWords(analysis: string, at: number): readonly Word[] {
  const nearest = wordBefore(analysis, at);
  if (!nearest) return [];
  const key = nearest.period ? `${nearest.key}.` : nearest.key;
  return PHRASE_ENDINGS.has(key) || PHRASE_ENDINGS.has(nearest.key)
    ? wordsBefore(analysis, at, MAX_WORDS_BEFORE)
    : [nearest];
}

/** A phone number starts with + or ( or goes on with a separator and a digit. */
function mayBePhone(analysis: string, first: Numeral): boolean {
  const before = analysis[first.start - 1];
  if (before === '+' || before === '(') return true;
  const after = analysis[first.end];
  return (
    (after === ' ' || after === '-' || after === '.' || after === ')') &&
    isDigitCode(analysis.charCodeAt(first.end + 1))
  );
}

function numberAt(text: string, analysis: string, at: number, web: Candidate['web']): Outcome {
  const first = readNumber(text, analysis, at);
  if (!first) return { quantity: null, skipped: null, next: at + 1 };
  if (!Number.isFinite(first.value)) return skip(at, first.end, 'code');
  const phone = first.digits === null || !mayBePhone(analysis, first) ? null : phoneRun(analysis, at);
  if (phone !== null) return skip(at, phone, 'phone');

  const before = precedingWords(analysis, first.start);
  const currency = currencyBefore(analysis, first.start, before);
  // Words before the currency sign, if any: "between $62 and $68", "more than $300".
  const lead = currency ? precedingWords(analysis, currency.start) : before;
  const firstPercent = percentAfter(analysis, first.end) >= 0;
  const range = readRange(text, analysis, first, lead, firstPercent);
  const opener = range && range.start !== first.start ? range.start : null;
  let last = range?.second ?? first;
  const percent = percentAfter(analysis, last.end);
  // Letters glued to the digits were a percent sign's word ("24pc") or a measure ("10km").
  if (percent >= 0 && last.attached !== null) last = { ...last, attached: null };
  const measure = last.attached === null ? null : measureOf(last.attached);
  const expression: Expression = {
    start: opener ?? currency?.start ?? first.start,
    end: percent >= 0 ? percent : unitEnd(last),
    low: range?.low ?? first.value,
    high: last.value,
    qualifier: range ? 'range' : 'exact',
    approximate: false,
    unit: percent >= 0 || firstPercent ? 'percent' : (measure ?? currency?.unit ?? null),
  };
  hyphenatedMeasure(expression, analysis);
  if (opener === null) applyPrefix(expression, analysis, lead);
  if (!range) {
    applySuffix(expression, analysis);
    applySign(expression, analysis, first, before);
  }

  const candidate: Candidate = {
    text: analysis,
    first,
    last,
    end: expression.end,
    marked: range !== null || expression.qualifier !== 'exact' || expression.unit !== null,
    before,
    web,
  };
  const reason = notACount(candidate);
  if (reason) return skip(expression.start, Math.max(expression.end, last.end), reason);

  const counted = counting(text, analysis, expression);
  const yearReason = year(candidate, counted.counted === null ? null : counted.unit);
  if (yearReason) {
    const outcome = skip(expression.start, expression.end, yearReason);
    const ambiguous = counted.unit === 'people' && outcome.skipped !== null;
    return ambiguous ? { ...outcome, skipped: { ...outcome.skipped, ambiguous } } : outcome;
  }
  if (counted.unit === null && expression.unit === null && isLabel(candidate)) {
    return skip(expression.start, expression.end, 'reference');
  }
  if (
    first === last &&
    first.tokens === 1 &&
    expression.unit === null &&
    !needsNounSatisfied(analysis, first, counted)
  ) {
    return skip(expression.start, expression.end, 'needs-noun');
  }
  return { quantity: toQuantity(text, expression, counted), skipped: null, next: expression.end };
}

/** "a 6.1-inch screen", "a 10-km march": a measure written as a compound. */
function hyphenatedMeasure(expression: Expression, analysis: string): void {
  if (expression.unit !== null || analysis[expression.end] !== '-') return;
  const word = wordAfter(analysis, expression.end + 1);
  const measure = word && word.start === expression.end + 1 ? measureOf(word.text) : null;
  if (!word || !measure) return;
  expression.unit = measure;
  expression.end = word.end;
}

/** "-5 yards", "minus 5", "منفی ۵": a sign, but not a list dash at the start of a line. */
function applySign(expression: Expression, analysis: string, first: Numeral, before: readonly Word[]): void {
  if (expression.start !== first.start || expression.qualifier !== 'exact') return;
  const dash = analysis[expression.start - 1];
  if (dash === '-' || dash === '\u2212') {
    const previous = analysis[expression.start - 2];
    if (previous !== ' ' && previous !== '(' && previous !== '$') return;
    if (previous === ' ' && !isLetter(analysis.charCodeAt(expression.start - 3))) return;
    expression.start -= 1;
  } else {
    const word = before[0];
    if (!word || word.end !== expression.start - 1 || !NEGATIVE_WORDS.has(word.key)) return;
    expression.start = word.start;
  }
  expression.low = expression.low === null ? null : -expression.low;
  expression.high = expression.high === null ? null : -expression.high;
}

/**
 * "iPhone 11 Pro", "Game 6", "Boeing 787", "S&P 500": a bare whole number right after a
 * word with a capital letter (not a preposition or qualifier) names something.
 */
function isLabel(c: Candidate): boolean {
  const word = c.before[0];
  if (!word || !word.latin || word.period || !/\p{Lu}/u.test(word.text)) return false;
  if (!c.first.plain || c.first !== c.last || c.marked) return false;
  return !LABEL_EXCEPTIONS.has(word.key);
}

/** "one protester" (not "one of the"), "یک نفر" (not "یک فعال", an activist). */
function needsNounSatisfied(analysis: string, numeral: Numeral, counted: Counted): boolean {
  const first = numeral.first.toLowerCase();
  if (NEEDS_CLASSIFIER.has(first)) {
    const next = wordAfter(analysis, numeral.end);
    return next !== null && CLASSIFIERS.has(next.key);
  }
  // "one protester", not "one of the protesters" or "no one".
  if (NEEDS_COUNTED_NOUN.has(first))
    return counted.unit !== null && wordAfter(analysis, numeral.end)?.text.toLowerCase() !== 'of';
  return true;
}

function vagueAt(text: string, analysis: string, at: number, length: number): Outcome {
  const phrase = analysis.slice(at, at + length);
  const range = VAGUE.get(phraseKey(phrase));
  if (!range) return { quantity: null, skipped: null, next: at + length };
  const expression: Expression = {
    start: at,
    end: at + length,
    low: range.low,
    high: range.high,
    qualifier: 'vague',
    approximate: true,
    unit: null,
  };
  // "thousands of billions", "هزاران میلیارد": scaled.
  const scale = sticky(VAGUE_SCALE, analysis, expression.end);
  const factor = scale?.[1] ? VAGUE_SCALES.get(phraseKey(scale[1])) : undefined;
  if (scale && factor !== undefined) {
    expression.low = range.low * factor;
    expression.high = range.high * factor;
    expression.end += scale[0].length;
  }
  applyPrefix(expression, analysis, precedingWords(analysis, at));
  const counted = counting(text, analysis, expression);
  const next = wordAfter(analysis, expression.end);
  const nextKey = next ? next.key : '';
  if (
    DURATION_WORDS.has(nextKey) ||
    (counted.counted !== null && DURATION_WORDS.has(phraseKey(counted.counted)))
  ) {
    return skip(expression.start, expression.end, 'duration');
  }
  if (range.needsNoun && counted.unit === null) return skip(expression.start, expression.end, 'needs-noun');
  return { quantity: toQuantity(text, expression, counted), skipped: null, next: expression.end };
}

/** The hits of every prefilter, in text order. */
class Hits {
  private readonly patterns = PREFILTERS.map((source) => new RegExp(source, 'gi'));
  /** Per pattern: where its next hit at or after the last position asked for starts and ends; -1 when done. */
  private readonly starts: number[];
  private readonly ends: number[];
  /** End of the hit `next` returned last. */
  end = 0;

  constructor(private readonly text: string) {
    this.starts = this.patterns.map(() => -2);
    this.ends = this.patterns.map(() => -2);
  }

  /** The first hit at or after `from`, or -1. */
  next(from: number): number {
    let best = -1;
    for (let i = 0; i < this.patterns.length; i++) {
      let at = this.starts[i] ?? -1;
      if (at === -1) continue;
      if (at < from) {
        const pattern = this.patterns[i] as RegExp;
        pattern.lastIndex = from;
        const hit = pattern.exec(this.text);
        at = hit ? hit.index : -1;
        this.starts[i] = at;
        this.ends[i] = hit ? hit.index + hit[0].length : -1;
      }
      if (at >= 0 && (best < 0 || at < best)) {
        best = at;
        this.end = this.ends[i] ?? at + 1;
      }
    }
    return best;
  }
}

/** Reads what starts at a prefilter hit: a vague amount or a number, or null when neither does. */
function candidateAt(text: string, analysis: string, at: number, web: Candidate['web']): Outcome | null {
  const previous = analysis.charCodeAt(at - 1);
  // Inside a word or a longer number: "5th", "F35", "دولت".
  if (isLetter(previous) || isDigitCode(previous) || previous === 0x5f || previous === 0x200c) return null;
  const code = analysis.charCodeAt(at);
  if (!isDigitCode(code)) {
    const word = wordAfter(analysis, at);
    if (word && VAGUE_FIRST.has(phraseKey(word.text.split('\u200c')[0] ?? ''))) {
      VAGUE_AT.lastIndex = at;
      const vague = VAGUE_AT.exec(analysis);
      if (vague) return vagueAt(text, analysis, at, vague[0].length);
    }
  }
  return numberAt(text, analysis, at, web);
}

/**
 * Every quantity in `text`, sorted by span start, with the numbers left out and why.
 * `analysis` is `text` with Persian and Arabic-Indic digits as ASCII (same length).
 */
export function scanQuantities(text: string, analysis: string = asciiDigits(text)): FoundQuantities {
  const quantities: Quantity[] = [];
  const skipped: Skipped[] = [];
  const hits = new Hits(analysis);
  const web = webSpans(analysis);
  for (let at = hits.next(0); at >= 0;) {
    const outcome = candidateAt(text, analysis, at, web);
    if (outcome?.quantity) quantities.push(outcome.quantity);
    if (outcome?.skipped) skipped.push(outcome.skipped);
    // Past the hit at least: a run of digits is tried once, at its start.
    at = hits.next(Math.max(hits.end, outcome?.next ?? 0));
  }
  return { quantities, skipped };
}

/** Every quantity in `text`, sorted by span start. */
export function findQuantities(text: string, analysis: string = asciiDigits(text)): Quantity[] {
  return scanQuantities(text, analysis).quantities;
}
