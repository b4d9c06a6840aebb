/**
 * What a number counts: the noun phrase after it ("MEK members and supporters", "معترض"),
 * the one it borrows through "of" ("22 of the country's 31 provinces"), a participle when no
 * noun follows ("six of them have been sentenced"), or a phrase named before it ("تعداد
 * بازداشت‌شدگان به ۱۴ هزار نفر رسید"). The unit is the label the head noun selects.
 * @module
 */
import {
  AUXILIARIES,
  CLASSIFIERS,
  COUNTED,
  GENERIC_COUNTED,
  COUNTED_BEFORE,
  MAX_AUXILIARIES,
  MEASURES,
  PARTICIPLES,
  VAGUE,
  isNumberWord,
  phraseKey,
  unitOfWord,
} from './_lexicon.js';
import { readNumeral } from './_numeral.js';
import { phraseIn, skipBlanks, wordAfter, wordBefore, wordsBefore, type Word } from './_words.js';

export interface Counted {
  /** The phrase as written, or null. */
  readonly counted: string | null;
  readonly unit: string | null;
  /** Only a classifier or generic noun ("نفر", "people") was found: a phrase named before may say more. */
  readonly classifierOnly: boolean;
}

const NOTHING: Counted = { counted: null, unit: null, classifierOnly: false };
const POSSESSIVE = /['’]s?$/;

function sticky(pattern: RegExp, text: string, at: number): number {
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  return match ? at + match[0].length : -1;
}

function looksLikeVerb(word: Word, key: string): boolean {
  if (COUNTED.verbs.has(key)) return true;
  if (COUNTED.notVerbs.has(key)) return false;
  if (word.latin)
    return COUNTED.verbSuffixes.some((suffix) => key.length > suffix.length + 2 && key.endsWith(suffix));
  return COUNTED.verbPrefixesPersian.some((prefix) => word.text.startsWith(prefix));
}

/** The words of a noun phrase starting at `at`: bounded, stopping at stop words, verbs and punctuation. */
function phraseWords(text: string, at: number, maxWords: number = COUNTED.maxWords): Word[] {
  const words: Word[] = [];
  let pos = at;
  let max = maxWords;
  for (;;) {
    if (words.length >= max) break;
    const word = wordAfter(text, pos);
    if (!word) break;
    const key = word.key;
    if (COUNTED.stop.has(key) || isNumberWord(key) || VAGUE.has(key)) break;
    if (words.length > 0 && (COUNTED.stopAfterFirst.has(key) || looksLikeVerb(word, key))) break;
    if (!word.latin) {
      if (COUNTED.verbPrefixesPersian.some((prefix) => word.text.startsWith(prefix))) break;
      // "ثبت شده است": the first half of a compound verb ends the phrase.
      const next = words.length > 0 ? wordAfter(text, word.end) : null;
      if (next && COUNTED.persianLightVerbs.has(next.key)) break;
    }
    if (words.length === 0) max = word.latin ? maxWords : Math.min(maxWords, COUNTED.maxWordsPersian);
    words.push(word);
    if (word.period) break;
    pos = word.end;
  }
  while (words.length > 0 && COUNTED.trailing.has(phraseKey(words[words.length - 1]?.text ?? '')))
    words.pop();
  const last = words[words.length - 1];
  // "members of the security forces": the "of" phrase belongs to the counted noun.
  if (last && last.latin && !last.period && COUNTED.ofComplements.has(last.key)) {
    const of = wordAfter(text, last.end);
    if (of && of.text.toLowerCase() === 'of') {
      let from = of.end;
      const determiner = sticky(COUNTED.skipAfterOf, text, from);
      if (determiner >= 0) from = determiner;
      const complement = phraseWords(text, from, COUNTED.ofComplementWords);
      if (complement.length > 0) words.push(...complement);
    }
  }
  return words;
}

/**
 * The unit of a phrase: its head noun decides. English heads come last ("government sites",
 * "MEK members and supporters": the last lexicon noun of the first conjunct); Persian heads
 * come first ("مکان دولتی").
 */
function unitOfPhrase(words: readonly Word[]): string | null {
  const first = words[0];
  if (!first) return null;
  if (!first.latin) {
    for (const word of words) {
      const unit = unitOfWord(word.text);
      if (unit) return unit;
    }
    return null;
  }
  let unit: string | null = null;
  for (const word of words) {
    const key = word.key;
    if (key === 'and' || key === 'or') {
      if (unit) break;
      continue;
    }
    unit = unitOfWord(word.text) ?? unit;
  }
  return unit;
}

function slice(text: string, words: readonly Word[]): string | null {
  const first = words[0];
  const last = words[words.length - 1];
  return first && last ? text.slice(first.start, last.end) : null;
}

/** "six of them have already been sentenced", "thousands more injured", "۴ نفر زخمی". */
function participleAfter(text: string, at: number): Word | null {
  let pos = at;
  for (let skipped = 0; skipped <= MAX_AUXILIARIES; skipped++) {
    const word = wordAfter(text, pos);
    if (!word) return null;
    const key = word.key;
    if (PARTICIPLES.has(key)) return word;
    if (!AUXILIARIES.has(key)) return null;
    pos = word.end;
  }
  return null;
}

/**
 * What the number ending at `at` counts, read from `text` (spans) and `analysis` (ASCII
 * digits, same length). `depth` stops "of" from borrowing more than once.
 */
export function countedAfter(text: string, analysis: string, at: number, depth = 0): Counted {
  let pos = at;
  const skip = sticky(COUNTED.skipFirst, analysis, pos);
  if (skip >= 0) {
    pos = skip;
    for (let i = 0; i < 2; i++) {
      const next = sticky(COUNTED.skipAfterOf, analysis, pos);
      if (next < 0) break;
      pos = next;
    }
    const possessive = wordAfter(analysis, pos);
    if (possessive && possessive.latin && POSSESSIVE.test(possessive.text)) pos = possessive.end;
    const numberAt = skipBlanks(analysis, pos);
    const code = analysis.charCodeAt(numberAt);
    if (depth === 0 && code >= 48 && code <= 57) {
      const numeral = readNumeral(analysis, numberAt);
      if (numeral) return countedAfter(text, analysis, numeral.end, depth + 1);
    }
  }
  const leading = wordAfter(analysis, pos);
  if (leading && COUNTED.skipLeading.has(leading.key)) pos = leading.end;
  const words = phraseWords(analysis, pos);
  const first = words[0];
  if (first && skip < 0 && MEASURES.has(first.text.toLowerCase()) && unitOfWord(first.text) === null) {
    return { counted: null, unit: MEASURES.get(first.text.toLowerCase()) ?? null, classifierOnly: false };
  }
  if (first && CLASSIFIERS.has(first.key)) {
    const classifierUnit = unitOfWord(first.text);
    // "۲۰ نفر معترض", "۲۷۶۶ نفر از بازداشت‌شدگان": the phrase after the classifier is counted.
    const rest = words.length > 1 ? words.slice(1) : phraseAfterOf(analysis, first.end);
    if (rest.length > 0) {
      return {
        counted: slice(text, rest),
        unit: unitOfPhrase(rest) ?? classifierUnit,
        classifierOnly: false,
      };
    }
  }
  if (words.length > 0) {
    // "thousands more injured", "128 dead": what happened to them says they are people.
    if (words.length === 1 && first && PARTICIPLES.has(first.key)) {
      return { counted: first.text, unit: unitOfWord(first.text) ?? 'people', classifierOnly: false };
    }
    const generic = words.length === 1 && first !== undefined && GENERIC_COUNTED.has(first.key);
    return { counted: slice(text, words), unit: unitOfPhrase(words), classifierOnly: generic };
  }
  const participle = participleAfter(analysis, pos);
  if (participle) return { counted: participle.text, unit: 'people', classifierOnly: false };
  return NOTHING;
}

function phraseAfterOf(text: string, at: number): Word[] {
  const of = wordAfter(text, at);
  if (!of || (of.text !== 'از' && of.text.toLowerCase() !== 'of')) return [];
  let pos = of.end;
  const determiner = sticky(COUNTED.skipAfterOf, text, pos);
  if (determiner >= 0) pos = determiner;
  return phraseWords(text, pos);
}

/**
 * A counted phrase named before the number at `start`, in the few words before it: "the
 * number of arrested protesters has reached 18,000", "the death toll rose to 300", "تعداد
 * بازداشت‌شدگان به ۱۴ هزار و ۱۶۰ نفر رسیده".
 */
export function countedBefore(text: string, analysis: string, start: number): Counted {
  // Nearest first: the words before the number; a head ends right before one, a name at one.
  const words = wordsBefore(analysis, start, COUNTED_BEFORE.maxGapWords + 4);
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word || (i > 0 && word.period)) break;
    const rest = words.slice(i);
    const named = i <= COUNTED_BEFORE.maxGapWords ? phraseIn(rest, COUNTED_BEFORE.named) : null;
    if (named)
      return { counted: text.slice(named.start, word.end), unit: named.value, classifierOnly: false };
    if (phraseIn(rest.slice(1), COUNTED_BEFORE.heads)) {
      const phrase = phraseWords(analysis, word.start);
      const last = phrase[phrase.length - 1];
      const gap = last ? words.findIndex((w) => w.end <= last.end) : -1;
      if (gap < 0 || gap > COUNTED_BEFORE.maxGapWords) return NOTHING;
      return { counted: slice(text, phrase), unit: unitOfPhrase(phrase), classifierOnly: false };
    }
  }
  return NOTHING;
}

/** The word before `at`, lower case, or "" (used by the scanner for verbs of change). */
export function previousWordKey(text: string, at: number): string {
  const word = wordBefore(text, at);
  return word ? word.key : '';
}
