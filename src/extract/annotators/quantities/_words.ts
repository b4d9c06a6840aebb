/**
 * Words next to a position: what the quantities scanner looks at before and after a number.
 * Only blanks may separate a word from the position (no punctuation, no line break), and
 * every scan is bounded and done on character codes, so lookups stay cheap on long texts.
 * @module
 */

// Called as charCodeAt.call(text, i), never text.charCodeAt(i): see `_word-chars.ts`. These reads
// run on the lexicons' phrases at load as well as on the documents. Likewise for slices and cases.
const charCodeAt = String.prototype.charCodeAt;
const slice = String.prototype.slice;
const toLowerCase = String.prototype.toLowerCase;

export interface Word {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Written in Latin letters (as opposed to Arabic script). */
  readonly latin: boolean;
  /** A period follows straight after ("No.", "Dec."); not part of `text`. */
  readonly period: boolean;
  /** Comparison key (see `phraseKey`). */
  readonly key: string;
}

/** A phrase table: comparison keys (see `phraseKey`) to values, and its longest phrase in words. */
export interface PhraseTable<T> {
  readonly map: ReadonlyMap<string, T>;
  readonly maxWords: number;
}

const MAX_WORD = 40;
const ZWNJ = 0x200c;

/** Letters in the scripts sanad reads: Latin (with accents), Greek, Cyrillic, Arabic/Persian. */
export function isLetter(code: number): boolean {
  if (code < 0x41) return false;
  if (code <= 0x5a) return true;
  if (code < 0x61) return false;
  if (code <= 0x7a) return true;
  if (code < 0xc0) return false;
  if (code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  if (code >= 0x370 && code <= 0x4ff) return true;
  if (code >= 0x620 && code <= 0x6ff) {
    // Arabic-Indic digits, the Arabic comma, semicolon, question mark, percent, separators and full stop.
    return !(
      (code >= 0x660 && code <= 0x66d) ||
      (code >= 0x6f0 && code <= 0x6f9) ||
      code === 0x6d4 ||
      code === 0x60c ||
      code === 0x61b ||
      code === 0x61f
    );
  }
  return false;
}

export function isLatinLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f);
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}

/** Joiners allowed inside a word, between letters: apostrophes, hyphen, ZWNJ. */
function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2d || code === ZWNJ;
}

/** Position after the blanks starting at `at`. */
export function skipBlanks(text: string, at: number): number {
  let pos = at;
  while (pos < text.length && isBlank(charCodeAt.call(text, pos))) pos++;
  return pos;
}

/** Position before the blanks ending at `at`. */
export function backOverBlanks(text: string, at: number): number {
  let pos = at;
  while (pos > 0 && isBlank(charCodeAt.call(text, pos - 1))) pos--;
  return pos;
}

function word(text: string, start: number, end: number): Word {
  const written = slice.call(text, start, end);
  return {
    start,
    end,
    text: written,
    latin: isLatinLetter(charCodeAt.call(text, start)),
    period: charCodeAt.call(text, end) === 0x2e,
    key: written.includes('\u200c') ? phraseKey(written) : toLowerCase.call(written),
  };
}

/** End of the word whose letters start at `start`. */
export function wordEnd(text: string, start: number): number {
  let pos = start;
  const limit = Math.min(text.length, start + MAX_WORD);
  while (pos < limit) {
    const code = charCodeAt.call(text, pos);
    if (isLetter(code)) pos++;
    else if (isJoiner(code) && pos > start && isLetter(charCodeAt.call(text, pos + 1))) pos += 2;
    else break;
  }
  return pos;
}

/** The word starting at `at` after optional blanks, or null when something else comes first. */
export function wordAfter(text: string, at: number): Word | null {
  const start = skipBlanks(text, at);
  if (!isLetter(charCodeAt.call(text, start))) return null;
  return word(text, start, wordEnd(text, start));
}

/** The word ending at `at` before optional blanks (and one period), or null when something else comes first. */
export function wordBefore(text: string, at: number): Word | null {
  let end = backOverBlanks(text, at);
  if (charCodeAt.call(text, end - 1) === 0x2e) end--;
  if (!isLetter(charCodeAt.call(text, end - 1))) return null;
  let start = end - 1;
  const floor = Math.max(0, end - MAX_WORD);
  while (start > floor) {
    const code = charCodeAt.call(text, start - 1);
    if (isLetter(code)) start--;
    else if (isJoiner(code) && isLetter(charCodeAt.call(text, start - 2))) start -= 2;
    else break;
  }
  return word(text, start, end);
}

/** Up to `count` words ending at `at`, nearest first, joined only by blanks. */
export function wordsBefore(text: string, at: number, count: number): Word[] {
  const words: Word[] = [];
  let pos = at;
  while (words.length < count) {
    const found = wordBefore(text, pos);
    if (!found) break;
    words.push(found);
    if (found.period && words.length > 1) break;
    pos = found.start;
  }
  return words;
}

/** Comparison key of a word or phrase: lower case, no spaces or zero-width non-joiners. */
export function phraseKey(phrase: string): string {
  const lower = toLowerCase.call(phrase);
  for (let i = 0; i < lower.length; i++) {
    const code = charCodeAt.call(lower, i);
    if (code === 32 || code === ZWNJ || code === 9 || code === 10 || code === 0xa0) {
      return lower.replace(/[\s\u200C]+/g, '');
    }
  }
  return lower;
}

/**
 * The longest phrase of `table` made of the nearest of `words` (as `wordsBefore` returns
 * them), or null: "at least 304" → "at least"; "دست کم ۳۱۸" and "دست‌کم ۳۱۸" both → "دست‌کم".
 */
export function phraseIn<T>(
  words: readonly Word[],
  table: PhraseTable<T>,
): { start: number; value: T } | null {
  const nearest = words[0];
  if (!nearest) return null;
  let key = '';
  let best: { start: number; value: T } | null = null;
  for (let n = 0; n < words.length && n < table.maxWords; n++) {
    const word = words[n];
    if (!word) break;
    key = word.key + key;
    // A period after the nearest word ends a sentence unless the phrase holds it ("approx.").
    const value = nearest.period ? table.map.get(`${key}.`) : table.map.get(key);
    if (value !== undefined) best = { start: word.start, value };
  }
  return best;
}

/** The longest phrase of `table` ending right before `at` (blanks allowed between), or null. */
export function phraseBefore<T>(
  text: string,
  at: number,
  table: PhraseTable<T>,
): { start: number; value: T } | null {
  return phraseIn(wordsBefore(text, at, table.maxWords), table);
}

/** The longest phrase of `table` starting at `at` after optional blanks: its end and value, or null. */
export function phraseAfter<T>(
  text: string,
  at: number,
  table: PhraseTable<T>,
): { end: number; value: T } | null {
  const words: Word[] = [];
  let pos = at;
  while (words.length < table.maxWords) {
    const found = wordAfter(text, pos);
    if (!found) break;
    words.push(found);
    pos = found.end;
  }
  for (let n = words.length; n > 0; n--) {
    let key = '';
    for (let i = 0; i < n; i++) key += words[i]?.key ?? '';
    const value = table.map.get(key);
    const last = words[n - 1];
    if (value !== undefined && last) return { end: last.end, value };
  }
  return null;
}

const MAX_LINE = 200;

/**
 * What stands between the start of the line and `at`: 'line' when only punctuation, symbols
 * and blanks after a line break, 'text' when only those after the start of the text, null
 * when a letter or digit does (or the line is too long to tell).
 */
export function marksBack(text: string, at: number): 'line' | 'text' | null {
  const floor = Math.max(0, at - MAX_LINE);
  for (let pos = at - 1; pos >= floor; pos--) {
    const code = charCodeAt.call(text, pos);
    if (code === 10) return 'line';
    if (isLetter(code) || isDigitCode(code)) return null;
  }
  return floor === 0 ? 'text' : null;
}

/** Like `marksBack`, between `at` and the end of the line. */
export function marksAhead(text: string, at: number): 'line' | 'text' | null {
  const ceiling = Math.min(text.length, at + MAX_LINE);
  for (let pos = at; pos < ceiling; pos++) {
    const code = charCodeAt.call(text, pos);
    if (code === 10 || code === 13) return 'line';
    if (isLetter(code) || isDigitCode(code)) return null;
  }
  return ceiling === text.length ? 'text' : null;
}
