/**
 * The review queue's keys, as a pure function: j/k or the arrows move, a/r/e pick a decision.
 * @module
 */
import type { Decision } from '../api/claims.js';

export type KeyAction = { readonly move: 1 | -1 } | { readonly decide: Decision } | null;

const KEYS: Readonly<Record<string, KeyAction>> = {
  j: { move: 1 },
  ArrowDown: { move: 1 },
  k: { move: -1 },
  ArrowUp: { move: -1 },
  a: { decide: 'accept' },
  r: { decide: 'reject' },
  e: { decide: 'edit' },
};

/** What a key pressed outside a text field does; null for keys the queue leaves alone. */
export function keyAction(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}): KeyAction {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  return KEYS[event.key] ?? null;
}

/** The index after moving by `step`, held inside a list of `length` items. */
export function moved(index: number, step: number, length: number): number {
  if (length === 0) return 0;
  return Math.min(length - 1, Math.max(0, index + step));
}
