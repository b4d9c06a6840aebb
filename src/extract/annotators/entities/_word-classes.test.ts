import { describe, expect, it } from 'vitest';
import { latinLexicon, persianLexicon } from './_lexicon.js';
import { tokenize } from './_tokens.js';
import { WordClass, wordClassOf } from './_word-classes.js';

const classOf = (word: string): number => {
  const token = tokenize(word)[0];
  if (!token) throw new Error(`no token in ${word}`);
  return wordClassOf(token.key, token.latin);
};

describe('wordClassOf()', () => {
  it('gives a word every class whose set holds it, and no other', () => {
    expect(classOf('minister')).toBe(WordClass.roleHead);
    expect(classOf('the') & WordClass.determiner).not.toBe(0);
    expect(classOf('the') & WordClass.roleHead).toBe(0);
    expect(classOf('Mark')).toBe(WordClass.givenName | WordClass.ambiguousGivenName);
    expect(classOf('unrest')).toBe(0);
  });

  it('asks a Persian word of the Persian lexicon only', () => {
    expect(classOf('وزیر') & WordClass.roleHead).not.toBe(0);
    expect(wordClassOf('وزیر', true)).toBe(0);
    expect(wordClassOf('minister', false)).toBe(0);
  });

  it('marks an honorific of one word, not the first word of a longer one', () => {
    expect(classOf('Ayatollah') & WordClass.honorific).not.toBe(0);
    expect(classOf('Mrs') & WordClass.honorific).not.toBe(0);
    expect(classOf('Grand') & WordClass.honorific).toBe(0);
    expect(classOf('Grand') & WordClass.titleStart).not.toBe(0);
    expect(classOf('Ayatollah') & WordClass.titleStart).not.toBe(0);
    expect(classOf('Khamenei') & WordClass.titleStart).toBe(0);
  });

  it('marks the first word of a registered name, whatever the script', () => {
    expect(classOf('IRGC') & WordClass.registryStart).not.toBe(0);
    expect(classOf('سپاه') & WordClass.registryStart).not.toBe(0);
    expect(classOf('rally') & WordClass.registryStart).toBe(0);
  });

  it('agrees with the lexicon sets it was read from', () => {
    for (const [lexicon, latin] of [
      [latinLexicon, true],
      [persianLexicon, false],
    ] as const) {
      for (const key of lexicon.roleHeads) expect(wordClassOf(key, latin) & WordClass.roleHead).not.toBe(0);
      for (const key of lexicon.orgHeads) expect(wordClassOf(key, latin) & WordClass.orgHead).not.toBe(0);
      for (const key of lexicon.givenNames.keys())
        expect(wordClassOf(key, latin) & WordClass.givenName).not.toBe(0);
    }
  });
});
