import { describe, expect, it } from 'vitest';
import { firstAtLeast, offsetOf, spanStartOf, startOf } from './sorted-search.js';

describe('firstAtLeast()', () => {
  it('finds the first item whose key is at least the value, or the length when none is', () => {
    const offsets = Int32Array.from([3, 7, 7, 12]);
    expect([0, 3, 4, 7, 8, 12, 13].map((value) => firstAtLeast(offsets, value, offsetOf))).toEqual([
      0, 0, 1, 1, 3, 3, 4,
    ]);
    expect(firstAtLeast([], 5, offsetOf)).toBe(0);
  });

  it('reads words by their start and mentions by their span', () => {
    const words = [{ start: 0 }, { start: 5 }, { start: 11 }];
    expect(firstAtLeast(words, 6, startOf)).toBe(2);
    const mentions = [{ span: [2, 4] as const }, { span: [9, 15] as const }];
    expect(firstAtLeast(mentions, 9, spanStartOf)).toBe(1);
  });
});
