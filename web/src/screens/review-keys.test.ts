import { describe, expect, it } from 'vitest';
import { keyAction, moved } from './review-keys.js';

const press = (
  key: string,
  modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {},
) => keyAction({ key, ctrlKey: false, metaKey: false, altKey: false, ...modifiers });

describe('keyAction()', () => {
  it('moves with j/k and the arrows, and decides with a, r and e', () => {
    expect([press('j'), press('ArrowDown'), press('k'), press('ArrowUp')]).toEqual([
      { move: 1 },
      { move: 1 },
      { move: -1 },
      { move: -1 },
    ]);
    expect([press('a'), press('r'), press('e')]).toEqual([
      { decide: 'accept' },
      { decide: 'reject' },
      { decide: 'edit' },
    ]);
  });

  it('leaves other keys and shortcuts with a modifier to the browser', () => {
    expect(press('x')).toBeNull();
    expect(press('Enter')).toBeNull();
    expect(press('r', { ctrlKey: true })).toBeNull(); // reload
    expect(press('a', { metaKey: true })).toBeNull(); // select all
  });
});

describe('moved()', () => {
  it('stays inside the list', () => {
    expect(moved(0, -1, 3)).toBe(0);
    expect(moved(2, 1, 3)).toBe(2);
    expect(moved(1, 1, 3)).toBe(2);
    expect(moved(5, -1, 0)).toBe(0);
  });
});
