/**
 * The token scanner the entities annotator works on: word runs with their offsets, a
 * comparison key (case-folded, Persian letter forms unified) and what lies between them.
 * @module
 */
import { ASCII_WORD, wordCharLength } from '../../_word-chars.js';
import { formOf, keyOf } from './_word-forms.js';

// Called as charCodeAt.call(text, i), never text.charCodeAt(i): see `_word-chars.ts`. The same
// holds for the slice and the lower-casing of every word.
const charCodeAt = String.prototype.charCodeAt;
const slice = String.prototype.slice;
const toLowerCase = String.prototype.toLowerCase;

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

export { keyOf };

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

/** Inner joiners: apostrophes, hyphen, ZWNJ, ZWJ, which join two letter runs into one word. */
function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 45 || code === 0x200c || code === 0x200d;
}

/** What one pass over a word tells: where it ends, whether it is all ASCII, which cases it holds. */
interface WordRead {
  end: number;
  ascii: boolean;
  upper: boolean;
  lower: boolean;
}

// One word is read at a time: a single record spares an allocation per word.
const read: WordRead = { end: 0, ascii: true, upper: false, lower: false };

/**
 * Reads the word starting at `start`: runs of letters, marks and digits, joined by single inner
 * joiners. ASCII letters are told apart by case on the way, so that an ASCII word needs no
 * second pass to be lower-cased or checked for capitals.
 */
function readWord(text: string, start: number): WordRead {
  const length = text.length;
  let i = start;
  let ascii = true;
  let upper = false;
  let lower = false;
  while (i < length) {
    const code = charCodeAt.call(text, i);
    if (code < 0x80 && ASCII_WORD[code] === 1) {
      if (code >= 97) lower = true;
      else if (code >= 65) upper = true;
      i++;
      continue;
    }
    const n = code < 0x80 ? 0 : wordCharLength(text, i);
    if (n > 0) {
      i += n;
      ascii = false;
    } else if (isJoiner(code) && wordCharLength(text, i + 1) > 0) {
      i++;
      if (code >= 0x80) ascii = false;
    } else break;
  }
  read.end = i;
  read.ascii = ascii;
  read.upper = upper;
  read.lower = lower;
  return read;
}

/** Sentence punctuation, a line break, a quote, a bracket or a bullet: what starts a clause. */
function isClauseBreak(code: number): boolean {
  switch (code) {
    case 10: // \n
    case 33: // !
    case 34: // "
    case 40: // (
    case 41: // )
    case 46: // .
    case 58: // :
    case 59: // ;
    case 63: // ?
    case 91: // [
    case 93: // ]
    case 124: // |
    case 0xab: // «
    case 0xbb: // »
    case 0x201c: // “
    case 0x201d: // ”
    case 0x2022: // •
      return true;
    default:
      return false;
  }
}

/** An ASCII word's token, from what was seen reading it: cheaper than looking its form up. */
function asciiToken(
  word: string,
  start: number,
  end: number,
  clauseStart: boolean,
  upper: boolean,
  lower: boolean,
): Token {
  const key = upper ? toLowerCase.call(word) : word;
  let base = key;
  let baseEnd = end;
  const length = word.length;
  if (
    length > 2 &&
    charCodeAt.call(word, length - 2) === 39 &&
    (charCodeAt.call(word, length - 1) | 32) === 115
  ) {
    base = key.slice(0, -2);
    baseEnd = end - 2;
  } else if (
    length > 2 &&
    (charCodeAt.call(word, length - 2) | 32) === 115 &&
    charCodeAt.call(word, length - 1) === 39
  ) {
    base = key.slice(0, -1);
    baseEnd = end - 1;
  }
  const first = charCodeAt.call(word, 0);
  const capitalized = first >= 65 && first <= 90;
  // Upper case first, no lower-case letter after: digits, apostrophes and hyphens aside.
  const allCaps = capitalized && length >= 2 && !lower;
  return { start, end, text: word, key, base, baseEnd, latin: true, capitalized, allCaps, clauseStart };
}

function tokenOf(word: string, start: number, clauseStart: boolean, seen: WordRead): Token {
  if (seen.ascii) return asciiToken(word, start, seen.end, clauseStart, seen.upper, seen.lower);
  const end = seen.end;
  const form = formOf(word);
  return {
    start,
    end,
    text: form.text,
    key: form.key,
    base: form.base,
    baseEnd: end - form.possessive,
    latin: form.latin,
    capitalized: form.capitalized,
    allCaps: form.allCaps,
    clauseStart,
  };
}

/**
 * The tokens of `text`. Most words are a run of ASCII letters and digits ending at a space or a
 * punctuation mark: they are read here, without calling `readWord`, so that the speed of the
 * pipeline's hottest loop does not hang on what V8 chooses to inline, which depends on what the
 * tokenizer read first (the lexicons' short phrases, at load).
 */
function scan(text: string): readonly Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let clauseBreak = true;
  for (let start = 0; start < length;) {
    const code = charCodeAt.call(text, start);
    if (code < 0x80 ? ASCII_WORD[code] === 0 : wordCharLength(text, start) === 0) {
      if (!clauseBreak && isClauseBreak(code)) clauseBreak = true;
      start++;
      continue;
    }
    let end = start;
    let upper = false;
    let lower = false;
    let next = 0;
    for (; end < length; end++) {
      next = charCodeAt.call(text, end);
      if (next >= 0x80 || ASCII_WORD[next] === 0) break;
      if (next >= 97) lower = true;
      else if (next >= 65) upper = true;
    }
    // Past the end, or at ASCII that neither goes on nor joins a word, an ASCII word is read.
    if (end === length || (next < 0x80 && !isJoiner(next))) {
      tokens.push(asciiToken(slice.call(text, start, end), start, end, clauseBreak, upper, lower));
    } else {
      const seen = readWord(text, start);
      end = seen.end;
      tokens.push(tokenOf(slice.call(text, start, end), start, clauseBreak, seen));
    }
    clauseBreak = false;
    start = end;
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
  if (length === 1 && charCodeAt.call(text, left.end) === 32) return ''; // most gaps are one space
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
