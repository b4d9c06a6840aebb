import { describe, expect, it } from 'vitest';
import { boundedMemo } from './bounded-memo.js';

describe('boundedMemo()', () => {
  it('reads each key once while it is remembered, and starts afresh past the limit', () => {
    const reads: string[] = [];
    const upper = boundedMemo(2, (word: string) => {
      reads.push(word);
      return word.toUpperCase();
    });
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(reads).toEqual(['a', 'b']);
    expect(upper('c')).toBe('C');
    expect(upper('a')).toBe('A');
    expect(reads).toEqual(['a', 'b', 'c', 'a']);
  });
});
