import type { Span } from '../core/types.js';
import rules from './rules/sentences.json' with { type: 'json' };

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
 * Whether Intl.Segmenter gives `line` as one sentence because it can end only at its end:
 * terminators, then closing quotes or brackets, then spaces (checked against the segmenter by a
 * property test).
 */
export function isOneSentence(line: string): boolean {
  let end = line.length;
  while (end > 0 && SPACE.test(line[end - 1] as string)) end--;
  while (end > 0 && CLOSING.test(line[end - 1] as string)) end--;
  while (end > 0 && TERMINATOR.test(line[end - 1] as string)) end--;
  return !SENTENCE_END.test(end === line.length ? line : line.slice(0, end));
}

function* sentencePieces(line: string, segmenter: Intl.Segmenter): Generator<Span> {
  // Segmenting costs more than the rest of splitting; most headings, captions and list items need none.
  if (line.length <= WINDOW && isOneSentence(line)) {
    yield [0, line.length];
    return;
  }
  let offset = 0;
  while (offset < line.length) {
    const window = line.slice(offset, offset + WINDOW);
    const pieces = [...segmenter.segment(window)];
    if (offset + WINDOW >= line.length) {
      for (const p of pieces) yield [offset + p.index, offset + p.index + p.segment.length];
      return;
    }
    const lastStart = pieces[pieces.length - 1]!.index;
    if (lastStart > 0) {
      for (const p of pieces.slice(0, -1)) yield [offset + p.index, offset + p.index + p.segment.length];
      offset += lastStart;
      continue;
    }
    let cut = window.length;
    while (cut > 1 && !/\s/.test(window[cut - 1]!)) cut--;
    if (cut <= 1) cut = window.length;
    yield [offset, offset + cut];
    offset += cut;
  }
}

/**
 * Sentence spans of `text`, trimmed of surrounding white space. Paragraph breaks always end
 * a sentence, since scraped text often drops the final period of headlines and captions.
 */
export function splitSentences(text: string, language: string): Span[] {
  const spans: Span[] = [];
  const segmenter = segmenterFor(language);
  const paragraph = /[^\n]+/g;
  for (let line = paragraph.exec(text); line; line = paragraph.exec(text)) {
    let previousInLine = false;
    for (const [pieceStart, pieceEnd] of sentencePieces(line[0], segmenter)) {
      let start = line.index + pieceStart;
      let end = line.index + pieceEnd;
      while (start < end && /\s/.test(text[start] ?? '')) start++;
      while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
      if (end <= start) continue;
      const last = spans[spans.length - 1];
      const lastEnd = last ? text.slice(Math.max(last[0], last[1] - 8), last[1]) : '';
      const next = text.slice(start, start + 1);
      if (
        previousInLine &&
        last &&
        ((MONTH_ABBREVIATION_END.test(lastEnd) && STARTS_WITH_DIGIT.test(next)) ||
          (NAME_PREFIX_END.test(lastEnd) && STARTS_WITH_CAPITAL.test(next)))
      ) {
        spans[spans.length - 1] = [last[0], end];
        continue;
      }
      spans.push([start, end]);
      previousInLine = true;
    }
  }
  return spans;
}
