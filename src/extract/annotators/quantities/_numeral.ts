/**
 * Reads one number at a position: digits with separators and scale words or suffixes
 * ("120,000", "1.5 million", "2.3bn", "۳ هزار"), or number words in English and Persian
 * ("two hundred and fifty", "half a million", "صد و بیست هزار").
 * @module
 */
import {
  ARABIC_LETTER,
  DIGIT_SCALE_SUFFIXES,
  LATIN,
  NEGATIVE_WORDS,
  NUMBER_WORDS,
  ORDINAL_SUFFIXES,
  ORDINAL_WORDS,
} from './_lexicon.js';
import type { NumberWord } from './_lexicon.js';

export interface Numeral {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  /** Written (at least partly) in words. */
  readonly spelled: boolean;
  /** Number of number tokens read (connectors excluded). */
  readonly tokens: number;
  /** Lower-case first token, for words that only count with a noun after them ("one"). */
  readonly first: string;
  /** The digits as written when the number starts with digits, else null. */
  readonly digits: string | null;
  /** Digits only: no separator, decimal point, suffix or scale word. */
  readonly plain: boolean;
  /** The last scale applied (1000, 1e6, …), or 1. */
  readonly scale: number;
  /** Letters written straight after the digits that are not a scale suffix ("rd", "km", "s"). */
  readonly attached: string | null;
}

// Thousands groups need a non-digit after them, so "1,2345" reads as "1" and stops. A plain
// space groups digits only in two or more groups ("1 234 567"): "On November 16 200 people"
// holds two numbers; no-break and thin spaces always group.
const DIGITS =
  /\d{1,3}(?:(?:,\d{3}(?!\d))+|(?:\u066C\d{3}(?!\d))+|(?:[\u00A0\u202F\u2009]\d{3}(?!\d))+|(?: \d{3}(?!\d)){2,})(?:[.\u066B]\d+)?|\d+(?:[.\u066B]\d+)?/y;
const LATIN_RUN = new RegExp(`[${LATIN}]+`, 'y');
const WORD = new RegExp(`[${LATIN}]+|[${ARABIC_LETTER}]+(?:\\u200C[${ARABIC_LETTER}]+)*`, 'y');
const BLANKS = /[ \t\u00A0]+/y;
const ARABIC_CHAR = new RegExp(`[${ARABIC_LETTER}]`);

interface Token {
  readonly start: number;
  readonly end: number;
  readonly key: string;
  // Every field is always set, undefined where it does not apply: tokens of one shape keep the
  // reading below from meeting a new object layout at each kind of token.
  /** Set for digit tokens. */
  readonly number: number | undefined;
  readonly word: NumberWord | undefined;
  readonly suffixScale: number | undefined;
  readonly attached: string | undefined;
  readonly separated: boolean;
}

function sticky(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

function readDigits(text: string, at: number): Token | null {
  const match = sticky(DIGITS, text, at);
  if (!match) return null;
  const raw = match[0];
  let end = at + raw.length;
  const value = Number(raw.replace(/[,\u066C \u00A0\u202F\u2009]/g, '').replace('\u066B', '.'));
  let suffixScale: number | undefined;
  let attached: string | undefined;
  const letters = sticky(LATIN_RUN, text, end);
  if (letters) {
    const scale = DIGIT_SCALE_SUFFIXES.get(letters[0].toLowerCase());
    if (scale !== undefined) {
      suffixScale = scale;
      end += letters[0].length;
    } else {
      attached = letters[0];
    }
  }
  return {
    start: at,
    end,
    key: raw,
    number: value,
    word: undefined,
    suffixScale,
    attached,
    separated: raw.length > 0 && /[^0-9]/.test(raw),
  };
}

function readWord(text: string, at: number): Token | null {
  const match = sticky(WORD, text, at);
  if (!match) return null;
  const key = match[0].toLowerCase();
  const word = NUMBER_WORDS.get(key);
  return {
    start: at,
    end: at + match[0].length,
    key,
    number: undefined,
    word: word || undefined,
    suffixScale: undefined,
    attached: undefined,
    separated: false,
  };
}

function readToken(text: string, at: number): Token | null {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57 ? readDigits(text, at) : readWord(text, at);
}

/** Position of the next token after `at`: blanks, or a hyphen between two words; -1 when none. */
function nextTokenStart(text: string, at: number, previous: Token): number {
  const blanks = sticky(BLANKS, text, at);
  if (blanks) return at + blanks[0].length;
  const char = text[at];
  if (char === '-' && previous.word && /[A-Za-z]/.test(text[at + 1] ?? '')) return at + 1;
  if (char === '\u200C') return at + 1;
  // "۳هزار": Persian writers sometimes join a scale word straight to the digits.
  if (previous.number !== undefined && ARABIC_CHAR.test(char ?? '')) return at;
  return -1;
}

function digitCount(value: number): number {
  return value < 10 ? 1 : value < 100 ? 2 : 3;
}

/** Whether a small number word can follow the running group ("twenty" then "five", "صد" then "بیست"). */
function fitsAfter(current: number, value: number): boolean {
  return current === 0 || (current % 10 ** digitCount(value) === 0 && current < 1000);
}

interface State {
  total: number;
  current: number;
  lastScale: number;
  tokens: number;
  spelled: boolean;
  /** "a", "an" or "half" read, waiting for its scale word. */
  pending: 'article' | 'half' | null;
  last: Token | null;
  afterAnd: boolean;
}

/** Applies one token to the running value; false when the token does not continue the number. */
function accept(state: State, token: Token, allowDigitsAfterWords: boolean): boolean {
  const { word } = token;
  if (token.number !== undefined) {
    const lastWasScale = state.last?.word?.kind === 'scale' || state.last?.word?.kind === 'hundred';
    if (state.tokens === 0) {
      state.current = token.number;
    } else if (
      (lastWasScale && state.afterAnd && state.current === 0 && token.number < state.lastScale) ||
      (allowDigitsAfterWords &&
        !token.separated &&
        token.number < 1000 &&
        fitsAfter(state.current, token.number))
    ) {
      state.current += token.number;
    } else {
      return false;
    }
    if (token.suffixScale !== undefined) {
      state.total += state.current * token.suffixScale;
      state.current = 0;
      state.lastScale = token.suffixScale;
    }
    state.tokens++;
    return true;
  }
  if (!word) return false;
  if (state.pending && word.kind !== 'scale' && word.kind !== 'hundred' && word.kind !== 'dozen') {
    if (!(state.pending === 'half' && word.kind === 'article')) return false;
    return true;
  }
  const lastIsDigits = state.last?.number !== undefined;
  switch (word.kind) {
    case 'article':
    case 'half':
      if (state.tokens > 0) return false;
      state.pending = word.kind;
      state.current = word.value;
      return true;
    case 'small':
      if (lastIsDigits || !fitsAfter(state.current, word.value)) return false;
      if (state.tokens > 0 && state.current === 0 && state.total === 0) return false;
      state.current += word.value;
      break;
    case 'hundred':
    case 'dozen':
      if (state.current >= 100 || state.current % 1 !== 0 || state.lastScale <= word.value) {
        if (!(state.pending && state.current < 1)) return false;
      }
      if (state.tokens === 0 && !state.pending && !word.persian) return false;
      state.current = (state.current || 1) * word.value;
      break;
    case 'scale':
      if (word.value >= state.lastScale) return false;
      if (state.tokens === 0 && !state.pending && !word.persian) return false;
      state.total += (state.current || 1) * word.value;
      state.current = 0;
      state.lastScale = word.value;
      break;
    case 'and':
      return false;
  }
  state.pending = null;
  state.spelled = true;
  state.tokens++;
  return true;
}

/**
 * Reads the number that starts at `at` in `text` (ASCII digits), or null when none does.
 * A run of digits too long for a number has the value Infinity, so callers can skip it whole.
 * `allowDigitsAfterWords` accepts loose forms like "چهارصد 200" (used by `parseNumberWords`).
 */
export function readNumeral(text: string, at: number, allowDigitsAfterWords = false): Numeral | null {
  const state: State = {
    total: 0,
    current: 0,
    lastScale: Infinity,
    tokens: 0,
    spelled: false,
    pending: null,
    last: null,
    afterAnd: false,
  };
  let end = at;
  let first = '';
  let digits: string | null = null;
  let plain = false;
  let attached: string | null = null;
  let pos = at;
  for (;;) {
    let start = pos;
    if (state.last) {
      start = nextTokenStart(text, pos, state.last);
      if (start < 0) break;
    }
    let token = readToken(text, start);
    state.afterAnd = false;
    if (token?.word?.kind === 'and' && state.last && !state.pending) {
      const lastKind = state.last.word?.kind;
      // English "and" only joins after hundred or a scale; Persian "و" joins any two parts.
      if (!token.word.persian && lastKind !== 'hundred' && lastKind !== 'scale') break;
      const after = nextTokenStart(text, token.end, token);
      if (after < 0) break;
      token = readToken(text, after);
      state.afterAnd = true;
    }
    if (!token || !accept(state, token, allowDigitsAfterWords)) break;
    if (state.last === null) {
      first = token.key;
      if (token.number !== undefined) {
        digits = token.key;
        plain = !token.separated && token.suffixScale === undefined;
        attached = token.attached ?? null;
      }
    } else {
      plain = false;
    }
    state.last = token;
    if (!state.pending) end = token.end;
    pos = token.end;
    // Letters glued to digits ("3rd", "10km") end the number.
    if (token.attached !== undefined || token.suffixScale !== undefined) break;
  }
  if (state.tokens === 0 || state.pending) return null;
  const value = state.total + state.current;
  if (attached !== null && end !== at + (digits?.length ?? 0)) attached = null;
  return {
    start: at,
    end,
    value,
    spelled: state.spelled,
    tokens: state.tokens,
    first,
    digits,
    plain,
    scale: Number.isFinite(state.lastScale) ? state.lastScale : 1,
    attached,
  };
}

const ORDINAL_TAIL = [...ORDINAL_SUFFIXES].sort((x, y) => y.length - x.length);

/** Strips an ordinal ending from a Persian number word ("هزارمین" → "هزار"), if what is left is a number word. */
function withoutOrdinal(word: string): string {
  if (NUMBER_WORDS.has(word)) return word;
  for (const suffix of ORDINAL_TAIL) {
    if (word.length > suffix.length && word.endsWith(suffix)) {
      const stem = word.slice(0, -suffix.length);
      if (NUMBER_WORDS.has(stem)) return stem;
      // "سوم", "سی‌ام": the stem may itself lose a ZWNJ or a final letter.
      const trimmed = stem.replace(/\u200C$/, '');
      if (NUMBER_WORDS.has(trimmed)) return trimmed;
    }
  }
  return word;
}

/**
 * The value of a whole phrase of number words (cardinal or ordinal, optionally negative:
 * "منفی سه هزار" → -3000, "two hundred and fifty" → 250), or null when it is not one.
 * Expects ASCII digits.
 */
export function parseNumberWords(phrase: string): number | null {
  const words = phrase
    .trim()
    .split(/[\s]+/)
    .filter((word) => word.length > 0);
  let sign = 1;
  if (words[0] && NEGATIVE_WORDS.has(words[0].toLowerCase())) {
    sign = -1;
    words.shift();
  } else if (words[0]?.startsWith('-')) {
    sign = -1;
    words[0] = words[0].slice(1);
  }
  // A detached ordinal ending ("سی اُم") belongs to the word before it.
  const last = words[words.length - 1];
  if (last && words.length > 1 && ORDINAL_SUFFIXES.has(last)) words.pop();
  const normal = words.map((word) => withoutOrdinal(word.toLowerCase())).join(' ');
  if (normal.length === 0) return null;
  const numeral = readNumeral(normal, 0, true);
  if (!numeral || numeral.end !== normal.length) return null;
  const value = sign * numeral.value;
  return value === 0 ? 0 : value;
}

/** Whether a word is an ordinal number word ("سوم", "بیستم", "هزارمین"), not a cardinal. */
export function isOrdinalWord(word: string): boolean {
  const key = word.toLowerCase();
  if (NUMBER_WORDS.has(key)) return false;
  return ORDINAL_WORDS.has(key) || NUMBER_WORDS.has(withoutOrdinal(key));
}

/** Whether the letters after a number make it an ordinal ("3rd", "40th", "۲۰ام"). */
export function isOrdinalSuffix(letters: string): boolean {
  return ORDINAL_SUFFIXES.has(letters.toLowerCase());
}

export const LETTER_AFTER = new RegExp(`[${LATIN}${ARABIC_LETTER}]`);
