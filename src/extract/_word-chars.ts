/**
 * Character classes of UTF-16 code units, each looked up once and then read from a table: the
 * word scans of annotators and composers test every character of a document, and a Unicode
 * property regex per character costs more than the rest of their work.
 * @module
 */

/**
 * The word scans call `charCodeAt.call(text, i)` through a constant of their own module, never
 * `text.charCodeAt(i)`: written as a method, each call site first looks `charCodeAt` up on the
 * string, and V8 keeps that lookup fast only for up to four kinds of string (flat or sliced,
 * one- or two-byte, internalized from a rule file, …). The texts and the rule files bring more,
 * so a scan's every character went through a slow lookup: the tokenizer took 27 ms per MB of
 * English instead of 17. A constant imported from another module is not enough: V8 then no
 * longer knows which function it calls.
 */
const charCodeAt = String.prototype.charCodeAt;

const LETTER_MARK_DIGIT = /^[\p{L}\p{M}\p{Nd}]$/u;

const KNOWN = 1;
const WORD = 2;
const UPPER = 4;

/** Per BMP code unit: 0 until first asked, then KNOWN with the WORD and UPPER bits. */
const classes = new Uint8Array(0x10000);

function classify(code: number): number {
  const c = String.fromCharCode(code);
  let bits = KNOWN;
  if (LETTER_MARK_DIGIT.test(c)) bits |= WORD;
  if (c !== c.toLowerCase() && c === c.toUpperCase()) bits |= UPPER;
  classes[code] = bits;
  return bits;
}

function classOf(code: number): number {
  return classes[code] || classify(code);
}

/** A letter, combining mark or decimal digit of any script, as one UTF-16 code unit (never a surrogate). */
export function isWordUnit(code: number): boolean {
  return (classOf(code) & WORD) !== 0;
}

/** An upper-case code unit: one that lower-casing changes and upper-casing keeps. */
export function isUpperUnit(code: number): boolean {
  return (classOf(code) & UPPER) !== 0;
}

/**
 * 1 for ASCII letters and digits, else 0: for scans to test ASCII inline, which matters before
 * the optimizing compiler has inlined `wordCharLength`.
 */
export const ASCII_WORD = Uint8Array.from({ length: 0x80 }, (_, code) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? 1 : 0,
);

/**
 * How many code units the letter, mark or digit at `i` takes: 1, 2 for one outside the BMP
 * written as a surrogate pair, 0 when there is none (or `i` lies outside the text).
 */
export function wordCharLength(text: string, i: number): number {
  if (i < 0 || i >= text.length) return 0;
  const code = charCodeAt.call(text, i);
  if (code < 0x80) return ASCII_WORD[code] as number;
  if (code < 0xd800 || code > 0xdbff) return isWordUnit(code) ? 1 : 0;
  if (i + 1 >= text.length) return 0;
  const low = charCodeAt.call(text, i + 1);
  if (!(low >= 0xdc00 && low <= 0xdfff)) return 0;
  return LETTER_MARK_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
}

/** Whether every code unit of `text` is ASCII: such a word's key is its lower case. */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (charCodeAt.call(text, i) > 0x7f) return false;
  return true;
}

/** What `\s` matches, one UTF-16 unit at a time. */
export function isWhiteSpaceUnit(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** A code unit of the Arabic block, the script Persian is written in. */
export function isArabicScriptUnit(code: number): boolean {
  return code >= 0x0600 && code <= 0x06ff;
}
