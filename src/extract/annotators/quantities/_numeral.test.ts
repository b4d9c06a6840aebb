import { describe, expect, it } from 'vitest';
import { asciiDigits } from '../../../core/text.js';
import { isOrdinalWord, parseNumberWords, readNumeral } from './_numeral.js';

function read(written: string): { value: number; text: string } | null {
  const text = asciiDigits(written);
  const numeral = readNumeral(text, 0);
  return numeral ? { value: numeral.value, text: written.slice(numeral.start, numeral.end) } : null;
}

describe('readNumeral()', () => {
  it.each([
    ['120,000 people', 120000, '120,000'],
    ['1,500.', 1500, '1,500'],
    ['3.5 million', 3500000, '3.5 million'],
    ['2.3bn in damage', 2300000000, '2.3bn'],
    ['1 234 567 rials', 1234567, '1 234 567'],
    ['sixty prisoners', 60, 'sixty'],
    ['twenty-one protesters', 21, 'twenty-one'],
    ['two hundred and fifty', 250, 'two hundred and fifty'],
    ['half-a-million', 500000, 'half-a-million'],
    ['half a million people', 500000, 'half a million'],
    ['a thousand', 1000, 'a thousand'],
    ['a dozen', 12, 'a dozen'],
    ['صد و بیست هزار نفر', 120000, 'صد و بیست هزار'],
    ['۱۴ هزار و ۱۶۰ نفر', 14160, '۱۴ هزار و ۱۶۰'],
    ['۳هزار نفر', 3000, '۳هزار'],
    ['٣٠ هزار زندانی', 30000, '٣٠ هزار'],
    ['نیم میلیون', 500000, 'نیم میلیون'],
  ])('reads %j as %d', (written, value, text) => {
    expect(read(written)).toEqual({ value, text });
  });

  it('stops before a plain space between two numbers, which are two figures', () => {
    // "On November 16 200 people…": 16 is a day, 200 a count.
    expect(read('16 200 people')).toEqual({ value: 16, text: '16' });
  });

  it('does not read a malformed thousands group as one number', () => {
    expect(read('1,2345')).toEqual({ value: 1, text: '1' });
  });

  it('keeps letters glued to digits apart from the value', () => {
    const numeral = readNumeral('3rd', 0);
    expect(numeral?.value).toBe(3);
    expect(numeral?.attached).toBe('rd');
  });
});

describe('parseNumberWords()', () => {
  it.each([
    ['سه هزار دویست و دوازده', 3212],
    ['دوازده هزار بیست دو', 12022],
    ['یک میلیون و سی هزار', 1030000],
    ['منفی سه هزار', -3000],
    ['منفی سه هزارمین', -3000],
    ['نهصد نود نه هزار نهصد نود نه', 999999],
    ['two hundred and fifty', 250],
  ])('reads %j as %d', (words, value) => {
    expect(parseNumberWords(asciiDigits(words))).toBe(value);
  });

  it('returns null for words that are not a number', () => {
    expect(parseNumberWords('سلام دنیا')).toBeNull();
    expect(parseNumberWords('protesters')).toBeNull();
  });
});

describe('isOrdinalWord()', () => {
  it('tells ordinals from cardinals', () => {
    expect(isOrdinalWord('سوم')).toBe(true);
    expect(isOrdinalWord('بیستم')).toBe(true);
    expect(isOrdinalWord('بیست')).toBe(false);
    expect(isOrdinalWord('third')).toBe(true);
  });
});
