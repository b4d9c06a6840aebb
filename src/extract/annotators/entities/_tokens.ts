/**
 * The token scanner the entities annotator works on: word runs with their offsets, a
 * comparison key (case-folded, Persian letter forms unified) and what lies between them.
 * @module
 */

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Comparison form: lower case, ’ as ', Persian/Arabic letter variants unified, ZWNJ dropped. */
  readonly key: string;
  /** `key` without an English possessive ('s or s'); equals `key` when there is none. */
  readonly base: string;
  /** End offset of `base` in the text. */
  readonly baseEnd: number;
  /** Written in Latin letters (as opposed to Arabic script). */
  readonly latin: boolean;
  /** First letter is an upper-case letter. */
  readonly capitalized: boolean;
  /** Two or more letters, all upper case ("MEK", "IRGC"). */
  readonly allCaps: boolean;
  /** First token of the text or after sentence punctuation, a line break or an opening quote. */
  readonly clauseStart: boolean;
}

// Inner joiners (apostrophes, hyphens, ZWNJ/ZWJ) only between letter runs: no nested quantifier overlaps.
const WORD = /[\p{L}\p{M}\p{Nd}]+(?:['’\-\u200C\u200D][\p{L}\p{M}\p{Nd}]+)*/gu;

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

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** The comparison key of one word. */
export function keyOf(word: string): string {
  if (isAscii(word)) return word.toLowerCase();
  return word
    .replace(FOLDED, (c) => PERSIAN_FOLD[c] ?? c)
    .replace(DROPPED, '')
    .toLowerCase();
}

const CLAUSE_BREAK = /[.!?:;\n“”"«»()[\]|•]/;

function isUpper(code: number): boolean {
  if (code >= 65 && code <= 90) return true;
  if (code < 0xc0) return false;
  const c = String.fromCharCode(code);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

function hasArabicScript(code: number): boolean {
  return code >= 0x0600 && code <= 0x06ff;
}

// The entities annotator and the statements composer both tokenize the whole document.
const MEMO_MIN_CHARS = 256;
let memoText = '';
let memoTokens: readonly Token[] = [];

/** All word tokens of `text`, in order. */
export function tokenize(text: string): readonly Token[] {
  if (text.length >= MEMO_MIN_CHARS && text === memoText) return memoTokens;
  const tokens = scan(text);
  if (text.length >= MEMO_MIN_CHARS) {
    memoText = text;
    memoTokens = tokens;
  }
  return tokens;
}

function scan(text: string): readonly Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  let previousEnd = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0];
    const start = m.index;
    const end = start + word.length;
    const key = keyOf(word);
    let base = key;
    let baseEnd = end;
    if (key.length > 2 && key.endsWith("'s")) {
      base = key.slice(0, -2);
      baseEnd = end - 2;
    } else if (key.length > 2 && key.endsWith("s'")) {
      base = key.slice(0, -1);
      baseEnd = end - 1;
    }
    const first = word.charCodeAt(0);
    const latin = !hasArabicScript(first);
    const capitalized = latin && isUpper(first);
    let allCaps = false;
    if (capitalized && word.length >= 2) {
      allCaps = true;
      for (let i = 1; i < word.length; i++) {
        const code = word.charCodeAt(i);
        if (code === 45 || code === 39 || code === 0x2019 || (code >= 48 && code <= 57)) continue;
        if (!isUpper(code)) {
          allCaps = false;
          break;
        }
      }
    }
    const gap = text.slice(previousEnd, start);
    const clauseStart = tokens.length === 0 || CLAUSE_BREAK.test(gap);
    tokens.push({ start, end, text: word, key, base, baseEnd, latin, capitalized, allCaps, clauseStart });
    previousEnd = end;
  }
  return tokens;
}

/**
 * What separates two adjacent tokens, with white space removed: "" for a plain space, "."
 * for "U.N", "," for a comma. Null when a line break separates them or the gap is long,
 * since names and titles never run across those.
 */
export function gapBetween(text: string, left: Token, right: Token): string | null {
  const length = right.start - left.end;
  if (length > 4) return null;
  let gap = '';
  for (let i = left.end; i < right.start; i++) {
    const c = text[i] ?? '';
    if (c === '\n' || c === '\r') return null;
    if (c === ' ' || c === '\t' || c === '\u00A0' || c === '\u200F' || c === '\u200E' || c === '\u200C')
      continue;
    gap += c;
  }
  return gap;
}
