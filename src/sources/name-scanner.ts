/**
 * Finds whole names in a text in one walk of a trie of the names: the same matches, one after
 * another, as the regular expression `(?<![\p{L}\p{N}])(?:name|name|…)(?![\p{L}\p{N}])` with the
 * flags `gu` (or `giu`) and the names tried longest first, whitespace in a name matching any run
 * of whitespace. The regex engine tries a long alternation at every character of the text; the
 * walk stops only where a word starts and follows only the names that begin there.
 *
 * Which characters are the same letter, which are whitespace and which are letters or digits is
 * asked of the regex engine under the same flags, so case folding (ſ is s, K the Kelvin sign is
 * k under `iu`) is exactly the engine's.
 * @module
 */
import { escapeRegExp } from '../core/regexp.js';

/**
 * What the walk knows of a character, in one number: its kind (bits 2 on), whether it is a letter
 * or a digit (bit 0), and bit 1 for a pair of UTF-16 units. Kinds 0 (none) and NO_LETTER never
 * lead anywhere in the trie; the letters of the names are kinds FIRST_LETTER on.
 */
const NO_LETTER = 1;
const SPACE = 2;
const FIRST_LETTER = 3;
const IS_WORD = 1;
const IS_PAIR = 2;
/** The facts a surrogate gets in the table of units: look at it with its neighbour. */
const SURROGATE = IS_PAIR;
/** Past the place of any name. */
const NO_PLACE = 0x7fffffff;

export interface NameMatch {
  readonly start: number;
  /** Where the match ends, exclusive: where the scan for the next one starts. */
  readonly end: number;
}

export class NameScanner {
  readonly #flags: string;
  /** Each kind of letter as a group, in kind order: which group matches is a character's kind. */
  readonly #letterKinds: string;
  /** The facts of every UTF-16 unit, filled at once: a walk that learnt them as it went slowed. */
  readonly #factsOfUnit = new Uint16Array(0x10000);
  readonly #factsOfAstral = new Map<number, number>();
  /** Kinds per trie node: the length of a node's row in `#trie`. */
  readonly #kinds: number;
  /**
   * The trie, a row of `#kinds` numbers a node, the root first. Slot k of a row is where the
   * row of the child by kind k starts, 0 for none; slot 0 (no kind) is 1 + the place, in
   * longest-first order, of the first name that ends at the node, 0 for none. Whitespace in a
   * name is one SPACE, whose node has itself as child by SPACE.
   */
  readonly #trie: Int32Array;

  /** `caseless` reads names as the `i` flag does. */
  constructor(names: readonly string[], caseless: boolean) {
    this.#flags = caseless ? 'iu' : 'u';
    const longestFirst = [...names].sort((a, b) => b.length - a.length);
    const letters: string[] = [];
    const sameLetter: RegExp[] = [];
    for (const character of new Set(longestFirst.flatMap((name) => [...name]))) {
      if (/\s/u.test(character) || sameLetter.some((same) => same.test(character))) continue;
      letters.push(character);
      sameLetter.push(new RegExp(`^${escapeRegExp(character)}$`, this.#flags));
    }
    this.#letterKinds = letters.map((letter) => `(${escapeRegExp(letter)})`).join('|') || '[]';
    this.#kinds = FIRST_LETTER + letters.length;
    this.#tabulateUnits();

    const spelled = longestFirst.map((name) => this.#kindsOf(name));
    const trie = new Int32Array((1 + spelled.reduce((sum, kinds) => sum + kinds.length, 0)) * this.#kinds);
    let rows = 1;
    spelled.forEach((kinds, place) => {
      let row = 0;
      for (const kind of kinds) {
        if (trie[row + kind] === 0) trie[row + kind] = this.#kinds * rows++;
        row = trie[row + kind]!;
        if (kind === SPACE) trie[row + SPACE] = row;
      }
      if (trie[row] === 0) trie[row] = 1 + place;
    });
    this.#trie = trie.slice(0, rows * this.#kinds);
    this.#warmUp(longestFirst);
  }

  /**
   * The first match at or after `from`, as the regex's `exec` with `lastIndex = from` gives it
   * on `text.slice(0, end)`. One loop, the walk down the trie inside it: this runs over every
   * character of every text.
   */
  next(text: string, from: number, end = text.length): NameMatch | null {
    const factsOfUnit = this.#factsOfUnit;
    const trie = this.#trie;
    let start = this.#isWordBefore(text, from, end) ? this.#pastWord(text, from, end) : from;
    while (start < end) {
      // A word starts here: the character before is no letter or digit.
      let facts = factsOfUnit[text.charCodeAt(start)]!;
      if (facts === SURROGATE) facts = this.#factsOfSurrogateAt(text, start, end);
      let row = trie[facts >> 2]!;
      if (row !== 0) {
        // The names that spell the text from `start`: the first in longest-first order wins.
        let at = start + (facts & IS_PAIR ? 2 : 1);
        let bestPlace = NO_PLACE;
        let bestEnd = -1;
        while (row !== 0) {
          const place = trie[row]!;
          if (place !== 0 && place < bestPlace && !this.#isWordAt(text, at, end)) {
            bestPlace = place;
            bestEnd = at;
          }
          if (at >= end) break;
          let nextFacts = factsOfUnit[text.charCodeAt(at)]!;
          if (nextFacts === SURROGATE) nextFacts = this.#factsOfSurrogateAt(text, at, end);
          row = trie[row + (nextFacts >> 2)]!;
          at += nextFacts & IS_PAIR ? 2 : 1;
        }
        if (bestEnd !== -1) return { start, end: bestEnd };
      }
      start += facts & IS_PAIR ? 2 : 1;
      // Past the rest of a word and the character after it, where no word starts. A surrogate
      // has no IS_WORD in the table, so the letters of the basic plane go one unit at a time.
      if ((facts & IS_WORD) !== 0) {
        while (start < end) {
          facts = factsOfUnit[text.charCodeAt(start)]!;
          if ((facts & IS_WORD) !== 0) {
            start++;
            continue;
          }
          if (facts === SURROGATE) facts = this.#factsOfSurrogateAt(text, start, end);
          start += facts & IS_PAIR ? 2 : 1;
          if ((facts & IS_WORD) === 0) break;
        }
      }
    }
    return null;
  }

  /** Past the letters and digits from `at` and the character after them, where no word starts. */
  #pastWord(text: string, at: number, end: number): number {
    const factsOfUnit = this.#factsOfUnit;
    while (at < end) {
      let facts = factsOfUnit[text.charCodeAt(at)]!;
      if (facts === SURROGATE) facts = this.#factsOfSurrogateAt(text, at, end);
      at += facts & IS_PAIR ? 2 : 1;
      if ((facts & IS_WORD) === 0) break;
    }
    return at;
  }

  /**
   * Runs `next` over the names themselves, with a letter and an emoji outside the basic plane
   * after a letter, and an emoji after each name: V8
   * compiles `next` once it is hot, and a branch first taken after that throws the compiled code
   * away; V8 was then seen to leave it uncompiled for good, at twice the cost. Here every branch
   * is taken before.
   */
  #warmUp(names: readonly string[]): void {
    const sample = `a\u{1D400}\u{1F4F0} ${names.join('\u{1F4F0} ')}\u{1F4F0}`;
    for (let match = this.next(sample, 0); match !== null; match = this.next(sample, match.end));
  }

  #isWordAt(text: string, at: number, end: number): boolean {
    if (at >= end) return false;
    const facts = this.#factsOfUnit[text.charCodeAt(at)]!;
    return ((facts === SURROGATE ? this.#factsOfSurrogateAt(text, at, end) : facts) & IS_WORD) !== 0;
  }

  /** Whether the character before `at` is a letter or digit, a surrogate pair read as one. */
  #isWordBefore(text: string, at: number, end: number): boolean {
    if (at === 0) return false;
    const last = text.charCodeAt(at - 1);
    const isPair = at >= 2 && isLowSurrogate(last) && isHighSurrogate(text.charCodeAt(at - 2));
    return this.#isWordAt(text, isPair ? at - 2 : at - 1, end);
  }

  /** A pair of surrogates before `end` is one character; a surrogate alone is a character too. */
  #factsOfSurrogateAt(text: string, at: number, end: number): number {
    const codePoint = at + 1 < end ? text.codePointAt(at)! : text.charCodeAt(at);
    let facts = this.#factsOfAstral.get(codePoint);
    if (facts === undefined) {
      const character = String.fromCodePoint(codePoint);
      const letter = new RegExp(`^(?:${this.#letterKinds})$`, this.#flags).exec(character);
      const kind = /^\s$/u.test(character) ? SPACE : letter ? kindOfGroups(letter) : NO_LETTER;
      const isWord = new RegExp(String.raw`^[\p{L}\p{N}]$`, this.#flags).test(character);
      facts = (kind << 2) | (character.length === 2 ? IS_PAIR : 0) | (isWord ? IS_WORD : 0);
      this.#factsOfAstral.set(codePoint, facts);
    }
    return facts;
  }

  /** Asks the engine about every UTF-16 unit at once, surrogates aside, in a few passes. */
  #tabulateUnits(): void {
    const all = everyUnit();
    const facts = this.#factsOfUnit.fill(NO_LETTER << 2);
    for (const run of all.matchAll(new RegExp(String.raw`[\p{L}\p{N}]+`, `g${this.#flags}`))) {
      facts.fill((NO_LETTER << 2) | IS_WORD, run.index, run.index + run[0].length);
    }
    const isWord = (unit: number): number => facts[unit]! & IS_WORD;
    for (const space of all.matchAll(/\s/gu)) facts[space.index] = (SPACE << 2) | isWord(space.index);
    for (const letter of all.matchAll(new RegExp(this.#letterKinds, `g${this.#flags}`))) {
      facts[letter.index] = (kindOfGroups(letter) << 2) | isWord(letter.index);
    }
    facts.fill(SURROGATE, 0xd800, 0xe000);
  }

  #kindsOf(name: string): number[] {
    const kinds: number[] = [];
    for (let at = 0; at < name.length;) {
      let facts = this.#factsOfUnit[name.charCodeAt(at)]!;
      if (facts === SURROGATE) facts = this.#factsOfSurrogateAt(name, at, name.length);
      if (facts >> 2 !== SPACE || kinds.at(-1) !== SPACE) kinds.push(facts >> 2);
      at += facts & IS_PAIR ? 2 : 1;
    }
    return kinds;
  }
}

let everyUnitOnce: string | undefined;

/** Every UTF-16 unit in order, surrogates as U+0000: a string to run the engine over them all. */
function everyUnit(): string {
  if (everyUnitOnce === undefined) {
    const littleEndian = new Uint8Array(0x20000);
    for (let unit = 0; unit < 0x10000; unit++) {
      if (unit >= 0xd800 && unit <= 0xdfff) continue;
      littleEndian[2 * unit] = unit & 0xff;
      littleEndian[2 * unit + 1] = unit >> 8;
    }
    everyUnitOnce = new TextDecoder('utf-16le').decode(littleEndian);
  }
  return everyUnitOnce;
}

function kindOfGroups(groups: RegExpMatchArray): number {
  return FIRST_LETTER + groups.findIndex((group, index) => index > 0 && group !== undefined) - 1;
}

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;
