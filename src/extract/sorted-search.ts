/**
 * Binary search over items kept in text order: the stages keep words, tokens, mentions, dates
 * and quotations sorted by offset and ask where an offset falls among them.
 * @module
 */

/** Index of the first of `items` (sorted by `keyOf`) whose key is at least `value`; `items.length` when none is. */
export function firstAtLeast<T>(items: ArrayLike<T>, value: number, keyOf: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (keyOf(items[mid] as T) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The key of a list of offsets: the offset itself. */
export const offsetOf = (offset: number): number => offset;
/** The key of a word or token: where it starts. */
export const startOf = (item: { readonly start: number }): number => item.start;
/** The key of a mention: where its span starts. */
export const spanStartOf = (item: { readonly span: readonly [number, number] }): number => item.span[0];
