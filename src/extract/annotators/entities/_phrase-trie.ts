/**
 * A trie of multi-word phrases keyed by token keys, matched longest-first against a token
 * stream. One Map lookup per token, whatever the number of phrases.
 * @module
 */
import { gapBetween, keyOf, tokenize, type Token } from './_tokens.js';

interface Node<T> {
  readonly next: Map<string, Node<T>>;
  readonly values: T[];
}

export interface PhraseMatch<T> {
  /** Index of the first token matched. */
  readonly first: number;
  /** Index of the last token matched. */
  readonly last: number;
  /** End offset in the text (before a possessive "'s" when the phrase ended on its base). */
  readonly end: number;
  readonly values: readonly T[];
}

/** How the words of a phrase were written: their keys and the gaps between them. */
export interface PhraseShape {
  readonly keys: readonly string[];
  readonly words: readonly string[];
  readonly gaps: readonly string[];
}

/** Splits a phrase the way text is split, so that a phrase and its occurrences agree. */
export function shapeOf(phrase: string): PhraseShape {
  const tokens = tokenize(phrase);
  const gaps: string[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const left = tokens[i - 1] as Token;
    const right = tokens[i] as Token;
    gaps.push(gapBetween(phrase, left, right) ?? '');
  }
  return { keys: tokens.map((t) => t.key), words: tokens.map((t) => t.text), gaps };
}

const MAX_PHRASE_TOKENS = 16;
// Most tokens start no phrase: they share one empty answer instead of allocating their own.
const NONE: readonly never[] = Object.freeze([]);

export class PhraseTrie<T> {
  readonly #root: Node<T> = { next: new Map(), values: [] };

  /** Adds `value` under the phrase with these token keys; ignores an empty phrase. */
  add(keys: readonly string[], value: T): void {
    if (keys.length === 0) return;
    let node = this.#root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(key, child);
      }
      node = child;
    }
    node.values.push(value);
  }

  /** Adds `value` under `phrase`, tokenized as text is. */
  addPhrase(phrase: string, value: T): void {
    this.add(shapeOf(phrase).keys, value);
  }

  /**
   * Every phrase starting at token `first`, longest first. `accept` decides whether the gap
   * between two tokens may lie inside a phrase (by default: spaces, '.', '-' or '/' only).
   * The last word of a phrase may also match a token's possessive-free base ("MEK's").
   */
  matchesAt(
    text: string,
    tokens: readonly Token[],
    first: number,
    accept: (gap: string) => boolean = softGap,
  ): readonly PhraseMatch<T>[] {
    let found: PhraseMatch<T>[] | null = null;
    let node: Node<T> | undefined = this.#root;
    for (let i = first; i < tokens.length && i - first < MAX_PHRASE_TOKENS; i++) {
      const token = tokens[i] as Token;
      if (i > first) {
        const gap = gapBetween(text, tokens[i - 1] as Token, token);
        if (gap === null || !accept(gap)) break;
      }
      if (token.base !== token.key) {
        const onBase = node.next.get(token.base);
        if (onBase && onBase.values.length > 0) {
          (found ??= []).push({ first, last: i, end: token.baseEnd, values: onBase.values });
        }
      }
      node = node.next.get(token.key);
      if (!node) break;
      if (node.values.length > 0)
        (found ??= []).push({ first, last: i, end: token.end, values: node.values });
      // A possessive ends a phrase unless the phrase itself goes on ("People's Mojahedin …").
      if (token.base !== token.key && node.next.size === 0) break;
    }
    return found ? found.reverse() : NONE;
  }

  /** The keys a phrase can start with. */
  firstWords(): Iterable<string> {
    return this.#root.next.keys();
  }

  /** The keys that are a phrase of their own. */
  singleWords(): string[] {
    return [...this.#root.next].filter(([, node]) => node.values.length > 0).map(([key]) => key);
  }

  /** Whether a single word is a phrase of its own. */
  hasWord(word: string): boolean {
    return (this.#root.next.get(keyOf(word))?.values.length ?? 0) > 0;
  }
}

export function softGap(gap: string): boolean {
  return gap === '' || gap === '.' || gap === '-' || gap === '/';
}
