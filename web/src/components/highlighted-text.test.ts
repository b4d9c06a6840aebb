import { describe, expect, it } from 'vitest';
import { stretches, type TextItem } from './highlighted-text.js';

const item = (key: string, kind: TextItem['kind'], start: number, end: number): TextItem => ({
  key,
  kind,
  span: [start, end],
});

describe('stretches()', () => {
  it('cuts the text at every boundary and lists the items covering each stretch, narrowest first', () => {
    const parts = stretches(20, [item('s', 'statement', 2, 15), item('q', 'quantity', 5, 8)]);
    expect(parts.map(({ start, end, items }) => [start, end, items.map((i) => i.key)])).toEqual([
      [0, 2, []],
      [2, 5, ['s']],
      [5, 8, ['q', 's']],
      [8, 15, ['s']],
      [15, 20, []],
    ]);
  });

  it('covers the whole text exactly once, whatever the items', () => {
    const parts = stretches(10, [
      item('a', 'date', 0, 10),
      item('b', 'place', 3, 4),
      item('c', 'place', 3, 4),
    ]);
    expect(parts[0]!.start).toBe(0);
    expect(parts.at(-1)!.end).toBe(10);
    parts.slice(1).forEach((part, i) => expect(part.start).toBe(parts[i]!.end));
  });

  it('leaves out spans that do not fit the text instead of failing', () => {
    const parts = stretches(5, [
      item('bad', 'date', 3, 9),
      item('empty', 'date', 2, 2),
      item('neg', 'date', -1, 2),
    ]);
    expect(parts).toEqual([{ start: 0, end: 5, items: [] }]);
  });
});
