import { describe, expect, it } from 'vitest';
import { lineEnd, lineStart } from './_lines.js';

describe('lineStart() and lineEnd()', () => {
  const text = 'Headline\nFirst line of the body.\nLast';
  it('find the line around an offset, at the edges of the text too', () => {
    const inBody = text.indexOf('line of');
    expect(text.slice(lineStart(text, inBody), lineEnd(text, inBody))).toBe('First line of the body.');
    expect(text.slice(lineStart(text, 3), lineEnd(text, 3))).toBe('Headline');
    expect(text.slice(lineStart(text, text.length), lineEnd(text, text.length))).toBe('Last');
  });
});
