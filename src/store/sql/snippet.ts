/**
 * Snippets: plain text cut from the ORIGINAL wording around the first match of a query's
 * tokens, so readers see what the source wrote (its letter forms, digits and diacritics).
 * @module
 */

const ZWNJ = 0x200c;
const WORD_CHAR = /[\p{L}\p{N}\p{Co}]/u;
const COMBINING_MARKS = /\p{M}/gu;
const foldCache = new Map<number, string>();

/** One UTF-16 unit in the form used to find tokens: search form plus Latin accents removed. */
function foldUnit(code: number): string {
  if (code < 0x80)
    return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : String.fromCharCode(code);
  const cached = foldCache.get(code);
  if (cached !== undefined) return cached;
  let folded: string;
  if (code >= 0x06f0 && code <= 0x06f9) folded = String(code - 0x06f0);
  else if (code >= 0x0660 && code <= 0x0669) folded = String(code - 0x0660);
  else if ((code >= 0x064b && code <= 0x065f) || code === 0x0670 || code === 0x0640) folded = '';
  else if (code === 0x064a || code === 0x0649) folded = '\u06CC';
  else if (code === 0x0643) folded = '\u06A9';
  else if (code === ZWNJ) folded = ' ';
  else if (code >= 0xd800 && code <= 0xdfff) folded = String.fromCharCode(code);
  else {
    const lower = String.fromCharCode(code).toLowerCase();
    const latin = code < 0x0250 || (code >= 0x1e00 && code <= 0x1eff);
    folded = latin ? lower.normalize('NFD').replace(COMBINING_MARKS, '') : lower;
  }
  foldCache.set(code, folded);
  return folded;
}

/** The folded form of `text.slice(0, end)` and, for each of its units, the index it came from. */
function foldPrefix(text: string, end: number): { form: string; origin: number[] } {
  const parts: string[] = [];
  const origin: number[] = [];
  for (let i = 0; i < end; i++) {
    const folded = foldUnit(text.charCodeAt(i));
    parts.push(folded);
    for (let k = 0; k < folded.length; k++) origin.push(i);
  }
  return { form: parts.join(''), origin };
}

function foldText(text: string): string {
  return foldPrefix(text, text.length).form;
}

function isWordAt(form: string, index: number): boolean {
  return index >= 0 && index < form.length && WORD_CHAR.test(form[index]!);
}

/** The earliest whole-word occurrence of any token in `form` that ends before `limit`. */
function earliestMatch(
  form: string,
  tokens: readonly string[],
  limit: number,
): { at: number; length: number } | null {
  let best: { at: number; length: number } | null = null;
  for (const token of tokens) {
    let from = 0;
    for (;;) {
      const at = form.indexOf(token, from);
      if (at < 0 || at + token.length > limit || (best && at >= best.at)) break;
      if (!isWordAt(form, at - 1) && !isWordAt(form, at + token.length)) {
        best = { at, length: token.length };
        break;
      }
      from = at + 1;
    }
  }
  return best;
}

/**
 * Where the first of `tokens` (in search form) occurs as a whole word in `text`, as a UTF-16
 * span of the original text, or null. Reads only as far as it must: the folded prefix grows
 * fourfold until a match is found, so a match near the start of a long text is cheap.
 */
export function locateFirstToken(text: string, tokens: readonly string[]): readonly [number, number] | null {
  const folded = tokens.map(foldText).filter((token) => token.length > 0);
  if (folded.length === 0) return null;
  for (let end = Math.min(text.length, 4096); ; end = Math.min(text.length, end * 4)) {
    const { form, origin } = foldPrefix(text, end);
    // A match touching the end of a prefix might continue into text not folded yet.
    const limit = end === text.length ? form.length : form.length - 1;
    const match = earliestMatch(form, folded, limit);
    if (match) return [origin[match.at]!, origin[match.at + match.length - 1]! + 1];
    if (end === text.length) return null;
  }
}

function isSpace(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0xa0 || c === 0x200c;
}

function isLowSurrogate(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  return c >= 0xdc00 && c <= 0xdfff;
}

/**
 * About `width` characters of `text` around the first match of `tokens` (or its start), on
 * word boundaries where possible, white space collapsed, with '…' where it was cut.
 * @example
 * snippetAround(article, ['evin']); // "…were moved to Evin prison on Tuesday, the agency said…"
 */
export function snippetAround(text: string, tokens: readonly string[], width = 160): string {
  const match = text.length > width ? locateFirstToken(text, tokens) : null;
  let start = 0;
  let end = Math.min(text.length, width);
  if (match) {
    start = Math.max(0, match[0] - Math.floor(width / 3));
    end = Math.min(text.length, start + width);
    start = Math.max(0, end - width);
    // Step to a word boundary, without cutting the match away.
    for (let k = 0; k < 20 && start > 0 && start < match[0] && !isSpace(text, start - 1); k++) start++;
    for (let k = 0; k < 20 && end < text.length && end > match[1] && !isSpace(text, end); k++) end--;
  } else {
    for (let k = 0; k < 20 && end < text.length && end > 1 && !isSpace(text, end); k++) end--;
  }
  if (isLowSurrogate(text, start)) start++;
  if (isLowSurrogate(text, end)) end--;
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return (start > 0 ? '…' : '') + body + (end < text.length ? '…' : '');
}
