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

// A filter alone can afford a wider shape: the second and middle letters, 16 bits, one bit each.
const WIDE_SHAPE_BITS = 16;
const WIDE_SHAPE_MASK = (1 << WIDE_SHAPE_BITS) - 1;

function wideShapeOf(first: number, second: number, middle: number, last: number, length: number): number {
  return (((((first * 61 + last) * 31 + length) * 37 + middle) * 41 + second) >>> 0) & WIDE_SHAPE_MASK;
}

/**
 * Whether a run of text may be one of a set of lower-case words, read in place: for a scan that
 * would otherwise slice and lower-case a word only to find it in no map. It never turns away a
 * member; of other words it lets some through.
 */
export class WordShapeFilter {
  readonly #bits = new Uint32Array(1 << (WIDE_SHAPE_BITS - 5));

  constructor(words: Iterable<string>) {
    for (const word of words) {
      const n = word.length;
      if (n === 0) continue;
      const shape = wideShapeOf(
        charCodeAt.call(word, 0),
        charCodeAt.call(word, n > 1 ? 1 : 0),
        charCodeAt.call(word, n >> 1),
        charCodeAt.call(word, n - 1),
        n,
      );
      this.#bits[shape >>> 5] = (this.#bits[shape >>> 5] as number) | (1 << (shape & 31));
    }
  }

  /**
   * False when no word of the set is the lower case of `text` from `start` to `end`, a non-empty
   * run of ASCII letters and digits (whose lower case is each code with bit 32 set).
   */
  mayHoldLowerCased(text: string, start: number, end: number): boolean {
    const n = end - start;
    const shape = wideShapeOf(
      charCodeAt.call(text, start) | 32,
      charCodeAt.call(text, n > 1 ? start + 1 : start) | 32,
      charCodeAt.call(text, start + (n >> 1)) | 32,
      charCodeAt.call(text, end - 1) | 32,
      n,
    );
    return (((this.#bits[shape >>> 5] as number) >>> (shape & 31)) & 1) === 1;
  }
}
