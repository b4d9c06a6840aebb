import { describe, expect, it } from 'vitest';
import { WordMap, WordSet, WordShapeFilter } from './word-set.js';

describe('WordSet', () => {
  it('holds exactly its words, whatever their script or length', () => {
    const set = new WordSet(['said', 'according', 'گفت', 'x', '']);
    for (const word of ['said', 'according', 'گفت', 'x', '']) expect(set.has(word)).toBe(true);
    // Same first letter, last letter and length as a member: the set itself decides.
    for (const word of ['slid', 'sand', 'accordinG', 'گفتن', 'y', 'says']) expect(set.has(word)).toBe(false);
  });
});

describe('WordShapeFilter', () => {
  const filter = new WordShapeFilter(['tehran', 'mashhad', 'us', 'iran2', 'x']);

  it('never turns away a member, however its letters are cased in the text', () => {
    const text = 'In TEHRAN, Mashhad and the US: Iran2 mashhaD, X.';
    for (const word of ['TEHRAN', 'Mashhad', 'US', 'Iran2', 'mashhaD', 'X']) {
      const start = text.indexOf(word);
      expect(filter.mayHoldLowerCased(text, start, start + word.length)).toBe(true);
    }
  });

  it('turns away words whose letters at the edges and middle or length no member has', () => {
    const text = 'The President spoke in Paris, Tehzan';
    for (const word of ['The', 'President', 'Paris', 'Tehzan']) {
      const start = text.indexOf(word);
      expect(filter.mayHoldLowerCased(text, start, start + word.length)).toBe(false);
    }
  });
});

describe('WordMap', () => {
  it('gives the value of a member and nothing for any other word', () => {
    const map = new WordMap(
      new Map([
        ['killed', 1],
        ['protests', 2],
      ]),
    );
    expect(map.get('killed')).toBe(1);
    expect(map.get('protests')).toBe(2);
    expect(map.get('kidded')).toBeUndefined();
    expect(map.get('protest')).toBeUndefined();
  });
});
