/**
 * Finds the quantities in a text: numbers in digits or words, vague amounts ("tens of
 * thousands", "ده‌ها"), qualifiers ("at least", "بیش از"), ranges ("40 to 45", "بین … تا …"),
 * each with the unit and noun phrase counted, leaving out numbers that count nothing (see
 * `_context.ts`).
 * @module
 */
import type { Quantity, Span } from '../../../core/types.js';
import { asciiDigits } from '../../../core/text.js';
import {
  notACount,
  phoneRun,
  quickNotACount,
  webSpans,
  year,
  type Candidate,
  type NotCount,
} from './_context.js';
import { whatIsCounted, type Counted } from './_counted.js';
import {
  applyPrefix,
  mayBePhone,
  precedingWords,
  readExpression,
  readNumber,
  sticky,
  type Expression,
} from './_expression.js';
import { inheritCounted, joinBounds } from './_join.js';
import {
  CLASSIFIERS,
  CURRENCY_WORDS,
  DURATION_WORDS,
  LABEL_EXCEPTIONS,
  NEEDS_CLASSIFIER,
  NEEDS_COUNTED_NOUN,
  PREFILTERS,
  VAGUE,
  VAGUE_AT,
  VAGUE_FIRST,
  VAGUE_SCALE,
  VAGUE_SCALES,
  phraseKey,
} from './_lexicon.js';
import type { Numeral } from './_numeral.js';
import { isDigitCode, isLetter, wordAfter, wordBefore } from './_words.js';

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

function skip(start: number, end: number, reason: Skipped['reason'], next = end): Outcome {
  return { quantity: null, skipped: { span: [start, end], reason }, next };
}

function numberAt(text: string, analysis: string, at: number, web: Candidate['web']): Outcome {
  const first = readNumber(text, analysis, at);
  if (!first) return { quantity: null, skipped: null, next: at + 1 };
  if (!Number.isFinite(first.value)) return skip(at, first.end, 'code');
  const phone = first.digits === null || !mayBePhone(analysis, first) ? null : phoneRun(analysis, at);
  if (phone !== null) return skip(at, phone, 'phone');

  const before = precedingWords(analysis, first.start);
  const quick = quickNotACount(analysis, first, before);
  if (quick) return skip(first.start, first.end, quick);
  const { expression, last, range } = readExpression(text, analysis, first, before);

  const candidate: Candidate = {
    text: analysis,
    first,
    last,
    end: expression.end,
    marked: range || expression.qualifier !== 'exact' || expression.unit !== null,
    before,
    web,
    next: wordAfter(analysis, expression.end),
  };
  const reason = notACount(candidate);
  if (reason) return skip(expression.start, Math.max(expression.end, last.end), reason);

  const counted = whatIsCounted(text, analysis, expression);
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
  const counted = whatIsCounted(text, analysis, expression);
  const next = wordAfter(analysis, expression.end);
  const nextKey = next ? next.key : '';
  if (
    DURATION_WORDS.has(nextKey) ||
    (counted.counted !== null && DURATION_WORDS.has(phraseKey(counted.counted)))
  ) {
    return skip(expression.start, expression.end, 'duration');
  }
  if (range.needsNoun && (counted.unit === null || counted.counted === null))
    return skip(expression.start, expression.end, 'needs-noun');
  return { quantity: toQuantity(text, expression, counted), skipped: null, next: expression.end };
}

/**
 * The prefilters, compiled once: building them for every document cost more than scanning a short
 * one. Each scan sets `lastIndex` before every search, so one scan at a time may share them.
 */
const PREFILTER_PATTERNS: readonly RegExp[] = PREFILTERS.map((source) => new RegExp(source, 'gi'));

/** The hits of every prefilter, in text order. */
class Hits {
  private readonly patterns = PREFILTER_PATTERNS;
  /** Per pattern: where its next hit at or after the last position asked for starts and ends; -1 when done. */
  private readonly starts: number[];
  private readonly ends: number[];
  /** End of the hit `next` returned last. */
  end = 0;

  constructor(private readonly text: string) {
    // Filled by push, not `map`: see `findEnglishDates`.
    this.starts = [];
    this.ends = [];
    for (let i = 0; i < this.patterns.length; i++) {
      this.starts.push(-2);
      this.ends.push(-2);
    }
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

/** Whether the letters glued before `at` are a currency code ("USD10m", "RM79"), in capitals. */
function gluedCurrency(analysis: string, at: number): boolean {
  const code = wordBefore(analysis, at);
  return (
    code !== null &&
    code.end === at &&
    code.text === code.text.toUpperCase() &&
    CURRENCY_WORDS.map.has(code.key)
  );
}

/** Reads what starts at a prefilter hit: a vague amount or a number, or null when neither does. */
function candidateAt(text: string, analysis: string, at: number, web: Candidate['web']): Outcome | null {
  const previous = analysis.charCodeAt(at - 1);
  // Inside a word or a longer number: "5th", "F35", "دولت"; but "USD10m", "RM79" carry a currency code.
  if (isDigitCode(previous) || previous === 0x5f || previous === 0x200c) return null;
  if (isLetter(previous) && !(isDigitCode(analysis.charCodeAt(at)) && gluedCurrency(analysis, at)))
    return null;
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
  return { quantities: inheritCounted(analysis, joinBounds(text, analysis, quantities)), skipped };
}

/** Every quantity in `text`, sorted by span start. */
export function findQuantities(text: string, analysis: string = asciiDigits(text)): Quantity[] {
  return scanQuantities(text, analysis).quantities;
}
