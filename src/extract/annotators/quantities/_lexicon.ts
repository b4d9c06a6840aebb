/**
 * The quantities rules (src/extract/rules/quantities-*.json) compiled once into the maps,
 * sets and regular expressions the scanner uses.
 * @module
 */
import numbers from '../../rules/quantities-numbers.json' with { type: 'json' };
import phrases from '../../rules/quantities-phrases.json' with { type: 'json' };
import units from '../../rules/quantities-units.json' with { type: 'json' };
import context from '../../rules/quantities-context.json' with { type: 'json' };
import type { Qualifier } from '../../../core/types.js';

/** Character classes shared by every pattern below. */
export const LATIN = 'A-Za-z\\u00C0-\\u024F';
export const ARABIC_LETTER = '\\u0621-\\u065F\\u0670-\\u06D3\\u06FA-\\u06FF';
const ZWNJ = '\\u200C';
const GAP = '[ \\t\\u00A0]+';

export type WordKind = 'small' | 'hundred' | 'dozen' | 'scale' | 'article' | 'half' | 'and';

export interface NumberWord {
  readonly kind: WordKind;
  readonly value: number;
  readonly persian: boolean;
}

export interface PhraseRule<T> {
  readonly pattern: RegExp;
  readonly lookup: ReadonlyMap<string, T>;
}

/** Comparison key of a phrase: lower case, no spaces or zero-width non-joiners. */
export function phraseKey(phrase: string): string {
  return phrase.toLowerCase().replace(/[\s\u200C]+/g, '');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** Regex source for a phrase: spaces match runs of blanks, a ZWNJ may be a space or absent. */
function phraseSource(phrase: string): string {
  const body = phrase
    .split(/([ \u200C])/)
    .map((part) => (part === ' ' ? GAP : part === '\u200C' ? `[${ZWNJ} ]?` : escape(part)))
    .join('');
  const first = phrase[0] ?? '';
  const last = phrase[phrase.length - 1] ?? '';
  const before = /[A-Za-z]/.test(first)
    ? `(?<![${LATIN}])`
    : /[\u0600-\u06FF]/.test(first)
      ? `(?<![${ARABIC_LETTER}${ZWNJ}])`
      : '';
  const after = /[A-Za-z]/.test(last)
    ? `(?![${LATIN}])`
    : /[\u0600-\u06FF]/.test(last)
      ? `(?![${ARABIC_LETTER}${ZWNJ}])`
      : '';
  return `${before}${body}${after}`;
}

function alternation(list: readonly string[]): string {
  return [...new Set(list)]
    .sort((x, y) => y.length - x.length)
    .map(phraseSource)
    .join('|');
}

function keyed<T>(entries: Iterable<readonly [string, T]>): Map<string, T> {
  const map = new Map<string, T>();
  for (const [phrase, value] of entries) map.set(phraseKey(phrase), value);
  return map;
}

// --- number words -------------------------------------------------------------------------

function numberWords(): Map<string, NumberWord> {
  const map = new Map<string, NumberWord>();
  for (const [language, set] of [
    ['english', numbers.english],
    ['persian', numbers.persian],
  ] as const) {
    const persian = language === 'persian';
    const add = (kind: WordKind, words: Record<string, number>) => {
      for (const [word, value] of Object.entries(words)) map.set(word, { kind, value, persian });
    };
    add('small', set.small);
    add('hundred', set.hundred);
    add('dozen', set.dozen);
    add('scale', set.scale);
    for (const word of set.article) map.set(word, { kind: 'article', value: 1, persian });
    for (const word of set.half) map.set(word, { kind: 'half', value: 0.5, persian });
    for (const word of set.and) map.set(word, { kind: 'and', value: 0, persian });
  }
  return map;
}

export const NUMBER_WORDS: ReadonlyMap<string, NumberWord> = numberWords();

export const DIGIT_SCALE_SUFFIXES: ReadonlyMap<string, number> = new Map(
  Object.entries(numbers.digitScaleSuffixes).filter(
    (entry): entry is [string, number] => typeof entry[1] === 'number',
  ),
);

export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(numbers.ordinalSuffixes);
export const NEGATIVE_WORDS: ReadonlySet<string> = new Set(numbers.negative);
export const NEEDS_COUNTED_NOUN: ReadonlySet<string> = new Set(numbers.needsCountedNoun.words);

// --- phrases ------------------------------------------------------------------------------

export interface VagueRange {
  readonly low: number;
  readonly high: number;
}

const vagueEntries = Object.entries(phrases.vague.phrases).map(
  ([phrase, [low, high]]) => [phrase, { low: low ?? 0, high: high ?? 0 }] as const,
);
export const VAGUE: ReadonlyMap<string, VagueRange> = keyed(vagueEntries);
const VAGUE_SOURCE = alternation(vagueEntries.map(([phrase]) => phrase));

function qualifierRule(table: Record<string, string[]>, anchor: 'end' | 'start'): PhraseRule<Qualifier> {
  const entries: (readonly [string, Qualifier])[] = [];
  for (const [qualifier, list] of Object.entries(table)) {
    for (const phrase of list) entries.push([phrase, qualifier as Qualifier]);
  }
  const source = alternation(entries.map(([phrase]) => phrase));
  const pattern =
    anchor === 'end'
      ? new RegExp(`(?:${source})[ \\t\\u00A0]*$`, 'i')
      : new RegExp(`[ \\t\\u00A0]*(?:${source})`, 'iy');
  return { pattern, lookup: keyed(entries) };
}

/** Qualifiers written before the number, matched at the end of the text before it. */
export const PREFIX_QUALIFIERS = qualifierRule(phrases.prefixQualifiers, 'end');
/** Qualifiers written after the number ("200 or more"), matched where the number ends. */
export const SUFFIX_QUALIFIERS = qualifierRule(phrases.suffixQualifiers, 'start');

export const RANGE_BETWEEN = new RegExp(
  `(?:${alternation(phrases.rangeOpeners.between)})[ \\t\\u00A0]*$`,
  'i',
);
export const RANGE_CONNECTOR = new RegExp(
  `[ \\t\\u00A0]*(${alternation(phrases.rangeConnectors.always)})[ \\t\\u00A0]*`,
  'iy',
);
export const RANGE_AND = new RegExp(
  `[ \\t\\u00A0]*(?:${alternation(phrases.rangeConnectors.afterBetween)})[ \\t\\u00A0]*`,
  'iy',
);

export const PERCENT = new RegExp(
  `(?:${alternation(phrases.percent.symbols)})|${GAP.replace('+', '*')}(?:${alternation(phrases.percent.words)})`,
  'iy',
);
export const CURRENCY_BEFORE = new RegExp(
  `(?:${alternation(phrases.currency.prefixSymbols)})[ \\t\\u00A0]?$`,
  'i',
);

// --- units --------------------------------------------------------------------------------

function unitMap(): Map<string, string> {
  const map = new Map<string, string>();
  for (const [unit, words] of Object.entries(units.units)) {
    for (const word of words) if (!map.has(word)) map.set(word, unit);
  }
  return map;
}

/** Counted noun (lower case) → unit label ("people", "cities", …). */
export const UNIT_NOUNS: ReadonlyMap<string, string> = unitMap();
/** Measurement word or abbreviation (lower case) → canonical unit. */
export const MEASURES: ReadonlyMap<string, string> = new Map(Object.entries(units.measures));
export const COUNTED = {
  maxWords: units.counted.maxWords,
  maxWordsPersian: units.counted.maxWordsPersian,
  skipFirst: new Set(units.counted.skipFirst),
  skipAfterOf: new Set(units.counted.skipAfterOf),
  stop: new Set(units.counted.stop),
  stopAfterFirst: new Set(units.counted.stopAfterFirst),
  verbSuffixes: units.counted.verbSuffixes,
  verbPrefixesPersian: units.counted.verbPrefixesPersian,
} as const;

// --- contexts -----------------------------------------------------------------------------

export const REFERENCE_WORDS: ReadonlySet<string> = new Set(context.referenceWordsBefore);
export const MONTHS: ReadonlySet<string> = new Set(context.months);
export const YEAR_RANGES: readonly (readonly number[])[] = context.years.ranges;
export const YEAR_WORDS: ReadonlySet<string> = new Set(context.years.wordsBefore);
export const AGE_WORDS: ReadonlySet<string> = new Set(context.ageWordsBefore);
export const AGE_SUFFIX = new RegExp(`(?:${context.ageSuffixes.map(phraseSource).join('|')})`, 'iy');
export const DURATION_WORDS: ReadonlySet<string> = new Set(context.durationWords);
export const TIME_SUFFIX = new RegExp(
  `[ \\t\\u00A0]*(?:${alternation(context.timeSuffixes)})(?![${LATIN}${ARABIC_LETTER}])`,
  'iy',
);
export const FURNITURE_AFTER = new RegExp(`[ \\t\\u00A0]*(?:${alternation(context.furnitureAfter)})`, 'iy');
export const FURNITURE_BEFORE = new RegExp(
  `(?:${alternation(context.furnitureBefore)})${GAP}\\d+[ \\t\\u00A0]*(?:of|/|از)[ \\t\\u00A0]*$`,
  'i',
);
export const MAX_DIAGNOSTICS: number = context.maxDiagnostics;

// --- the candidate scanner ----------------------------------------------------------------

const startWords = [...NUMBER_WORDS.entries()]
  .filter(
    ([, word]) =>
      word.kind === 'small' || (word.persian && (word.kind === 'hundred' || word.kind === 'scale')),
  )
  .map(([text]) => text);
const englishScales = [...NUMBER_WORDS.entries()]
  .filter(
    ([, word]) =>
      !word.persian && (word.kind === 'hundred' || word.kind === 'scale' || word.kind === 'dozen'),
  )
  .map(([text]) => text)
  .join('|');
const persianScales = [...NUMBER_WORDS.entries()]
  .filter(([, word]) => word.persian && word.kind === 'scale')
  .map(([text]) => text)
  .join('|');

/**
 * Where a quantity may start: a vague phrase (group 1), a digit, a number word, "a"/"half"
 * before a scale word. One alternation, so the text is scanned once.
 */
export const CANDIDATE_SOURCE =
  `(?<![${LATIN}0-9_${ARABIC_LETTER}${ZWNJ}])(?:(${VAGUE_SOURCE})|\\d|` +
  `(?:${alternation(startWords)})|an?${GAP}(?:${englishScales})(?![${LATIN}])|` +
  `half(?:${GAP}|-)(?:an?(?:${GAP}|-))?(?:${englishScales})(?![${LATIN}])|` +
  `نیم[ \\u200C]?(?:${persianScales})(?![${ARABIC_LETTER}]))`;
