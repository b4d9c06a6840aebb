import { describe, expect, it } from 'vitest';
import { locateFirstToken, snippetAround } from './snippet.js';

const FILLER = 'The weather report said nothing of note for the coming week. '.repeat(40);

describe('locateFirstToken()', () => {
  it('finds a whole word, not a part of a longer one', () => {
    const text = 'Protesters protested near the protest site.';
    const span = locateFirstToken(text, ['protest']);
    expect(span).toEqual([30, 37]);
  });

  it('finds the earliest of several tokens', () => {
    expect(locateFirstToken('Karaj then Tehran then Karaj', ['tehran', 'karaj'])).toEqual([0, 5]);
  });

  it('maps a match in search form back to the original letters and digits', () => {
    const text = 'گزارش: در كرمانشاه ٢٣ نفر';
    const span = locateFirstToken(text, ['کرمانشاه', '23'])!;
    expect(text.slice(span[0], span[1])).toBe('كرمانشاه');
    const digits = locateFirstToken(text, ['23'])!;
    expect(text.slice(digits[0], digits[1])).toBe('٢٣');
  });

  it('finds a word deep inside a long text, and a word only at its very end', () => {
    const text = `${FILLER.repeat(10)}Zahedan`;
    expect(locateFirstToken(text, ['zahedan'])).toEqual([text.length - 7, text.length]);
    expect(locateFirstToken(`${FILLER}Zahedanis`, ['zahedan'])).toBeNull();
  });
});

describe('snippetAround()', () => {
  it('returns a short text whole, white space collapsed', () => {
    expect(snippetAround('Two  protesters\nwere arrested.', ['arrested'])).toBe(
      'Two protesters were arrested.',
    );
  });

  it('cuts about 160 characters around the first match, on word boundaries, marked with …', () => {
    const text = `${FILLER}Security forces raided homes in Zahedan on Friday. ${FILLER}`;
    const snippet = snippetAround(text, ['zahedan']);
    expect(snippet).toContain('raided homes in Zahedan on Friday');
    expect(snippet.startsWith('…')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
    expect(snippet.length).toBeLessThanOrEqual(162);
    expect(snippet.length).toBeGreaterThan(120);
    expect(snippet.slice(1, -1)).toMatch(/^\S+( \S+)*$/);
  });

  it('starts at the beginning when no token occurs in the text', () => {
    const snippet = snippetAround(FILLER, ['tabriz']);
    expect(snippet.startsWith('The weather report')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
  });

  it('never splits a surrogate pair', () => {
    const text = '😀'.repeat(200);
    const snippet = snippetAround(text, []);
    expect(snippet.replace('…', '')).toMatch(/^(?:😀)+$/u);
  });
});
