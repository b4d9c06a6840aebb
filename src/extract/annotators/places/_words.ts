/**
 * Word reading for the places annotator: character classes by code point, one word at a
 * position, the word just before or after a span, and the comparison key of a word. No
 * regular expression runs over a whole document here, so nothing can backtrack.
 * @module
 */
import { ASCII_WORD, isArabicScriptUnit, isAscii, isWordUnit } from '../../_word-chars.js';
import { boundedMemo } from '../../bounded-memo.js';

// Called as charCodeAt.call(text, i), never text.charCodeAt(i): see `_word-chars.ts`. These scans
// read the gazetteer's names at load as well as the documents. Likewise for lower-casing.
const charCodeAt = String.prototype.charCodeAt;
const toLowerCase = String.prototype.toLowerCase;

/** A word of the text with its offsets. */
export interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Comparison form (see `keyOf`). */
  readonly key: string;
}

/** Letters, combining marks and digits of any script (a surrogate is none of them). */
export function isWordCode(code: number): boolean {
  return code < 0x80 ? ASCII_WORD[code] === 1 : isWordUnit(code);
}

/** Whether `text` from `start` to `end` is ASCII letters and digits only: its key is its lower case. */
export function isAsciiLettersAndDigits(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = charCodeAt.call(text, i);
    if (code >= 0x80 || ASCII_WORD[code] === 0) return false;
  }
  return true;
}

/** Marks that join two letter runs into one word: apostrophes, hyphen, ZWNJ, ZWJ. */
function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45 || code === 0x200c || code === 0x200d;
}

/** Whether a word ends at `pos` without running on into letters. */
export function isWordStart(text: string, pos: number): boolean {
  if (pos === 0) return true;
  const before = charCodeAt.call(text, pos - 1);
  if (isWordCode(before)) return false;
  // A ZWNJ or hyphen after letters continues the word it follows ("استان‌های", "al-Basra").
  return !(isJoiner(before) && pos >= 2 && isWordCode(charCodeAt.call(text, pos - 2)));
}

/** End offset of the word starting at `pos` (letters, with inner joiners between letter runs). */
export function wordEnd(text: string, pos: number): number {
  let i = pos;
  while (i < text.length) {
    const code = charCodeAt.call(text, i);
    if (isWordCode(code)) {
      i++;
    } else if (isJoiner(code) && i > pos && i + 1 < text.length && isWordCode(charCodeAt.call(text, i + 1))) {
      i += 2;
    } else {
      break;
    }
  }
  return i;
}

/** Start offset of the word ending at `end`. */
function wordStart(text: string, end: number): number {
  let i = end;
  while (i > 0) {
    const code = charCodeAt.call(text, i - 1);
    if (isWordCode(code)) {
      i--;
    } else if (isJoiner(code) && i < end && i >= 2 && isWordCode(charCodeAt.call(text, i - 2))) {
      i -= 2;
    } else {
      break;
    }
  }
  return i;
}

const PERSIAN_FOLD: Readonly<Record<string, string>> = {
  '\u064A': '\u06CC', // ي → ی
  '\u0649': '\u06CC', // ى → ی
  '\u0643': '\u06A9', // ك → ک
  '\u0629': '\u0647', // ة → ه
  '\u06C0': '\u0647', // ۀ → ه
  '\u06D5': '\u0647', // Kurdish ە → ه
  '\u0671': '\u0627', // ٱ → ا
  '\u2019': "'",
  '\u2018': "'",
};
const FOLDED = /[\u064A\u0649\u0643\u0629\u06C0\u06D5\u0671\u2019\u2018]/g;
// After NFD: Latin accents, Arabic harakat, hamza and madda marks, superscript alef, tatweel, joiners.
const DROPPED = /[\u0300-\u036f\u064B-\u065F\u0670\u0640\u200C\u200D]/g;

/**
 * The comparison key of a word: lower case, Latin accents dropped ("Orūmīyeh" → "orumiyeh"),
 * Arabic letter forms as Persian ones, hamza and madda dropped (آ → ا, ئ → ی), ZWNJ dropped.
 */
export function keyOf(word: string): string {
  return isAscii(word) ? toLowerCase.call(word) : foldedKeyOf(word);
}

// A language's words repeat.
const foldedKeyOf = boundedMemo(50_000, (word: string): string =>
  word
    .normalize('NFD')
    .replace(FOLDED, (c) => PERSIAN_FOLD[c] ?? c)
    .replace(DROPPED, '')
    .toLowerCase(),
);

/** Whether a word is written in Latin (or other non-Arabic) script. */
export function isLatin(word: string): boolean {
  return !isArabicScriptUnit(charCodeAt.call(word, 0));
}

const MAX_GAP = 4;

/**
 * What separates `left` from the next word, with spaces removed ("" for a space, "," for
 * ", "), and where that word starts; null when a line break, a long gap or the text's end
 * comes first. Names, cues and lists never run across those.
 */
export function gapAfter(text: string, pos: number): { readonly gap: string; readonly next: number } | null {
  let gap = '';
  let i = pos;
  for (; i < text.length && i - pos <= MAX_GAP; i++) {
    const code = charCodeAt.call(text, i);
    if (isWordCode(code)) return { gap, next: i };
    if (code === 10 || code === 13) return null;
    if (code === 32 || code === 9 || code === 0xa0 || code === 0x200c || code === 0x200e || code === 0x200f)
      continue;
    gap += text[i];
  }
  return null;
}

/** The word that starts at `pos` (which must be a word character). */
export function wordAt(text: string, pos: number): Word {
  const end = wordEnd(text, pos);
  const word = text.slice(pos, end);
  return { start: pos, end, text: word, key: keyOf(word) };
}

/** The word after `pos` with only spaces (and `allowed` punctuation) between, or null. */
export function wordAfter(text: string, pos: number, allowed = ''): Word | null {
  const gap = gapAfter(text, pos);
  if (!gap || gap.gap !== allowed) return null;
  return wordAt(text, gap.next);
}

/** The word before `pos` with only spaces (and `allowed` punctuation) between, or null. */
export function wordBefore(text: string, pos: number, allowed = ''): Word | null {
  let gap = '';
  let i = pos;
  for (; i > 0 && pos - i <= MAX_GAP; i--) {
    const code = charCodeAt.call(text, i - 1);
    if (isWordCode(code)) break;
    if (code === 10 || code === 13) return null;
    if (code === 32 || code === 9 || code === 0xa0 || code === 0x200c || code === 0x200e || code === 0x200f)
      continue;
    gap = text[i - 1] + gap;
  }
  if (i === 0 || gap !== allowed || !isWordCode(charCodeAt.call(text, i - 1))) return null;
  const start = wordStart(text, i);
  const word = text.slice(start, i);
  return { start, end: i, text: word, key: keyOf(word) };
}

/** Whether a word begins with an upper-case letter. */
export function isCapitalized(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** Whether a word of two or more letters is written all in upper case ("US", "TEHRAN"). */
export function isAllCaps(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

/** The words of a name or phrase as the text would be read, with the gap before each. */
export function wordsOf(phrase: string): { readonly words: Word[]; readonly gaps: string[] } {
  const words: Word[] = [];
  const gaps: string[] = [];
  let i = 0;
  while (i < phrase.length && !isWordCode(charCodeAt.call(phrase, i))) i++;
  while (i < phrase.length) {
    const word = wordAt(phrase, i);
    words.push(word);
    const gap = gapAfter(phrase, word.end);
    if (!gap) break;
    gaps.push(gap.gap);
    i = gap.next;
  }
  return { words, gaps };
}

/** Up to `count` words before `pos`, nearest last, each with the gap that follows it. */
export function wordsBefore(text: string, pos: number, count: number): { word: Word; gap: string }[] {
  const found: { word: Word; gap: string }[] = [];
  let at = pos;
  while (found.length < count) {
    let gap = '';
    let i = at;
    for (; i > 0 && at - i <= MAX_GAP; i--) {
      const code = charCodeAt.call(text, i - 1);
      if (isWordCode(code) || code === 10 || code === 13) break;
      if (code === 32 || code === 9 || code === 0xa0 || code === 0x200c || code === 0x200e || code === 0x200f)
        continue;
      gap = text[i - 1] + gap;
    }
    if (i === 0 || at - i > MAX_GAP || !isWordCode(charCodeAt.call(text, i - 1))) break;
    const start = wordStart(text, i);
    const word = text.slice(start, i);
    found.unshift({ word: { start, end: i, text: word, key: keyOf(word) }, gap });
    at = start;
  }
  return found;
}
