/**
 * Word patterns, the small language the events rules are written in: words separated by
 * spaces; "a|b" is either word; a trailing "*" makes a word a prefix; "..N" skips up to N
 * words (at most once a pattern); "!a|b" requires the next word not to be a or b (it
 * consumes nothing). A match never leaves its clause. Matching walks words, not
 * characters, with one bounded skip, so its cost is linear in the text whatever the input.
 * @module
 */
import { WordMap, WordSet } from '../../word-set.js';
import { wordKey, type Word } from './_words.js';

interface Alternatives {
  readonly exact: ReadonlySet<string>;
  readonly prefixes: readonly string[];
}

type Element =
  | ({ readonly kind: 'word' } & Alternatives)
  | ({ readonly kind: 'not' } & Alternatives)
  | { readonly kind: 'gap'; readonly max: number };

export interface PatternMatch<T> {
  readonly value: T;
  /** Index of the first word matched. */
  readonly first: number;
  /** Index after the last word matched. */
  readonly last: number;
}

const MAX_GAP = 12;

function alternatives(source: string, pattern: string): Alternatives {
  const exact = new Set<string>();
  const prefixes: string[] = [];
  for (const alt of source.split('|')) {
    if (alt.endsWith('*')) {
      const prefix = wordKey(alt.slice(0, -1));
      if (prefix.length < 2) {
        throw new SyntaxError(
          `Cannot compile word pattern "${pattern}": prefix "${alt}" is shorter than 2 letters`,
        );
      }
      prefixes.push(prefix);
    } else if (alt.length > 0) {
      exact.add(wordKey(alt));
    } else {
      throw new SyntaxError(`Cannot compile word pattern "${pattern}": an alternative is empty`);
    }
  }
  return { exact, prefixes };
}

/** Splits a phrase word the way the text is split: at spaces and non-joiners. */
function elementsOf(pattern: string): Element[] {
  const elements: Element[] = [];
  for (const part of pattern.split(/[\s\u200C]+/u)) {
    if (part === '') continue;
    const gap = /^\.\.(\d+)$/.exec(part);
    if (gap) {
      const max = Number(gap[1]);
      if (max > MAX_GAP) {
        throw new SyntaxError(
          `Cannot compile word pattern "${pattern}": a skip of ${max} words exceeds ${MAX_GAP}`,
        );
      }
      elements.push({ kind: 'gap', max });
    } else if (part.startsWith('!')) {
      elements.push({ kind: 'not', ...alternatives(part.slice(1), pattern) });
    } else {
      elements.push({ kind: 'word', ...alternatives(part, pattern) });
    }
  }
  // One skip per pattern keeps the work at each word within (MAX_GAP + 1) × length steps.
  if (elements.filter((e) => e.kind === 'gap').length > 1) {
    throw new SyntaxError(`Cannot compile word pattern "${pattern}": it has more than one skip`);
  }
  if (elements[0]?.kind !== 'word') {
    throw new SyntaxError(`Cannot compile word pattern "${pattern}": it must start with a word`);
  }
  return elements;
}

function accepts(alts: Alternatives, key: string): boolean {
  if (alts.exact.has(key)) return true;
  for (const prefix of alts.prefixes) if (key.startsWith(prefix)) return true;
  return false;
}

interface Compiled<T> {
  readonly elements: readonly Element[];
  readonly value: T;
}

/** A set of word patterns, each with a value, indexed by its first word. */
export class WordPatternSet<T> {
  private readonly byWord: WordMap<Compiled<T>[]>;
  /** Patterns whose first word is a prefix, by the first two letters of that prefix. */
  private readonly byPrefix = new Map<number, Compiled<T>[]>();
  /** Words one of which every match holds (each pattern's last whole word); null when unknown. */
  private readonly heldWords: WordSet | null;

  /** Compiles every pattern; throws SyntaxError naming a malformed one (a rules-file error). */
  constructor(entries: Iterable<readonly [pattern: string, value: T]>) {
    const byWord = new Map<string, Compiled<T>[]>();
    let held: string[] | null = [];
    for (const [pattern, value] of entries) {
      const elements = elementsOf(pattern);
      const last = elements.findLast((element) => element.kind === 'word') as Alternatives;
      if (last.prefixes.length > 0) held = null;
      else held?.push(...last.exact);
      const compiled = { elements, value };
      const head = elements[0] as Alternatives;
      for (const word of head.exact) push(byWord, word, compiled);
      for (const prefix of head.prefixes) push(this.byPrefix, twoLetters(prefix), compiled);
    }
    this.byWord = new WordMap(byWord);
    this.heldWords = held && new WordSet(held);
  }

  /**
   * Whether a match may lie inside words `[from, to)`: false when none of them is a word every
   * match holds, which rules out most sentences for cues whose first word is common ("in", "of")
   * at far less than trying the patterns at each word.
   */
  mayMatchWithin(words: readonly Word[], from = 0, to = words.length): boolean {
    if (this.heldWords === null) return true;
    for (let i = from; i < to; i++) if (this.heldWords.has((words[i] as Word).key)) return true;
    return false;
  }

  /** Every match that starts at word `i` and ends before word `to`. */
  matchesAt(words: readonly Word[], i: number, to = words.length): PatternMatch<T>[] {
    const found: PatternMatch<T>[] = [];
    this.collectAt(words, i, to, found);
    return found;
  }

  /** Whether some match starts at word `i` and ends before word `to`. */
  hasMatchAt(words: readonly Word[], i: number, to = words.length): boolean {
    return this.matchesAt(words, i, to).length > 0;
  }

  /**
   * Whether some pattern could start at a word with this key (it may still not match there).
   * An arrow function, to be handed to `scanMarkedWords` as it is.
   */
  readonly mayOpen = (key: string): boolean => {
    if (this.byWord.get(key) !== undefined) return true;
    return this.byPrefix.size > 0 && key.length >= 2 && this.byPrefix.has(twoLetters(key));
  };

  /**
   * Every match inside words `[from, to)`, in order of start. `openings`, how many words before
   * each index this set `mayOpen` (from `scanMarkedWords`), spares reading the others.
   */
  findAll(words: readonly Word[], from = 0, to = words.length, openings?: Int32Array): PatternMatch<T>[] {
    const found: PatternMatch<T>[] = [];
    for (let i = from; i < to; i++) {
      if (openings && openings[i + 1] === openings[i]) continue;
      this.collectAt(words, i, to, found);
    }
    return found;
  }

  private collectAt(words: readonly Word[], i: number, to: number, found: PatternMatch<T>[]): void {
    const word = words[i];
    if (!word || i >= to) return;
    const exact = this.byWord.get(word.key);
    if (exact) {
      for (const candidate of exact) {
        const last = matchFrom(candidate.elements, 0, words, i, word.clause, to);
        if (last > i) found.push({ value: candidate.value, first: i, last });
      }
    }
    const prefixed =
      this.byPrefix.size > 0 && word.key.length >= 2 ? this.byPrefix.get(twoLetters(word.key)) : undefined;
    if (!prefixed) return;
    for (const candidate of prefixed) {
      // A pattern indexed under both an exact word and a prefix was tried above.
      if (exact?.includes(candidate)) continue;
      const last = matchFrom(candidate.elements, 0, words, i, word.clause, to);
      if (last > i) found.push({ value: candidate.value, first: i, last });
    }
  }

  /** Leftmost-longest matches that do not overlap, in order of start; `openings` as for `findAll`. */
  findLongest(words: readonly Word[], from = 0, to = words.length, openings?: Int32Array): PatternMatch<T>[] {
    const all = this.findAll(words, from, to, openings).sort(
      (a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first,
    );
    const taken = new Uint8Array(Math.max(0, to - from));
    const kept: PatternMatch<T>[] = [];
    for (const match of all) {
      let free = true;
      for (let i = match.first; i < match.last && free; i++) if (taken[i - from]) free = false;
      if (!free) continue;
      for (let i = match.first; i < match.last; i++) taken[i - from] = 1;
      kept.push(match);
    }
    return kept.sort((a, b) => a.first - b.first);
  }
}

/** The first two UTF-16 units of a word of at least two, as one number. */
function twoLetters(word: string): number {
  return word.charCodeAt(0) * 0x10000 + word.charCodeAt(1);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The index after the match of `elements[e..]` from word `w`, or -1. */
function matchFrom(
  elements: readonly Element[],
  e: number,
  words: readonly Word[],
  w: number,
  clause: number,
  to: number,
): number {
  const element = elements[e];
  if (!element) return w;
  if (element.kind === 'not') {
    const next = words[w];
    if (next && w < to && next.clause === clause && accepts(element, next.key)) return -1;
    return matchFrom(elements, e + 1, words, w, clause, to);
  }
  if (element.kind === 'word') {
    const word = words[w];
    if (!word || w >= to || word.clause !== clause || !accepts(element, word.key)) return -1;
    return matchFrom(elements, e + 1, words, w + 1, clause, to);
  }
  for (let skip = 0; skip <= element.max; skip++) {
    const skipped = words[w + skip - 1];
    if (skip > 0 && (w + skip > to || !skipped || skipped.clause !== clause)) break;
    const last = matchFrom(elements, e + 1, words, w + skip, clause, to);
    if (last >= 0) return last;
  }
  return -1;
}
