import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.js';

function sentences(text: string, language = 'en'): string[] {
  return splitSentences(text, language).map(([start, end]) => text.slice(start, end));
}

describe('splitSentences()', () => {
  it('keeps a date written "Jan. 5." at the end of a sentence in that sentence', () => {
    expect(sentences('He was hanged on Dec. 8 and another man on Jan. 5. Both were protesters.')).toEqual([
      'He was hanged on Dec. 8 and another man on Jan. 5.',
      'Both were protesters.',
    ]);
  });

  it('still ends a sentence at a period followed by a new sentence', () => {
    expect(sentences('Protests spread to Tehran. Dozens were arrested.\nA new paragraph')).toEqual([
      'Protests spread to Tehran.',
      'Dozens were arrested.',
      'A new paragraph',
    ]);
  });
});
