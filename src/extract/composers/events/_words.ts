/**
 * The words the events composer reads: runs of letters and digits with their offsets, a
 * comparison key, and the clause each belongs to. Persian words are also split at the
 * zero-width non-joiner, so "کشته‌شدگان" and "کشته شدگان" read alike.
 * @module
 */
import { ASCII_WORD, isAscii, isWordUnit } from '../../_word-chars.js';
import { tokenize, type Token } from '../../annotators/entities/index.js';

export interface Word {
  readonly start: number;
  readonly end: number;
  /** Lower case, ’ as ', Persian letter forms unified, diacritics dropped, digits ASCII. */
  readonly key: string;
  /** Index of the clause: it grows at ; : ؛ — and line breaks, not at commas. */
  readonly clause: number;
}

/** A letter, mark or digit of any script; surrogates count as letters, so a pair stays in its word. */
function isWordPart(code: number): boolean {
  if (code < 128) return ASCII_WORD[code] === 1;
  return (code >= 0xd800 && code <= 0xdfff) || isWordUnit(code);
}

/** ; : ؛ — and the line break. */
function isClauseBreak(code: number): boolean {
  return code === 59 || code === 58 || code === 10 || code === 0x061b || code === 0x2014;
}

function hasClauseBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isClauseBreak(text.charCodeAt(i))) return true;
  return false;
}

/** Apostrophes, hyphens and the zero-width joiner join two letter runs into one word. */
function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45 || code === 0x200d;
}

const FOLD: Readonly<Record<string, string>> = {
  '\u064A': '\u06CC',
  '\u0649': '\u06CC',
  '\u0643': '\u06A9',
  '\u0623': '\u0627',
  '\u0625': '\u0627',
  '\u0622': '\u0627',
  '\u0671': '\u0627',
  '\u0629': '\u0647',
  '\u06C0': '\u0647',
  '\u2019': "'",
  '\u2018': "'",
};

/** The comparison key of one word or phrase word. */
export function wordKey(word: string): string {
  if (isAscii(word)) return word.toLowerCase();
  let folded = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i] as string;
    const fold = FOLD[c];
    if (fold !== undefined) folded += fold;
    else if (!isDropped(c.charCodeAt(0))) folded += c;
  }
  return folded.toLowerCase();
}

/** The zero-width joiner, the tatweel and Arabic diacritics: dropped from keys. */
function isDropped(code: number): boolean {
  return code === 0x200d || code === 0x0640 || (code >= 0x064b && code <= 0x065f) || code === 0x0670;
}

/**
 * The words of `text` between `from` and `to`. Pass the analysis text (ASCII digits, same
 * length as the document text) so that keys of numbers compare as ASCII.
 */
export function scanWords(text: string, from = 0, to = text.length): Word[] {
  return scan(text, from, to, null, []);
}

/**
 * The words of all of `text`, as `scanWords`, and for each index i of them (and their count) how
 * many words before i have a key `marks` accepts: the test is made while the key is at hand,
 * not in a second pass over the words.
 */
export function scanMarkedWords(
  text: string,
  marks: (key: string) => boolean,
): { words: Word[]; marksBefore: Int32Array } {
  const marked: number[] = [];
  const words = TOKENS_DIFFER.test(text)
    ? scan(text, 0, text.length, marks, marked)
    : fromTokens(text, tokenize(text), marks, marked);
  const marksBefore = new Int32Array(words.length + 1);
  let seen = 0;
  for (let i = 0; i <= words.length; i++) {
    while (seen < marked.length && (marked[seen] as number) < i) seen++;
    marksBefore[i] = seen;
  }
  return { words, marksBefore };
}

/**
 * Arabic script, the zero-width non-joiner and surrogates: the only characters on which the
 * entities annotator's tokens and these words differ in their bounds or keys. Without them the
 * document's tokens, which the entities annotator has already read, are these words.
 */
const TOKENS_DIFFER = /[\u0600-\u06FF\u200C\uD800-\uDFFF]/;

/** The words of `text` from its entity tokens, marked as `scan` marks them. */
function fromTokens(
  text: string,
  tokens: readonly Token[],
  marks: (key: string) => boolean,
  marked: number[],
): Word[] {
  const words: Word[] = [];
  let clause = 0;
  for (let k = 0; k < tokens.length; k++) {
    const { start, end, key } = tokens[k] as Token;
    if (k > 0 && hasClauseBreak(text, (tokens[k - 1] as Token).end, start)) clause++;
    if (marks(key)) marked.push(k);
    words.push({ start, end, key, clause });
  }
  return words;
}

function scan(
  text: string,
  from: number,
  to: number,
  marks: ((key: string) => boolean) | null,
  marked: number[],
): Word[] {
  const words: Word[] = [];
  const end = Math.min(to, text.length);
  // Lower-casing once is far cheaper than once a word; a few letters change length when lowered.
  const whole = text.toLowerCase();
  const lowered = whole.length === text.length ? whole : null;
  let clause = 0;
  let i = Math.max(0, from);
  let gapStart = i;
  while (i < end) {
    if (!isWordPart(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let ascii = true;
    while (i < end) {
      const code = text.charCodeAt(i);
      if (code >= 128) ascii = false;
      if (isWordPart(code)) i++;
      else if (isJoiner(code) && i + 1 < end && isWordPart(text.charCodeAt(i + 1))) i += 2;
      else break;
    }
    if (words.length > 0 && hasClauseBreak(text, gapStart, start)) clause++;
    // The non-joiner (U+200C) is no word unit, so it already ends a word.
    const key = ascii && lowered !== null ? lowered.slice(start, i) : wordKey(text.slice(start, i));
    if (marks !== null && marks(key)) marked.push(words.length);
    words.push({ start, end: i, key, clause });
    gapStart = i;
  }
  return words;
}
