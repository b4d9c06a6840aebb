/**
 * The number expression around a number: a range ("40 to 45", "between $62 and $68", "بین …
 * تا …"), a percent sign, a measure ("10km", "6.1-inch"), a currency ("$4bn"), a sign, and
 * the qualifiers before and after it ("at least", ">= 30", "200 or more").
 * @module
 */
import type { Qualifier } from '../../../core/types.js';
import { measureOf } from './_context.js';
import { previousWordKey } from './_counted.js';
import {
  CHANGE_VERBS,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  NEGATIVE_WORDS,
  NOT_RANGE_AFTER,
  PERCENT,
  PHRASE_ENDINGS,
  PREFIX_QUALIFIERS,
  PREFIX_SYMBOLS,
  PREFIX_SYMBOL_CHARS,
  RANGE_AND,
  RANGE_BETWEEN,
  RANGE_FROM,
  RANGE_OR,
  RANGE_TO,
  SUFFIX_QUALIFIERS,
  phraseKey,
} from './_lexicon.js';
import { readNumeral, type Numeral } from './_numeral.js';
import { isDigitCode, isLetter, phraseIn, wordAfter, wordBefore, wordsBefore, type Word } from './_words.js';

const PERSIAN_DIGIT = /[\u06F0-\u06F9\u0660-\u0669]/;

const SUFFIX_THAN = /[ \t\u00A0]+than(?![A-Za-z])/iy;

/** A number expression being read: its span, interval, qualifier and unit so far. */
export interface Expression {
  start: number;
  end: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  approximate: boolean;
  unit: string | null;
}

export function sticky(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
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
  const tail = slash + 1 + digits[0].length;
  const rebuilt = `${numeral.digits}.${digits[0]}${analysis.slice(tail, tail + 40)}`;
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

export function readNumber(text: string, analysis: string, at: number): Numeral | null {
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
export function unitEnd(numeral: Numeral): number {
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

export function percentAfter(analysis: string, at: number): number {
  const match = sticky(PERCENT, analysis, at);
  return match ? at + match[0].length : -1;
}

function prefixQualifier(
  analysis: string,
  at: number,
  before: readonly Word[],
): { start: number; value: Qualifier } | null {
  // "~300", ">= 30", "< = 100": symbols, perhaps with blanks between them.
  let start = at;
  let symbols = '';
  for (let pos = at - 1; pos >= 0 && at - pos <= 4; pos--) {
    const char = analysis[pos] ?? '';
    if (PREFIX_SYMBOL_CHARS.has(char)) {
      symbols = char + symbols;
      start = pos;
    } else if (char !== ' ') break;
  }
  const symbol = symbols ? PREFIX_SYMBOLS.get(symbols) : undefined;
  if (symbol) return { start, value: symbol };
  return phraseIn(before, PREFIX_QUALIFIERS);
}

export function applyPrefix(expression: Expression, analysis: string, before: readonly Word[]): void {
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
      // "exactly 300", "a total of 300": the words belong to the figure, which stays as it was.
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

/** The words before a number: only the nearest, unless it may end a phrase looked up there. */
export function precedingWords(analysis: string, at: number): readonly Word[] {
  const nearest = wordBefore(analysis, at);
  if (!nearest) return [];
  const key = nearest.period ? `${nearest.key}.` : nearest.key;
  return PHRASE_ENDINGS.has(key) || PHRASE_ENDINGS.has(nearest.key)
    ? wordsBefore(analysis, at, MAX_WORDS_BEFORE)
    : [nearest];
}

/** A phone number starts with + or ( or goes on with a separator and a digit. */
export function mayBePhone(analysis: string, first: Numeral): boolean {
  const before = analysis[first.start - 1];
  if (before === '+' || before === '(') return true;
  const after = analysis[first.end];
  return (
    (after === ' ' || after === '-' || after === '.' || after === ')') &&
    isDigitCode(analysis.charCodeAt(first.end + 1))
  );
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
  if (expression.start !== first.start) return;
  const dash = analysis[expression.start - 1];
  if (dash === '-' || dash === '\u2212') {
    // Glued to the digits, after a blank, a bracket, a symbol or nothing: "-5 yards", "(-1.3%)", "<-30".
    const previous = analysis[expression.start - 2];
    const opens =
      previous === undefined || previous === ' ' || previous === '\n' || previous === '(' || previous === '$';
    if (!opens && !PREFIX_SYMBOL_CHARS.has(previous)) return;
    expression.start -= 1;
  } else {
    const word = before[0];
    if (!word || word.end !== expression.start - 1 || !NEGATIVE_WORDS.has(word.key)) return;
    expression.start = word.start;
  }
  expression.low = expression.low === null ? null : -expression.low;
  expression.high = expression.high === null ? null : -expression.high;
}

/** Enough words before a number for the longest qualifier, range opener or currency phrase. */
const MAX_WORDS_BEFORE = 5;

/** What `readExpression` read: the expression, its last number, and whether it is a range. */
export interface ReadExpression {
  readonly expression: Expression;
  readonly last: Numeral;
  readonly range: boolean;
}

/**
 * The whole expression around the number `first`: a range, a percent sign, a measure, a
 * currency, a sign and qualifiers before and after it. `before` are the words before `first`.
 */
export function readExpression(
  text: string,
  analysis: string,
  first: Numeral,
  before: readonly Word[],
): ReadExpression {
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
  if (!range) {
    applySuffix(expression, analysis);
    applySign(expression, analysis, first, before);
  }
  if (opener === null) {
    applyPrefix(
      expression,
      analysis,
      expression.start === first.start || currency ? lead : precedingWords(analysis, expression.start),
    );
  }
  return { expression, last, range: range !== null };
}
