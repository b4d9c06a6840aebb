import { describe, expect, it } from 'vitest';
import { occurrences, placeEntries, placeRawSlice } from './locate.js';

const describeEntry = (e: { text: string }): string => `"${e.text}"`;

describe('occurrences()', () => {
  it('skips a match that continues a word', () => {
    const text = 'Iranian officials in Iran and Iran’s capital';
    expect(occurrences(text, 'Iran').map(([s]) => s)).toEqual([21, 30]);
  });

  it('finds a Persian name followed by a zero-width non-joiner suffix', () => {
    const text = 'در تهران\u200Cها';
    expect(occurrences(text, 'تهران')).toEqual([[3, 8]]);
  });
});

describe('placeEntries()', () => {
  it('gives a short name the occurrence standing alone, not the one inside a longer entry', () => {
    const text = 'Ayatollah Ali Khamenei spoke; images of Khamenei burned.';
    const placed = placeEntries(text, [{ text: 'Ali Khamenei' }, { text: 'Khamenei' }], describeEntry);
    expect(placed.spans).toEqual([
      [10, 22],
      [40, 48],
    ]);
    expect(placed.problems).toEqual([]);
  });

  it('takes occurrences inside longer entries for a string listed more often than it stands alone', () => {
    const text = 'on Sattarkhan Street, Tehran last week';
    const placed = placeEntries(
      text,
      [{ text: 'Sattarkhan Street, Tehran' }, { text: 'Tehran' }],
      describeEntry,
    );
    expect(placed.spans[1]).toEqual([22, 28]);
  });

  it('reports an entry listed more often than its string occurs as an error in the gold', () => {
    const placed = placeEntries(
      'Mashhad and Tehran',
      [{ text: 'Mashhad' }, { text: 'Mashhad' }],
      describeEntry,
    );
    expect(placed.spans[1]).toBeNull();
    expect(placed.problems[0]).toMatch(/^Cannot locate "Mashhad" \(entry 2 of 2 with this text\)/);
  });

  it('lets nth pick an occurrence and lists the occurrences no entry took', () => {
    const text = 'three days later, three officials and three sources';
    const placed = placeEntries(text, [{ text: 'three', nth: 3 }, { text: 'three' }], describeEntry);
    expect(placed.spans).toEqual([
      [38, 43],
      [0, 5],
    ]);
    expect(placed.unlisted).toEqual([{ text: 'three', span: [18, 23] }]);
  });
});

describe('placeRawSlice()', () => {
  it('finds a raw slice in cleaned text whose lines were joined and letters normalized', () => {
    const raw = 'Menu\nHome\nThe minister said the\n  protests were ك over.\n';
    const cleaned = 'The minister said the protests were ک over.';
    const start = raw.indexOf('the\n');
    const end = raw.indexOf(' over');
    expect(placeRawSlice(raw, cleaned, [start, end])).toEqual([18, 37]);
  });

  it('returns null for offsets outside the raw text', () => {
    expect(placeRawSlice('abc', 'abc', [2, 9])).toBeNull();
  });
});
