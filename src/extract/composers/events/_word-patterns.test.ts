import { describe, expect, it } from 'vitest';
import { WordPatternSet } from './_word-patterns.js';
import { scanWords } from './_words.js';

function matches(patterns: string[], text: string): string[] {
  const set = new WordPatternSet(patterns.map((p) => [p, p] as const));
  const words = scanWords(text);
  return set
    .findLongest(words)
    .map((m) => `${m.value}@${text.slice(words[m.first]!.start, words[m.last - 1]!.end)}`);
}

describe('WordPatternSet', () => {
  it('matches either word of an alternative, whatever the case', () => {
    expect(matches(['executed|hanged'], 'Three men were Hanged at dawn.')).toEqual([
      'executed|hanged@Hanged',
    ]);
  });

  it('matches a prefix word against every word that starts with it', () => {
    expect(matches(['اعتراض*'], 'اعتراضات ادامه دارد')).toEqual(['اعتراض*@اعتراضات']);
  });

  it('skips up to the number of words a gap allows, and no more', () => {
    const pattern = 'set fire to ..2 banks';
    expect(matches([pattern], 'they set fire to two state banks')).toEqual([
      `${pattern}@set fire to two state banks`,
    ]);
    expect(matches([pattern], 'they set fire to three big state banks')).toEqual([]);
  });

  it('refuses a match when the negated word follows', () => {
    expect(matches(['gathering !of'], 'a gathering of commanders')).toEqual([]);
    expect(matches(['gathering !of'], 'a gathering outside parliament')).toEqual(['gathering !of@gathering']);
  });

  it('never lets a match run across a clause break', () => {
    expect(matches(['fired ..3 crowds'], 'they fired; the crowds ran')).toEqual([]);
  });

  it('keeps the longest of overlapping matches', () => {
    expect(matches(['sentenced', 'sentenced to death'], 'He was sentenced to death.')).toEqual([
      'sentenced to death@sentenced to death',
    ]);
  });

  it('refuses a pattern that starts with a gap, has two gaps or an empty alternative', () => {
    expect(() => new WordPatternSet([['..2 banks', 1]])).toThrow(SyntaxError);
    expect(() => new WordPatternSet([['set ..2 fire ..2 banks', 1]])).toThrow(SyntaxError);
    expect(() => new WordPatternSet([['fired|', 1]])).toThrow(SyntaxError);
  });

  it('tells a stretch of words that holds no last word of any pattern from one that may match', () => {
    const set = new WordPatternSet([['in|last january|march', true] as const, ['ago', true] as const]);
    const words = scanWords('Crowds gathered in the square. Two years ago in March they came back.');
    const firstSentence = words.findIndex((w) => w.key === 'two');
    expect(set.mayMatchWithin(words, 0, firstSentence)).toBe(false);
    expect(set.mayMatchWithin(words, firstSentence)).toBe(true);
    expect(set.findAll(words, 0, firstSentence)).toEqual([]);
    // A last word written as a prefix rules nothing out.
    const prefixed = new WordPatternSet([['in arrest*', true] as const]);
    expect(prefixed.mayMatchWithin(words, 0, firstSentence)).toBe(true);
  });

  it('matches in time linear in the text on a long run of one repeated word', () => {
    // Gaps backtrack within their bound only, so a pathological text costs no more than a plain one.
    const set = new WordPatternSet([['killed killed ..12 prisoners', 1]]);
    const words = scanWords('killed '.repeat(50_000));
    const started = performance.now();
    expect(set.findAll(words)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
