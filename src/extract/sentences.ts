import type { Span } from '../core/types.js';

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
    for (const piece of segmenter.segment(line[0])) {
      let start = line.index + piece.index;
      let end = start + piece.segment.length;
      while (start < end && /\s/.test(text[start] ?? '')) start++;
      while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
      if (end <= start) continue;
      const last = spans[spans.length - 1];
      if (
        previousInLine &&
        last &&
        MONTH_ABBREVIATION_END.test(text.slice(Math.max(last[0], last[1] - 6), last[1])) &&
        STARTS_WITH_DIGIT.test(text.slice(start, start + 1))
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
