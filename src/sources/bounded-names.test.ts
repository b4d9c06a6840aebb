import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BoundedNames, type NameList } from './bounded-names.js';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const listOf = (names: readonly string[], flags: 'u' | 'iu'): NameList => ({
  alternatives: [...names]
    .sort((a, b) => b.length - a.length)
    .map((name) => escape(name).replace(/\s+/g, '\\s+')),
  flags,
});

/** What BoundedNames stands in for: a global regex with a lookbehind per list, merged by position. */
function regexMatches(lists: readonly NameList[], text: string): string[] {
  return lists
    .flatMap(({ alternatives, flags }, list) => {
      const pattern = new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`,
        `g${flags}`,
      );
      return [...text.matchAll(pattern)]
        .filter((match) => match[0] !== '')
        .map((match) => ({ index: match.index, list, text: match[0] }));
    })
    .sort((a, b) => a.index - b.index || a.list - b.list)
    .map(({ index, list, text: found }) => `${index}/${list}:${found}`);
}

function scanned(lists: readonly NameList[], text: string): string[] {
  return [...new BoundedNames(lists).matches(text)].map(
    ({ list, match }) => `${match.index}/${list}:${match[0]}`,
  );
}

describe('BoundedNames', () => {
  it('finds what a global lookbehind regex per list finds, match for match, on any text', () => {
    // Letters with case and without, a long s and a Kelvin sign (case-folded to s and k), a
    // dotless and a dotted i, an astral letter, digits, spaces, punctuation and lone surrogates.
    const unit = fc.constantFrom(
      ...'aAbBsSkKſK ı İ i.-(),\n7۷\u200cفیك'.split(''),
      '\ud835\udc00',
      '\ud800',
      '\udc00',
    );
    const word = fc.array(unit, { minLength: 1, maxLength: 6 }).map((units) => units.join('').trim());
    const names = fc.uniqueArray(
      word.filter((name) => name.length > 0),
      { maxLength: 6 },
    );
    const text = fc.array(unit, { maxLength: 80 }).map((units) => units.join(''));
    fc.assert(
      fc.property(names, names, text, (folded, exact, body) => {
        const lists = [listOf(folded, 'iu'), listOf(exact, 'u')];
        expect(scanned(lists, body)).toEqual(regexMatches(lists, body));
      }),
      { numRuns: 1000 },
    );
  });

  it('prefers the longest name at a position, skips names inside words, and keeps each list apart', () => {
    const lists = [listOf(['Iran', 'Iran International'], 'iu'), listOf(['IRNA', 'IR'], 'u')];
    const text = 'Iranian media: Iran  International said; (IRNA) and iran, irna.';
    expect(scanned(lists, text)).toEqual(['15/0:Iran  International', '42/1:IRNA', '52/0:iran']);
    expect(scanned(lists, text)).toEqual(regexMatches(lists, text));
  });
});
