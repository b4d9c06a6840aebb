import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from './_tokens.js';

function read(text: string): Pick<Token, 'text' | 'key' | 'base' | 'capitalized' | 'allCaps'>[] {
  return tokenize(text).map(({ text, key, base, capitalized, allCaps }) => ({
    text,
    key,
    base,
    capitalized,
    allCaps,
  }));
}

describe('tokenize()', () => {
  it('lower-cases ASCII keys and cuts the possessive off the base', () => {
    expect(read("MEK's rally in al-Basra; the students' march")).toEqual([
      { text: "MEK's", key: "mek's", base: 'mek', capitalized: true, allCaps: false },
      { text: 'rally', key: 'rally', base: 'rally', capitalized: false, allCaps: false },
      { text: 'in', key: 'in', base: 'in', capitalized: false, allCaps: false },
      { text: 'al-Basra', key: 'al-basra', base: 'al-basra', capitalized: false, allCaps: false },
      { text: 'the', key: 'the', base: 'the', capitalized: false, allCaps: false },
      // An apostrophe ends a word unless a letter follows it.
      { text: 'students', key: 'students', base: 'students', capitalized: false, allCaps: false },
      { text: 'march', key: 'march', base: 'march', capitalized: false, allCaps: false },
    ]);
  });

  it('calls a word all capitals only with two letters or more and no lower-case one', () => {
    const allCaps = (text: string): boolean[] => tokenize(text).map((t) => t.allCaps);
    expect(allCaps('IRGC MEK-2 A McDonald 3M ÉLAN')).toEqual([true, true, false, false, false, true]);
  });

  it('reads a curly apostrophe as a straight one, outside ASCII as inside', () => {
    const [curly] = tokenize('Iran’s');
    const [straight] = tokenize("Iran's");
    expect([curly?.key, curly?.base, curly?.baseEnd]).toEqual([straight?.key, straight?.base, 4]);
    expect(curly?.text).toBe('Iran’s');
  });

  it('keeps offsets into the text and marks where a clause starts', () => {
    const text = 'Police came. They left\n(quietly)';
    const tokens = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.map((t) => t.clauseStart)).toEqual([true, false, true, false, true]);
  });

  it('reads a word to the end of the text, and on across joiners and letters beyond ASCII', () => {
    const spans = (text: string): [number, number][] => tokenize(text).map((t) => [t.start, t.end]);
    // The last word runs to the text's end; a hyphen or apostrophe with nothing after it ends a word.
    expect(spans('Evin')).toEqual([[0, 4]]);
    expect(spans("pro- rally'")).toEqual([
      [0, 3],
      [5, 10],
    ]);
    // ASCII letters then a letter, a curly apostrophe or a ZWNJ beyond ASCII stay one word.
    expect(tokenize('Qazvīni Iran’s Zanjan\u200Cs').map((t) => t.text)).toEqual([
      'Qazvīni',
      'Iran’s',
      'Zanjan\u200Cs',
    ]);
    expect(tokenize('Ab\uD835\uDC00 x').map((t) => [t.start, t.end])).toEqual([
      [0, 4],
      [5, 6],
    ]);
  });
});
