/**
 * A set of word keys that rejects most other words without hashing them. The composers and the
 * entities annotator ask small sets about every word of a document, and nearly every answer is
 * no: a freshly cut key is hashed on its first lookup, which costs more than reading its first
 * and last letters and its length, so a bitmap of those shapes is checked first.
 * @module
 */

// Called as charCodeAt.call(word, i), never word.charCodeAt(i): see `_word-chars.ts`.
const charCodeAt = String.prototype.charCodeAt;

const SHAPE_BITS = 14;
const SHAPE_MASK = (1 << SHAPE_BITS) - 1;

function shapeOf(word: string): number {
  const n = word.length;
  if (n === 0) return 0;
  return (((charCodeAt.call(word, 0) * 61 + charCodeAt.call(word, n - 1)) * 31 + n) >>> 0) & SHAPE_MASK;
}

export class WordSet {
  readonly #words: ReadonlySet<string>;
  readonly #shapes = new Uint8Array(1 << SHAPE_BITS);

  constructor(words: Iterable<string>) {
    this.#words = new Set(words);
    for (const word of this.#words) this.#shapes[shapeOf(word)] = 1;
  }

  has(word: string): boolean {
    return this.#shapes[shapeOf(word)] === 1 && this.#words.has(word);
  }
}

/** A map from word keys, rejecting most other words as `WordSet` does. */
export class WordMap<V> {
  readonly #entries: ReadonlyMap<string, V>;
  readonly #shapes = new Uint8Array(1 << SHAPE_BITS);

  constructor(entries: ReadonlyMap<string, V>) {
    this.#entries = entries;
    for (const word of entries.keys()) this.#shapes[shapeOf(word)] = 1;
  }

  get(word: string): V | undefined {
    return this.#shapes[shapeOf(word)] === 1 ? this.#entries.get(word) : undefined;
  }
}
