/**
 * The comparison key of a word, and what a word's text alone decides about its tokens, read
 * once per distinct word outside ASCII.
 * @module
 */
import { isArabicScriptUnit, isAscii, isUpperUnit } from '../../_word-chars.js';
import { boundedMemo } from '../../bounded-memo.js';

const PERSIAN_FOLD: Readonly<Record<string, string>> = {
  '\u064A': '\u06CC', // ي → ی
  '\u0649': '\u06CC', // ى → ی
  '\u0626': '\u06CC', // ئ → ی: رئیس and رییس are one word
  '\u0643': '\u06A9', // ك → ک
  '\u0624': '\u0648', // ؤ → و
  '\u0623': '\u0627', // أ → ا
  '\u0625': '\u0627', // إ → ا
  '\u0622': '\u0627', // آ → ا
  '\u0671': '\u0627', // ٱ → ا
  '\u0629': '\u0647', // ة → ه
  '\u06C0': '\u0647', // ۀ → ه
  '\u06D5': '\u0647', // Kurdish ە → ه
  '\u2019': "'",
  '\u2018': "'",
};
const FOLDED = /[\u064A\u0649\u0626\u0643\u0624\u0623\u0625\u0622\u0671\u0629\u06C0\u06D5\u2019\u2018]/g;
// eslint-disable-next-line no-misleading-character-class -- each joiner or combining mark is dropped on its own
const DROPPED = /[\u200C\u200D\u0640\u064B-\u065F\u0670]/g;

/** The comparison key of one word. */
export function keyOf(word: string): string {
  if (isAscii(word)) return word.toLowerCase();
  return word
    .replace(FOLDED, (c) => PERSIAN_FOLD[c] ?? c)
    .replace(DROPPED, '')
    .toLowerCase();
}

/** What a word's text alone decides about its token. */
export interface WordForm {
  /** One string per distinct word, shared by all its tokens. */
  readonly text: string;
  readonly key: string;
  readonly base: string;
  /** Code units of the possessive ("'s" or "'") at the word's end; 0 when none. */
  readonly possessive: number;
  readonly latin: boolean;
  readonly capitalized: boolean;
  readonly allCaps: boolean;
}

function readForm(word: string): WordForm {
  const key = keyOf(word);
  let base = key;
  let possessive = 0;
  if (key.length > 2 && key.endsWith("'s")) {
    base = key.slice(0, -2);
    possessive = 2;
  } else if (key.length > 2 && key.endsWith("s'")) {
    base = key.slice(0, -1);
    possessive = 1;
  }
  const first = word.charCodeAt(0);
  const latin = !isArabicScriptUnit(first);
  const capitalized = latin && isUpperUnit(first);
  let allCaps = false;
  if (capitalized && word.length >= 2) {
    allCaps = true;
    for (let i = 1; i < word.length; i++) {
      const code = word.charCodeAt(i);
      if (code === 45 || code === 39 || code === 0x2019 || (code >= 48 && code <= 57)) continue;
      if (!isUpperUnit(code)) {
        allCaps = false;
        break;
      }
    }
  }
  return { text: word, key, base, possessive, latin, capitalized, allCaps };
}

// Folding a key with regular expressions costs more than a Map lookup, so a word outside ASCII is
// read once (ASCII words cost less to read in place). The cap bounds memory on adversarial input.
/** The form of `word`. */
export const formOf: (word: string) => WordForm = boundedMemo(50_000, readForm);
