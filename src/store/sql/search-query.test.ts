import { describe, expect, it } from 'vitest';
import { parseSearchQuery, searchTokens } from './search-query.js';

const tokensOf = (query: string) => parseSearchQuery(query).map((term) => term.tokens);

describe('parseSearchQuery()', () => {
  it('reads each word as a term that must match, in search form', () => {
    expect(tokensOf('Evin Prison')).toEqual([['evin'], ['prison']]);
  });

  it('reads text in double quotes as one phrase', () => {
    expect(tokensOf('court "death sentence" Karaj')).toEqual([['court'], ['death', 'sentence'], ['karaj']]);
  });

  it('runs an unclosed quote to the end of the query', () => {
    expect(tokensOf('the "death sentence')).toEqual([['the'], ['death', 'sentence']]);
  });

  it('reads operators and punctuation as words or separators, never as syntax', () => {
    expect(tokensOf('death AND (court) -x col:umn NEAR(a, b) * ^')).toEqual([
      ['death'],
      ['and'],
      ['court'],
      ['x'],
      ['col'],
      ['umn'],
      ['near'],
      ['a'],
      ['b'],
    ]);
    expect(tokensOf('"" * - "')).toEqual([]);
  });

  it('unifies Arabic letters, digits and diacritics and splits at ZWNJ', () => {
    expect(tokensOf('كرمانشاه ٢٣ ۱۴۰۱')).toEqual([['کرمانشاه'], ['23'], ['1401']]);
    expect(tokensOf('خانواده\u200Cهای')).toEqual([['خانواده'], ['های']]);
    expect(tokensOf('اعدامٌ')).toEqual([['اعدام']]);
  });
});

describe('searchTokens()', () => {
  it('keeps letters with Latin accents whole', () => {
    expect(searchTokens('Café Naïve')).toEqual(['café', 'naïve']);
  });
});
