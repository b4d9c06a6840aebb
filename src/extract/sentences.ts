import type { Span } from '../core/types.js';
import rules from './rules/sentences.json' with { type: 'json' };
import { isWhiteSpaceUnit } from './_word-chars.js';

// Called as charCodeAt.call(text, i), never text.charCodeAt(i): see `_word-chars.ts`.
const charCodeAt = String.prototype.charCodeAt;

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

/**
 * A sentence ending in a month's abbreviation, which Intl.Segmenter ends before a day at the end
 * of a line ("executed on Jan. | 5.").
 */
const MONTH_ABBREVIATION_END = /(?<![A-Za-z])(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.$/;
const STARTS_WITH_DIGIT = /^\d/;
/** "Mr.", "Gen.", "W.": a sentence ending in a title or an initial goes on with a name. */
const NAME_PREFIX_END = new RegExp(`(?<![\\p{L}.])(?:${rules.titlesBeforeNames.join('|')}|\\p{Lu})\\.$`, 'u');
const STARTS_WITH_CAPITAL = /^\p{Lu}/u;

/** Whether `text` ends in a title or an initial with its point ("Mr.", "Gen.", "W."), not a full stop. */
export function endsWithNamePrefix(text: string): boolean {
  return NAME_PREFIX_END.test(text);
}

/**
 * V8's sentence segmenter slows down quadratically on long strings, so a long line is
 * segmented a window at a time: every sentence but the window's last (possibly cut) one is
 * kept, and the next window starts at that last sentence. A "sentence" longer than a window
 * is cut at its last white space.
 */
const WINDOW = 4096;

/**
 * What can end a sentence in Unicode's sentence breaking (UAX #29): STerm and ATerm characters
 * and paragraph separators. A line without one, but for a final terminator, is one sentence.
 */
const SENTENCE_END = /[\p{Sentence_Terminal}.\u2024\uFE52\uFF0E\r\u0085\u2028\u2029]/u;
const TERMINATOR = /[\p{Sentence_Terminal}.\u2024\uFE52\uFF0E]/u;
const CLOSING = /["'”’»)\]]/;
const SPACE = /[^\S\r\u2028\u2029]/;

/**
 * A full stop Unicode's sentence rules never break after: "U.S" (SB7, Upper ATerm × Upper),
 * "3.5" (SB6, ATerm × Numeric), and "p.m. on", "Sept. 5, the" (SB8: spaces, digits and
 * punctuation, then a lower-case letter). ASCII only; anything else is left to the segmenter.
 */
const POINT_WITHOUT_BREAK = /\.(?:(?<=[A-Z]\.)(?=[A-Z])|(?=\d)|[^A-Za-z.!?\r\n\u0080-\uFFFF]*[a-z])/y;
/**
 * Where SENTENCE_END may match: ASCII's terminators and everything beyond ASCII, found without
 * looking up a Unicode property for every letter of a line.
 */
const MAY_END_SENTENCE = /[.!?\r\u0080-\uFFFF]/g;

/** Per BMP code point beyond ASCII: 0 until first asked, then 1 + whether SENTENCE_END matches it. */
const sentenceEnds = new Uint8Array(0x10000);

/** Whether SENTENCE_END matches code point `char`: curly quotes and dashes come by on every line. */
function endsSentence(char: number): boolean {
  if (char >= 0x10000) return SENTENCE_END.test(String.fromCodePoint(char));
  if (sentenceEnds[char] === 0) sentenceEnds[char] = SENTENCE_END.test(String.fromCodePoint(char)) ? 2 : 1;
  return sentenceEnds[char] === 2;
}

/**
 * Whether Intl.Segmenter gives `line` as one sentence because it can end only at its end:
 * terminators, then closing quotes or brackets, then spaces, and before them only full stops
 * it never breaks after (checked against the segmenter by a property test).
 */
export function isOneSentence(line: string): boolean {
  let end = line.length;
  while (end > 0 && SPACE.test(line[end - 1] as string)) end--;
  while (end > 0 && CLOSING.test(line[end - 1] as string)) end--;
  while (end > 0 && TERMINATOR.test(line[end - 1] as string)) end--;
  MAY_END_SENTENCE.lastIndex = 0;
  // `test` leaves `lastIndex` just past the one-character match, with no match array to build.
  while (MAY_END_SENTENCE.test(line) && MAY_END_SENTENCE.lastIndex - 1 < end) {
    const at = MAY_END_SENTENCE.lastIndex - 1;
    const char = line.codePointAt(at) as number;
    if (char >= 0x80 && !endsSentence(char)) continue;
    // Past `end` lie only terminators, closing marks and spaces: the full stop's test ends before.
    POINT_WITHOUT_BREAK.lastIndex = at;
    if (!POINT_WITHOUT_BREAK.test(line)) return false;
  }
  return true;
}

/**
 * Appends the sentence pieces of `part` to `pieces`, as start and end offsets plus `offset`.
 * Pieces go to a flat array, not through generators: splitting runs on every document.
 */
function addPieces(part: string, offset: number, segmenter: Intl.Segmenter, pieces: number[]): void {
  // Segmenting costs more than the rest of splitting; most headings, captions and list items need none.
  if (part.length <= WINDOW && isOneSentence(part)) {
    pieces.push(offset, offset + part.length);
    return;
  }
  let at = 0;
  while (at < part.length) {
    const window = part.slice(at, at + WINDOW);
    const segments = [...segmenter.segment(window)];
    const last = at + WINDOW >= part.length ? segments.length : segments.length - 1;
    if (last === segments.length || segments[last]!.index > 0) {
      for (let k = 0; k < last; k++) {
        const segment = segments[k]!;
        pieces.push(offset + at + segment.index, offset + at + segment.index + segment.segment.length);
      }
      if (last === segments.length) return;
      at += segments[last]!.index;
      continue;
    }
    let cut = window.length;
    while (cut > 1 && !isWhiteSpaceUnit(charCodeAt.call(window, cut - 1))) cut--;
    if (cut <= 1) cut = window.length;
    pieces.push(offset + at, offset + at + cut);
    at += cut;
  }
}

/**
 * A full stop, question or exclamation mark, closing quotes or brackets and spaces before a
 * capital, itself maybe after an opening quote or bracket: Unicode's sentence rules (UAX #29,
 * SB11) break there whatever surrounds it, and no rule looks across it (a look ahead stops at
 * the terminator, a look back at the capital or at the space before the opening mark), so a
 * line cut there segments as the whole line would (checked against the segmenter by a property
 * test). Most sentences in a paragraph end this way.
 */
const SURE_BREAK = /[.!?]["'”’)\]]* +(?=["'“‘(]?[A-Z])/g;

/** Where `line` can be cut without segmenting it: the ends of its parts, the last at its end. */
export function sureBreaks(line: string): number[] {
  const ends: number[] = [];
  SURE_BREAK.lastIndex = 0;
  // A match ends where `test` leaves `lastIndex`: no match array is built.
  while (SURE_BREAK.test(line)) ends.push(SURE_BREAK.lastIndex);
  ends.push(line.length);
  return ends;
}

/** Appends the sentence pieces of `line`, segmenting only the parts between its sure breaks. */
function addLinePieces(line: string, segmenter: Intl.Segmenter, pieces: number[]): void {
  let partStart = 0;
  for (const partEnd of sureBreaks(line)) {
    const part = partStart === 0 && partEnd === line.length ? line : line.slice(partStart, partEnd);
    addPieces(part, partStart, segmenter, pieces);
    partStart = partEnd;
  }
}

/**
 * Sentence spans of `text`, trimmed of surrounding white space. Paragraph breaks always end
 * a sentence, since scraped text often drops the final period of headlines and captions.
 */
export function splitSentences(text: string, language: string): Span[] {
  const spans: Span[] = [];
  const segmenter = segmenterFor(language);
  const pieces: number[] = [];
  for (let lineStart = 0; lineStart < text.length;) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    let previousInLine = false;
    pieces.length = 0;
    if (lineEnd > lineStart) addLinePieces(text.slice(lineStart, lineEnd), segmenter, pieces);
    for (let k = 0; k < pieces.length; k += 2) {
      let start = lineStart + (pieces[k] as number);
      let end = lineStart + (pieces[k + 1] as number);
      while (start < end && isWhiteSpaceUnit(charCodeAt.call(text, start))) start++;
      while (end > start && isWhiteSpaceUnit(charCodeAt.call(text, end - 1))) end--;
      if (end <= start) continue;
      const last = spans[spans.length - 1];
      if (previousInLine && last && goesOn(text, last, start)) {
        spans[spans.length - 1] = [last[0], end];
        continue;
      }
      spans.push([start, end]);
      previousInLine = true;
    }
    lineStart = lineEnd + 1;
  }
  return spans;
}

/**
 * Whether the sentence at `start` goes on the one before it in its line, which the segmenter
 * ended after a month's abbreviation or a title. Both end in a full stop: a sentence ending in
 * anything else is not read further.
 */
function goesOn(text: string, last: Span, start: number): boolean {
  if (text.charCodeAt(last[1] - 1) !== FULL_STOP) return false;
  const lastEnd = text.slice(Math.max(last[0], last[1] - 8), last[1]);
  const next = text.slice(start, start + 1);
  return (
    (MONTH_ABBREVIATION_END.test(lastEnd) && STARTS_WITH_DIGIT.test(next)) ||
    (NAME_PREFIX_END.test(lastEnd) && STARTS_WITH_CAPITAL.test(next))
  );
}

const FULL_STOP = 0x2e;
