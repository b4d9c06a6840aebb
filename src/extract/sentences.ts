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
 * Sentence spans of `text`, trimmed of surrounding white space. Paragraph breaks always end
 * a sentence, since scraped text often drops the final period of headlines and captions.
 */
export function splitSentences(text: string, language: string): Span[] {
  const spans: Span[] = [];
  const segmenter = segmenterFor(language);
  const paragraph = /[^\n]+/g;
  for (let line = paragraph.exec(text); line; line = paragraph.exec(text)) {
    for (const piece of segmenter.segment(line[0])) {
      let start = line.index + piece.index;
      let end = start + piece.segment.length;
      while (start < end && /\s/.test(text[start] ?? '')) start++;
      while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
      if (end > start) spans.push([start, end]);
    }
  }
  return spans;
}
