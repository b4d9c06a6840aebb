import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from './text.js';

/** normalizeText() written step by step, as the rules read. */
function stepByStep(text: string): string {
  const persian: Record<string, string> = { '\u064A': '\u06CC', '\u0649': '\u06CC', '\u0643': '\u06A9' };
  return (
    text
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      .replace(/[\u064A\u0649\u0643]/g, (c) => persian[c] ?? c)
      // eslint-disable-next-line no-control-regex -- the control characters are the point
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFEFF]/g, '')
  );
}

describe('normalizeText()', () => {
  it('composes, unifies line endings and letter forms and drops control characters, in that order', () => {
    // ي and the hamza above compose to ئ before letter forms are unified.
    expect(normalizeText('a\r\nb\rc\u0000ي\u0654 كى\uFEFF\u200C\t')).toBe(
      'a\nb\nc\u0626 \u06A9\u06CC\u200C\t',
    );
  });

  it('gives what the steps one after another give, on any text', () => {
    const unit = fc.constantFrom(
      ...'\r\n\t a\u0000\u0008\u000B\u001F\u007F\uFEFF\u200C\u064A\u0649\u0643\u0654\u0627\u0653e\u0301'.split(
        '',
      ),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), (units) => {
        const text = units.join('');
        expect(normalizeText(text)).toBe(stepByStep(text));
      }),
      { numRuns: 3000 },
    );
  });
});
