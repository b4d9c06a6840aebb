/**
 * The words the events composer reads: runs of letters and digits with their offsets, a
 * comparison key, and the clause each belongs to. Persian words are also split at the
 * zero-width non-joiner, so "کشته‌شدگان" and "کشته شدگان" read alike.
 * @module
 */

export interface Word {
  readonly start: number;
  readonly end: number;
  /** Lower case, ’ as ', Persian letter forms unified, diacritics dropped, digits ASCII. */
  readonly key: string;
  /** Index of the clause: it grows at ; : ؛ — and line breaks, not at commas. */
  readonly clause: number;
}

// Joiners only between letter runs, so no two quantifiers can match the same characters.
const WORD = /[\p{L}\p{M}\p{Nd}]+(?:['’\-\u200D][\p{L}\p{M}\p{Nd}]+)*/gu;
const CLAUSE_BREAK = /[;:؛\n—]/;
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
const FOLDED = /[\u064A\u0649\u0643\u0623\u0625\u0622\u0671\u0629\u06C0\u2019\u2018]/g;
// eslint-disable-next-line no-misleading-character-class -- each mark is dropped on its own
const DROPPED = /[\u200D\u0640\u064B-\u065F\u0670]/g;

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** The comparison key of one word or phrase word. */
export function wordKey(word: string): string {
  if (isAscii(word)) return word.toLowerCase();
  return word
    .replace(FOLDED, (c) => FOLD[c] ?? c)
    .replace(DROPPED, '')
    .toLowerCase();
}

/**
 * The words of `text` between `from` and `to`. Pass the analysis text (ASCII digits, same
 * length as the document text) so that keys of numbers compare as ASCII.
 */
export function scanWords(text: string, from = 0, to = text.length): Word[] {
  const words: Word[] = [];
  const pattern = new RegExp(WORD.source, 'gu');
  pattern.lastIndex = from;
  let clause = 0;
  let previousEnd = from;
  for (let m = pattern.exec(text); m && m.index < to; m = pattern.exec(text)) {
    const end = Math.min(m.index + m[0].length, to);
    if (words.length > 0 && CLAUSE_BREAK.test(text.slice(previousEnd, m.index))) clause++;
    // The non-joiner (U+200C) is not in WORD's classes, so it already ends a word.
    words.push({ start: m.index, end, key: wordKey(text.slice(m.index, end)), clause });
    previousEnd = end;
  }
  return words;
}
