import { describe, expect, it } from 'vitest';
import { WordMap, WordSet } from './word-set.js';

describe('WordSet', () => {
  it('holds exactly its words, whatever their script or length', () => {
    const set = new WordSet(['said', 'according', 'گفت', 'x', '']);
    for (const word of ['said', 'according', 'گفت', 'x', '']) expect(set.has(word)).toBe(true);
    // Same first letter, last letter and length as a member: the set itself decides.
    for (const word of ['slid', 'sand', 'accordinG', 'گفتن', 'y', 'says']) expect(set.has(word)).toBe(false);
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
