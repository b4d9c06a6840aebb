/**
 * Quotation marks paired into quoted passages: “…”, "…", «…», ‘…’, '…' (told apart from
 * apostrophes by what stands on either side) and ''…'' (two straight single marks, as some
 * newswires write double quotes). One pass per line with a small stack, so
 * unbalanced or nested marks cost nothing extra; an opener left unclosed at the end of its
 * line is dropped, since news text never carries a quotation across paragraphs unmarked.
 * @module
 */
import type { Span } from '../../../core/types.js';

export type QuoteStyle = 'double' | 'straight' | 'guillemet' | 'single' | 'straight-single' | 'paired-single';

export interface Quote {
  /** Offset of the opening mark. */
  readonly open: number;
  /** Offset of the (last character of the) closing mark. */
  readonly close: number;
  /** The words between the marks. */
  readonly inner: Span;
  readonly style: QuoteStyle;
  /** 0 for a quote standing in running text, 1 for a quote inside a quote, … */
  readonly depth: number;
}

interface Opener {
  readonly style: QuoteStyle;
  readonly at: number;
}

const MAX_DEPTH = 6;
/** Longer stretches between straight single marks are apostrophes that happen to pair up. */
const MAX_STRAIGHT_SINGLE = 400;

function isLetterOrDigit(c: string): boolean {
  return c !== '' && /[\p{L}\p{N}]/u.test(c);
}

function isSpaceOrStart(c: string): boolean {
  return c === '' || /[\s([{\u2014\u2013\-/]/u.test(c) || c === '“' || c === '«' || c === '"' || c === '‘';
}

function closes(stack: Opener[], style: QuoteStyle): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k]?.style === style) return k;
  return -1;
}

/** Every mark the pairing below reads, and the line break that ends a search for one. */
const MARK_OR_LINE_END = /[“„”«»"‘’'\n]/g;

/** Offset of the next quotation mark in `[from, to)`, or `to`: the characters between are read by no rule. */
function nextMark(text: string, from: number, to: number): number {
  MARK_OR_LINE_END.lastIndex = from;
  // `test` leaves `lastIndex` just past the one-character match, with no match array to build.
  if (!MARK_OR_LINE_END.test(text)) return to;
  const at = MARK_OR_LINE_END.lastIndex - 1;
  return at < to ? at : to;
}

function pairLine(text: string, from: number, to: number, found: Quote[]): void {
  const stack: Opener[] = [];
  const push = (style: QuoteStyle, at: number): void => {
    if (stack.length === MAX_DEPTH) stack.shift();
    stack.push({ style, at });
  };
  const pop = (k: number, close: number, width = 1): void => {
    const opener = stack[k] as Opener;
    stack.length = k;
    found.push({
      open: opener.at,
      close: close + width - 1,
      inner: [opener.at + width, close],
      style: opener.style,
      depth: k,
    });
  };
  for (let i = nextMark(text, from, to); i < to; i = nextMark(text, i + 1, to)) {
    const c = text[i] as string;
    const before = i > from ? (text[i - 1] as string) : '';
    const after = i + 1 < to ? (text[i + 1] as string) : '';
    switch (c) {
      case '“':
      case '„':
        push('double', i);
        break;
      case '”': {
        const k = closes(stack, 'double');
        if (k >= 0) pop(k, i);
        break;
      }
      case '«':
        push('guillemet', i);
        break;
      case '»': {
        const k = closes(stack, 'guillemet');
        if (k >= 0) pop(k, i);
        break;
      }
      case '"': {
        const k = closes(stack, 'straight');
        const canOpen = isSpaceOrStart(before) && after !== '' && !/\s/u.test(after);
        if (k >= 0 && before !== '' && !/\s/u.test(before)) pop(k, i);
        else if (canOpen) push('straight', i);
        else if (k >= 0) pop(k, i);
        break;
      }
      case '‘':
        if (isSpaceOrStart(before)) push('single', i);
        break;
      case '’': {
        // "don’t", "Iran’s": a mark between letters is an apostrophe.
        if (isLetterOrDigit(before) && isLetterOrDigit(after)) break;
        const k = closes(stack, 'single');
        if (k >= 0 && before !== '' && !/\s/u.test(before)) pop(k, i);
        break;
      }
      case "'": {
        if (after === "'") {
          // ''…'': a pair of marks is one mark, closing when glued to the words before it.
          const next = i + 2 < to ? (text[i + 2] as string) : '';
          const k = closes(stack, 'paired-single');
          if (k >= 0 && before !== '' && !/\s/u.test(before)) pop(k, i, 2);
          else if (isSpaceOrStart(before) && next !== '' && !/\s/u.test(next)) push('paired-single', i);
          i++;
          break;
        }
        if (isLetterOrDigit(before) && isLetterOrDigit(after)) break;
        const k = closes(stack, 'straight-single');
        if (k >= 0 && before !== '' && !/\s/u.test(before) && !isLetterOrDigit(after)) {
          if (i - (stack[k] as Opener).at <= MAX_STRAIGHT_SINGLE) pop(k, i);
          else stack.length = k;
        } else if (isSpaceOrStart(before) && /\p{L}/u.test(after)) push('straight-single', i);
        break;
      }
      default:
        break;
    }
  }
}

/** Every quoted passage in `text`, sorted by opening offset (outer before inner). */
export function findQuotes(text: string): Quote[] {
  const found: Quote[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end > start) pairLine(text, start, end, found);
    start = end + 1;
  }
  return found.sort((a, b) => a.open - b.open || b.close - a.close);
}
