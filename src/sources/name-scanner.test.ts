import { describe, expect, it } from 'vitest';
import { NameScanner } from './name-scanner.js';
import { escapeRegExp } from '../core/regexp.js';

/** The regular expression the scanner stands for: whole names, longest first. */
function referencePattern(names: readonly string[], flags: string): RegExp {
  const alternation = [...names]
    .sort((a, b) => b.length - a.length)
    .map((name) => escapeRegExp(name).replace(/\s+/g, '\\s+'))
    .join('|');
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternation})(?![\p{L}\p{N}])`, `g${flags}`);
}

function scanned(scanner: NameScanner, text: string, end = text.length): string[] {
  const found: string[] = [];
  for (let match = scanner.next(text, 0, end); match !== null; match = scanner.next(text, match.end, end)) {
    found.push(`${match.start}:${text.slice(match.start, match.end)}`);
  }
  return found;
}

const expected = (pattern: RegExp, text: string): string[] =>
  [...text.matchAll(pattern)].map((match) => `${match.index}:${match[0]}`);

const NAMES = ['Fars', 'Fars News', 'Fars News Agency', 'News Agency', 'Kayhan', 'Iran Wire', 'iranwire'];
const PERSIAN = ['خبرگزاری فارس', 'فارس', 'دیده بان', 'هه نگاو'];

describe('NameScanner', () => {
  it('finds whole names, longest first, in any case', () => {
    const scanner = new NameScanner(NAMES, true);
    expect(scanned(scanner, 'FARS NEWS AGENCY said; Farsi is not Fars, nor is fars-news.')).toEqual([
      '0:FARS NEWS AGENCY',
      '36:Fars',
      '49:fars',
    ]);
  });

  it('goes on from the end of a match, so names inside it are not found', () => {
    const scanner = new NameScanner(NAMES, true);
    expect(scanned(scanner, 'Fars News Agency')).toEqual(['0:Fars News Agency']);
    expect(scanned(scanner, 'The News Agency')).toEqual(['4:News Agency']);
  });

  it('takes a shorter name when the longer one would end inside a word', () => {
    const scanner = new NameScanner(NAMES, true);
    expect(scanned(scanner, 'Fars Newsroom')).toEqual(['0:Fars']);
  });

  it('reads a text only up to `end`, as if it stopped there', () => {
    const scanner = new NameScanner(NAMES, true);
    expect(scanned(scanner, 'Fars News Agency', 9)).toEqual(['0:Fars News']);
    expect(scanned(scanner, 'Fars Newsroom', 9)).toEqual(['0:Fars News']);
    // U+10000 is a letter, but its first half alone, where the text stops, is not.
    expect(scanned(scanner, 'Fars\u{10000}')).toEqual([]);
    expect(scanned(scanner, 'Fars\u{10000}', 5)).toEqual(['0:Fars']);
  });

  it('keeps case when asked to', () => {
    const scanner = new NameScanner(['AP', 'IHR'], false);
    expect(scanned(scanner, 'ap and Ap, then AP and IHR/AP.')).toEqual(['16:AP', '23:IHR', '27:AP']);
  });

  it('gives the matches of the regular expression it stands for', () => {
    // Texts built at random from the names, their pieces, case variants, characters that fold
    // specially (ſ, K, İ), marks, whitespace of all kinds and characters outside the basic plane.
    const pieces = [
      ...NAMES,
      ...PERSIAN,
      'FARS',
      'fARS nEWS',
      'Faſ',
      'ſ',
      '\u212Aayhan',
      'İran Wire',
      'Iran\n\u2003 Wire',
      'Fars\u200cNews',
      'هه\u200cنگاو',
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00a0',
      ',',
      '.',
      '(',
      ')',
      '-',
      'a',
      'é',
      '\u0301',
      '\u0345',
      '5',
      '۵',
      '📰',
      '\u{1D400}',
      '\ud800',
      '\udc00',
    ];
    let seed = 7;
    const random = (below: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % below;
    };
    for (const [names, caseless] of [
      [[...NAMES, ...PERSIAN], true],
      [['AP', 'IHR', 'Fars'], false],
    ] as const) {
      const scanner = new NameScanner(names, caseless);
      const pattern = referencePattern(names, caseless ? 'iu' : 'u');
      for (let text = 0; text < 400; text++) {
        const parts = Array.from({ length: 1 + random(30) }, () => pieces[random(pieces.length)]!);
        const sample = parts.join('').replace(/\u200c/g, ' ');
        expect(scanned(scanner, sample), JSON.stringify(sample)).toEqual(expected(pattern, sample));
        // Read up to `end` of a longer text, as if the text stopped there.
        const longer = sample + pieces[random(pieces.length)]! + pieces[random(pieces.length)]!;
        expect(scanned(scanner, longer, sample.length), JSON.stringify(longer)).toEqual(
          expected(pattern, sample),
        );
      }
    }
  });
});
