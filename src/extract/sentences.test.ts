import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOneSentence, splitSentences, sureBreaks } from './sentences.js';

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

  it('keeps a title or an initial before a name in its sentence, but not "U.S." ending one', () => {
    expect(
      sentences(
        '“We will vote,” Mr. Karimi said. Gen. Hossein W. Salami spoke. He lives in the U.S. The end.',
      ),
    ).toEqual([
      '“We will vote,” Mr. Karimi said.',
      'Gen. Hossein W. Salami spoke.',
      'He lives in the U.S.',
      'The end.',
    ]);
  });

  it('still ends a sentence at a period followed by a new sentence', () => {
    expect(sentences('Protests spread to Tehran. Dozens were arrested.\nA new paragraph')).toEqual([
      'Protests spread to Tehran.',
      'Dozens were arrested.',
      'A new paragraph',
    ]);
  });

  it('ends a sentence at a period and at a paragraph break', () => {
    const text = 'Protests spread. Officials said so\nA headline without a period';
    expect(splitSentences(text, 'en').map(([s, e]) => text.slice(s, e))).toEqual([
      'Protests spread.',
      'Officials said so',
      'A headline without a period',
    ]);
  });

  it('splits a long line the same way as short ones, in linear time', () => {
    const unit = 'On December 31, 2017, Tasnim said: "more than 1,500 people protested." ';
    const text = unit.repeat(6000);
    const started = performance.now();
    const spans = splitSentences(text, 'en');
    expect(performance.now() - started).toBeLessThan(3000);
    expect(spans).toHaveLength(6000);
    expect(new Set(spans.map(([s, e]) => text.slice(s, e)))).toEqual(new Set([unit.trim()]));
  });

  it('cuts a sentence longer than its window at white space, covering every word', () => {
    const text = 'word '.repeat(3000);
    const spans = splitSentences(text, 'en');
    expect(spans.length).toBeGreaterThan(1);
    expect(spans.map(([s, e]) => text.slice(s, e)).join(' ')).toBe(text.trim());
  });

  it('takes a line as one sentence without segmenting only when Intl.Segmenter would too', () => {
    const pieces = [
      'Tehran',
      'said',
      ' ',
      '  ',
      '.',
      '!',
      '?',
      '؟',
      '۔',
      '。',
      ',',
      ';',
      '"',
      '“',
      '”',
      '’',
      "'",
      '»',
      '(',
      ')',
      ']',
      'U.S.',
      'Mr',
      '\r',
      '\u2028',
      '\u0085',
      '5',
      'اعدام',
      'p.m.',
      'e.g.',
      'on',
      'é',
      'A',
      'x',
      '3.5',
      '-',
      ':',
      '\t',
      '…',
      '\u{11047}',
      '\uD804',
    ];
    const line = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((p) => p.join(''));
    for (const language of ['en', 'fa']) {
      const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
      fc.assert(
        fc.property(line, (text) => {
          if (isOneSentence(text)) expect([...segmenter.segment(text)].length).toBeLessThanOrEqual(1);
        }),
        { numRuns: 3000 },
      );
    }
    expect(isOneSentence('A headline without a period')).toBe(true);
    expect(isOneSentence('Protests spread. Dozens were arrested.')).toBe(false);
    expect(isOneSentence('At 5 p.m. on Sept. 5, the U.S.-based group said 3.5 million.')).toBe(true);
    expect(isOneSentence('He left at 5 p.m. Police then came.')).toBe(false);
    expect(isOneSentence('He left at 5 p.m. (Police) came.')).toBe(false);
  });

  it('cuts a line at a sure break only where Intl.Segmenter breaks, and segments its parts as the whole line', () => {
    const pieces = [
      'a',
      'z',
      'said',
      'A',
      'The',
      'U.S.',
      'Mr',
      'e.g.',
      '5',
      '.',
      '!',
      '?',
      '؟',
      ' ',
      '  ',
      '"',
      '”',
      '“',
      "'",
      '’',
      '‘',
      '(',
      ')',
      ']',
      ',',
      '\u00AD',
      '\u0301',
      '\r',
      'اعدام',
    ];
    const line = fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((p) => p.join(''));
    const ends = (segmenter: Intl.Segmenter, text: string, offset = 0): number[] =>
      [...segmenter.segment(text)].map((s) => offset + s.index + s.segment.length);
    for (const language of ['en', 'fa']) {
      const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
      fc.assert(
        fc.property(line, (text) => {
          let start = 0;
          const byParts: number[] = [];
          for (const end of sureBreaks(text)) {
            byParts.push(...ends(segmenter, text.slice(start, end), start));
            start = end;
          }
          expect(byParts).toEqual(ends(segmenter, text));
        }),
        { numRuns: 3000 },
      );
    }
    expect(sureBreaks('Protests spread. Dozens were arrested. In the U.S. They')).toEqual([17, 39, 51, 55]);
    expect(sureBreaks('He said: “Go.” (Then) he left. “Why?” Nobody knew.')).toEqual([15, 31, 38, 50]);
    expect(sureBreaks('It fell 5 p.m. on Monday. (a) list')).toEqual([34]);
  });
});
