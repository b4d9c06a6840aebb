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
  return shapeOfCodes(charCodeAt.call(word, 0), charCodeAt.call(word, n - 1), n);
}

function shapeOfCodes(first: number, last: number, length: number): number {
  return (((first * 61 + last) * 31 + length) >>> 0) & SHAPE_MASK;
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

  /**
   * False when no member can be the lower case of `text` from `start` to `end`, a non-empty run
   * of ASCII letters and digits (whose lower case is each code with bit 32 set); true when one
   * may be. Read in place: the run is neither sliced nor lower-cased.
   */
  mayHoldLowerCased(text: string, start: number, end: number): boolean {
    const first = charCodeAt.call(text, start) | 32;
    const last = charCodeAt.call(text, end - 1) | 32;
    return this.#shapes[shapeOfCodes(first, last, end - start)] === 1;
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
