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
import { phraseKey, type PhraseTable } from './_words.js';

export { phraseKey };

/** Character classes shared by every pattern below. */
export const LATIN = 'A-Za-z\\u00C0-\\u024F';
export const ARABIC_LETTER = '\\u0621-\\u065F\\u0670-\\u06D3\\u06FA-\\u06FF';
const ZWNJ = '\\u200C';
const GAP = '[ \\t\\u00A0]+';
const BLANKS = '[ \\t\\u00A0]*';

/** Versions of the four rules files, for the annotator's version string. */
export const RULES_VERSION = [numbers, phrases, units, context].map((file) => file.version).join('.');

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

function keySet(list: readonly string[]): ReadonlySet<string> {
  return new Set(list.map(phraseKey));
}

/** A sticky pattern for one of `list` at a position, after optional blanks. */
function stickyPhrases(list: readonly string[]): RegExp {
  return new RegExp(`${BLANKS}(?:${alternation(list)})`, 'iy');
}

function wordCount(phrase: string): number {
  return phrase.split(/[ \u200C]+/).filter((part) => part.length > 0).length;
}

/** A table looked up word by word (see `phraseBefore`): cheaper than a regex anchored at the end. */
function table<T>(entries: Iterable<readonly [string, T]>): PhraseTable<T> {
  const list = [...entries];
  return { map: keyed(list), maxWords: Math.max(1, ...list.map(([phrase]) => wordCount(phrase))) };
}

function tableOf(list: readonly string[]): PhraseTable<true> {
  return table(list.map((phrase) => [phrase, true] as const));
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

/** Whether a lower-case word is itself a number ("three", "thousand", "هزار"), not "a", "and" or "half". */
export function isNumberWord(key: string): boolean {
  const kind = NUMBER_WORDS.get(key)?.kind;
  return kind === 'small' || kind === 'hundred' || kind === 'scale' || kind === 'dozen';
}

export const DIGIT_SCALE_SUFFIXES: ReadonlyMap<string, number> = new Map(
  Object.entries(numbers.digitScaleSuffixes).filter(
    (entry): entry is [string, number] => typeof entry[1] === 'number',
  ),
);

export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(numbers.ordinalSuffixes);
export const ORDINAL_WORDS: ReadonlySet<string> = new Set(numbers.ordinalWords.words);
export const NEGATIVE_WORDS: ReadonlySet<string> = new Set(numbers.negative);
export const NEEDS_COUNTED_NOUN: ReadonlySet<string> = new Set(numbers.needsCountedNoun.words);
export const NEEDS_CLASSIFIER: ReadonlySet<string> = new Set(numbers.needsClassifier.words);

// --- vague amounts ------------------------------------------------------------------------

export interface VagueRange {
  readonly low: number;
  readonly high: number;
  /** Only an amount before a counted noun ("several protesters", "چند شهر"). */
  readonly needsNoun: boolean;
}

function vagueEntries(table: Record<string, number[]>, needsNoun: boolean) {
  return Object.entries(table).map(
    ([phrase, [low, high]]) => [phrase, { low: low ?? 0, high: high ?? 0, needsNoun }] as const,
  );
}

const allVague = [
  ...vagueEntries(phrases.vague.phrases, false),
  ...vagueEntries(phrases.vague.needNoun.phrases, true),
];
export const VAGUE: ReadonlyMap<string, VagueRange> = keyed(allVague);
const VAGUE_SOURCE = alternation(allVague.map(([phrase]) => phrase));

/** Scale words a vague amount is multiplied by ("thousands of billions"). */
export const VAGUE_SCALES: ReadonlyMap<string, number> = keyed(
  Object.entries(phrases.vague.scaleWords.words),
);
export const VAGUE_SCALE = new RegExp(
  `${BLANKS}(?:of${GAP})?(${alternation(Object.keys(phrases.vague.scaleWords.words))})`,
  'iy',
);

// --- qualifiers and ranges ----------------------------------------------------------------

function qualifierEntries(table: Record<string, string[] | string>): (readonly [string, Qualifier])[] {
  const entries: (readonly [string, Qualifier])[] = [];
  for (const [qualifier, list] of Object.entries(table)) {
    if (!Array.isArray(list)) continue;
    for (const phrase of list) entries.push([phrase, qualifier as Qualifier]);
  }
  return entries;
}

const prefixEntries = qualifierEntries(phrases.prefixQualifiers);
const isSymbol = (phrase: string) => !/\p{L}/u.test(phrase);
/** Qualifiers written before the number ("at least", "بیش از"), looked up word by word. */
export const PREFIX_QUALIFIERS: PhraseTable<Qualifier> = table(prefixEntries.filter(([p]) => !isSymbol(p)));
/** Qualifier symbols written straight before the number ("~300"). */
export const PREFIX_SYMBOLS: ReadonlyMap<string, Qualifier> = new Map(
  prefixEntries.filter(([p]) => isSymbol(p)),
);

const suffixEntries = qualifierEntries(phrases.suffixQualifiers);
/** Qualifiers written after the number ("200 or more", "20-odd"), matched where the number ends. */
export const SUFFIX_QUALIFIERS: PhraseRule<Qualifier> = {
  pattern: stickyPhrases(suffixEntries.map(([phrase]) => phrase)),
  lookup: keyed(suffixEntries),
};

export const RANGE_BETWEEN = tableOf(phrases.rangeOpeners.between);
export const RANGE_FROM = tableOf(phrases.rangeOpeners.from);
export const CHANGE_VERBS: ReadonlySet<string> = keySet(phrases.rangeOpeners.changeVerbs);
/** Words before a first number that make "X to Y" a change (see `rangeOpeners.notAfter`), and the verbs of change. */
export const NOT_RANGE_AFTER: ReadonlySet<string> = new Set([
  ...keySet(phrases.rangeOpeners.notAfter.words),
  ...CHANGE_VERBS,
]);

function connector(list: readonly string[]): RegExp {
  return new RegExp(`${BLANKS}(?:${alternation(list)})${BLANKS}`, 'iy');
}
export const RANGE_TO = connector(phrases.rangeConnectors.always);
export const RANGE_AND = connector(phrases.rangeConnectors.afterBetween);
export const RANGE_OR = connector(phrases.rangeConnectors.alternatives);

export const PERCENT = new RegExp(
  `(?:${alternation(phrases.percent.symbols)})|${BLANKS}(?:${alternation(phrases.percent.words)})`,
  'iy',
);

const { comment: _currencyComment, ...currencySymbols } = units.currencySymbols;
const currencyEntries = Object.entries(currencySymbols);
/** Currency symbols written straight before a number ("$4bn", "€300") → unit. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map(
  currencyEntries.filter(([s]) => isSymbol(s)),
);
/** Currency words written before a number ("USD 300", "US$ 4m") → unit. */
export const CURRENCY_WORDS: PhraseTable<string> = table(currencyEntries.filter(([s]) => !isSymbol(s)));

// --- units and the counted phrase ---------------------------------------------------------

function unitMap(): Map<string, string> {
  const map = new Map<string, string>();
  for (const [unit, words] of Object.entries(units.units)) {
    for (const word of words) {
      const key = phraseKey(word);
      if (!map.has(key)) map.set(key, unit);
    }
  }
  return map;
}

const UNIT_NOUNS: ReadonlyMap<string, string> = unitMap();
const PLURAL_ENDINGS = units.pluralSuffixes.endings.map(([ending, replacement]) => [
  phraseKey(ending ?? ''),
  replacement ?? '',
]);

/** The unit a counted noun selects ("protesters" → "people", "شهرها" → "cities"), or null. */
export function unitOfWord(word: string): string | null {
  const key = phraseKey(word);
  const direct = UNIT_NOUNS.get(key);
  if (direct !== undefined) return direct;
  for (const [ending, replacement] of PLURAL_ENDINGS) {
    if (ending && key.length > ending.length + 2 && key.endsWith(ending)) {
      const unit = UNIT_NOUNS.get(key.slice(0, -ending.length) + replacement);
      if (unit !== undefined) return unit;
    }
  }
  return null;
}

/** Measurement word or abbreviation (lower case) → canonical unit. */
export const MEASURES: ReadonlyMap<string, string> = new Map(Object.entries(units.measures));
export const CLASSIFIERS: ReadonlySet<string> = keySet(units.classifiers.words);
export const GENERIC_COUNTED: ReadonlySet<string> = keySet(units.classifiers.generic);
export const PARTICIPLES: ReadonlySet<string> = keySet(units.participles.words);
export const AUXILIARIES: ReadonlySet<string> = keySet(units.participles.auxiliaries);
export const MAX_AUXILIARIES: number = units.participles.maxAuxiliaries;

export const COUNTED = {
  maxWords: units.counted.maxWords,
  maxWordsPersian: units.counted.maxWordsPersian,
  skipFirst: stickyPhrases(units.counted.skipFirst),
  skipAfterOf: stickyPhrases(units.counted.skipAfterOf),
  trailing: keySet(units.counted.trailing),
  stop: keySet(units.counted.stop),
  stopAfterFirst: keySet(units.counted.stopAfterFirst),
  verbSuffixes: units.counted.verbSuffixes,
  notVerbs: keySet(units.counted.notVerbs),
  verbs: keySet(units.counted.verbs.words),
  verbPrefixesPersian: units.counted.verbPrefixesPersian,
  persianLightVerbs: keySet(units.counted.persianLightVerbs.words),
  ofComplements: keySet(units.counted.ofComplements.nouns),
  skipLeading: keySet(units.counted.skipLeading.words),
  ofComplementWords: units.counted.ofComplements.maxWords,
} as const;

const countedBeforeWords = [...units.countedBefore.heads, ...Object.keys(units.countedBefore.named)].map(
  (phrase) => phrase.split(' ').pop() ?? '',
);
/** A quick test for any last word of a head or name in `COUNTED_BEFORE`, before reading words one by one. */
export const COUNTED_BEFORE_HINT = new RegExp(alternation(countedBeforeWords), 'i');
/** How far back, in characters, `COUNTED_BEFORE_HINT` looks. */
export const COUNTED_BEFORE_WINDOW = 120;

export const COUNTED_BEFORE = {
  heads: tableOf(units.countedBefore.heads),
  named: table(Object.entries(units.countedBefore.named)),
  maxGapWords: units.countedBefore.maxGapWords,
} as const;

// --- contexts -----------------------------------------------------------------------------

export const REFERENCE_WORDS: ReadonlySet<string> = new Set(context.referenceWordsBefore);
export const REFERENCE_NEEDS_MARK: ReadonlySet<string> = new Set(context.referenceNeedsPeriodOrCapital.words);
export const MONTHS: ReadonlySet<string> = keySet(context.months);
export const YEAR_RANGES: readonly (readonly number[])[] = context.years.ranges;
export const YEAR_WORDS: ReadonlySet<string> = keySet(context.years.wordsBefore);
export const YEAR_DETERMINERS: ReadonlySet<string> = keySet(context.years.determinersBefore);
export const YEAR_EVENT_UNITS: ReadonlySet<string> = new Set(context.years.eventUnits);
export const YEAR_EVENT_NOUNS: ReadonlySet<string> = keySet(context.years.eventNounsBefore.words);
export const YEAR_WORDS_STRONG: ReadonlySet<string> = keySet(context.yearWordsStrong.words);
export const AGE_WORDS: ReadonlySet<string> = new Set(context.ageWordsBefore);
export const AGE_SUFFIX = new RegExp(`(?:${context.ageSuffixes.map(phraseSource).join('|')})`, 'iy');
export const AGE_NOUNS: ReadonlySet<string> = keySet(context.ageNounsBefore.nouns);
export const AGE_QUALIFIERS = tableOf(context.ageNounsBefore.qualifiers);
export const MAX_AGE: number = context.agesAfterNames.maxAge;
export const DURATION_WORDS: ReadonlySet<string> = keySet(context.durationWords);
export const DURATION_MODIFIERS: ReadonlySet<string> = keySet(context.durationModifiers.words);
export const WEEKDAY_TAILS: ReadonlySet<string> = keySet(context.weekdayTails);
export const TIME_SUFFIX = new RegExp(
  `${BLANKS}(?:${alternation(context.timeSuffixes)})(?![${LATIN}${ARABIC_LETTER}])`,
  'iy',
);
export const FURNITURE_AFTER = stickyPhrases(context.furnitureAfter);
export const FURNITURE_BEFORE: ReadonlySet<string> = keySet(context.furnitureBefore);
export const PHONE = context.phone;
export const HYPHEN_MODIFIERS: ReadonlyMap<string, string> = new Map(
  Object.entries(context.hyphenModifiersKept.words),
);
export const DECADE_SUFFIXES: ReadonlySet<string> = new Set(context.decadeSuffixes);
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

/** A vague amount starting right here ("tens of thousands", "ده‌ها"); tried sticky where a word starts. */
export const VAGUE_AT = new RegExp(VAGUE_SOURCE, 'iy');
/** First words of the vague phrases (split at spaces and ZWNJ), so `VAGUE_AT` is tried only where one starts. */
export const VAGUE_FIRST: ReadonlySet<string> = new Set(
  allVague.map(([phrase]) => phraseKey(phrase.split(/[ \u200C]/)[0] ?? '')),
);

const firstWords = [
  ...new Set([...allVague.map(([phrase]) => phrase), ...startWords].map((p) => p.split(' ')[0] ?? '')),
];
const latinFirst = firstWords.filter((word) => /^[a-z]/.test(word) && word !== 'a' && word !== 'an');
latinFirst.push('half');
const persianFirst = firstWords.filter((word) => /^[\u0600-\u06FF]/.test(word));

/**
 * Where a quantity may start: a run of digits, a number word or the first word of a vague
 * amount in Latin or Arabic script, "a"/"an" before a scale word. Separate patterns, each
 * simple enough for the regex engine to skip plain prose fast (one alternation of all four
 * is several times slower); the scanner merges their hits in order.
 */
export const PREFILTERS: readonly string[] = [
  '\\d+',
  `\\b(?:${latinFirst.sort((x, y) => y.length - x.length).join('|')})\\b`,
  `\\ban?${GAP}(?:${englishScales}|few|handful)\\b`,
  `(?:${[...persianFirst, 'نیم'].sort((x, y) => y.length - x.length).join('|')})`,
];

/**
 * Last words of the phrases looked up before a number (qualifiers, range openers, currency
 * words, age phrases): only when the nearest word is one of them are more words read.
 */
export const PHRASE_ENDINGS: ReadonlySet<string> = new Set(
  [
    ...prefixEntries.map(([phrase]) => phrase),
    ...phrases.rangeOpeners.between,
    ...phrases.rangeOpeners.from,
    ...currencyEntries.map(([phrase]) => phrase),
    ...context.ageNounsBefore.qualifiers,
    'of',
  ].map((phrase) => phraseKey(phrase.split(' ').pop() ?? '')),
);

/** Capitalized words a number may follow without being a label's name: prepositions, qualifiers, sentence openers. */
export const LABEL_EXCEPTIONS: ReadonlySet<string> = new Set([
  ...COUNTED.stop,
  ...PHRASE_ENDINGS,
  ...YEAR_WORDS,
  ...MONTHS,
]);
