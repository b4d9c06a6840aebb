import { describe, expect, it } from 'vitest';
import { scanMarkedWords, scanWords, wordKey } from './_words.js';

describe('scanWords()', () => {
  it('splits Persian words at the zero-width non-joiner, so joined and spaced forms read alike', () => {
    expect(scanWords('کشته\u200Cشدگان').map((w) => w.key)).toEqual(['کشته', 'شدگان']);
    expect(scanWords('کشته شدگان').map((w) => w.key)).toEqual(['کشته', 'شدگان']);
  });

  it('keeps offsets into the text it was given', () => {
    const text = 'Protests spread to Mashhad.';
    for (const word of scanWords(text)) expect(text.slice(word.start, word.end).toLowerCase()).toBe(word.key);
  });

  it('starts a new clause at a semicolon or a line break, not at a comma', () => {
    const clauses = scanWords('one, two; three\nfour').map((w) => w.clause);
    expect(clauses).toEqual([0, 0, 1, 2]);
  });

  it('reads only between its bounds', () => {
    expect(scanWords('alpha beta gamma', 6, 10).map((w) => w.key)).toEqual(['beta']);
  });
});

describe('wordKey()', () => {
  it('folds Arabic letter forms and diacritics into Persian ones', () => {
    expect(wordKey('يك')).toBe('یک');
    expect(wordKey('مأموران')).toBe('ماموران');
  });

  it('lowers English case and straightens apostrophes', () => {
    expect(wordKey('Iran’s')).toBe("iran's");
  });
});

describe('scanMarkedWords()', () => {
  it('scans as scanWords and counts the marked words before each index', () => {
    const text = 'Guards arrested 20 people; protests spread.';
    const { words, marksBefore } = scanMarkedWords(text, (key) => key === 'arrested' || key === 'protests');
    expect(words).toEqual(scanWords(text));
    expect([...marksBefore]).toEqual([0, 0, 1, 1, 1, 2, 2]);
  });

  it('reads the same words from the entity tokens as its own scan, curly apostrophes and dashes too', () => {
    const text =
      'Police raided the students’ dormitory in Zürich—again; José Müller-Weiß wasn’t there.\nTwo days later, 3,000 rallied.';
    expect(scanMarkedWords(text, () => false).words).toEqual(scanWords(text));
  });

  it('scans Persian itself, splitting at the non-joiner where the entity tokens do not', () => {
    const text = 'کشته\u200Cشدگان در تهران؛ معترضان';
    expect(scanMarkedWords(text, () => false).words).toEqual(scanWords(text));
    expect(scanMarkedWords(text, () => false).words.map((w) => w.key)).toEqual([
      'کشته',
      'شدگان',
      'در',
      'تهران',
      'معترضان',
    ]);
  });
});

describe('wordKey() with marks to drop', () => {
  it('drops the tatweel, joiners and diacritics as it folds', () => {
    expect(wordKey('كـتاب\u200Dها')).toBe('کتابها');
    expect(wordKey('مُحَمَّد')).toBe('محمد');
  });
});
