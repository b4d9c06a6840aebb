import { describe, expect, it } from 'vitest';
import { isWhiteSpaceUnit } from './_word-chars.js';

describe('isWhiteSpaceUnit', () => {
  it('agrees with \\s on every UTF-16 code unit', () => {
    const disagree: number[] = [];
    for (let code = 0; code <= 0xffff; code++)
      if (isWhiteSpaceUnit(code) !== /\s/.test(String.fromCharCode(code))) disagree.push(code);
    expect(disagree).toEqual([]);
  });
});
