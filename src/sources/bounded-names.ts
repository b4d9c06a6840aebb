/**
 * Names found in text only where they stand alone, not inside a longer word: for each list of
 * names, what the global regex `(?<![\p{L}\p{N}])(?:name|…)(?![\p{L}\p{N}])` finds, match for
 * match. Such a regex tries its hundreds of alternatives and a Unicode lookbehind at every
 * character; this walks the text once and tries a list's names, as a sticky regex, only after a
 * character that is not a letter or digit and at a character one of its names begins with.
 * @module
 */

/** Answers of a one-character test, cached by UTF-16 code unit: 0 not yet asked, 1 no, 2 yes. */
class CharTest {
  readonly #pattern: RegExp;
  readonly #answers = new Uint8Array(0x10000);

  constructor(pattern: RegExp) {
    this.#pattern = pattern;
  }

  has(codePoint: number): boolean {
    if (codePoint > 0xffff) return this.#pattern.test(String.fromCodePoint(codePoint));
    let answer = this.#answers[codePoint]!;
    if (answer === 0) {
      answer = this.#pattern.test(String.fromCharCode(codePoint)) ? 2 : 1;
      this.#answers[codePoint] = answer;
    }
    return answer === 2;
  }
}

const letterOrDigit = new CharTest(/^[\p{L}\p{N}]$/u);

/** The code point at `index` as a Unicode regex reads it: a surrogate pair is one, a lone half itself. */
function codePointAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff || index + 1 >= text.length) return code;
  const low = text.charCodeAt(index + 1);
  return low >= 0xdc00 && low <= 0xdfff ? (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000 : code;
}

/** One list of names: how they are matched, and where a name of the list can begin. */
export interface NameList {
  /** The names as regex sources (escaped), in the order they are preferred at one position. */
  readonly alternatives: readonly string[];
  readonly flags: 'u' | 'iu';
}

export interface NameMatch {
  /** The position of its list in the lists given. */
  readonly list: number;
  readonly match: RegExpExecArray;
}

interface CompiledList {
  readonly names: RegExp;
  readonly firstChar: CharTest;
}

export class BoundedNames {
  readonly #lists: readonly CompiledList[];

  constructor(lists: readonly NameList[]) {
    this.#lists = lists.map(({ alternatives, flags }) => ({
      names: new RegExp(`(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, `y${flags}`),
      // Every alternative begins with its name's first character, escaped: a name can only
      // start at a character this matches, under the same flags.
      firstChar: new CharTest(
        new RegExp(`^(?:${[...new Set(alternatives.map(firstAtom))].join('|')})$`, flags),
      ),
    }));
  }

  /**
   * Each list's matches as its own global regex would find them (each starting where the list's
   * previous match ended or later), merged by position; at one position, in the order of the lists.
   */
  *matches(text: string): Generator<NameMatch> {
    const resume = this.#lists.map(() => 0);
    let afterLetterOrDigit = false;
    for (let index = 0; index < text.length;) {
      const codePoint = codePointAt(text, index);
      if (!afterLetterOrDigit) {
        for (let list = 0; list < this.#lists.length; list++) {
          const { names, firstChar } = this.#lists[list]!;
          if (index < resume[list]! || !firstChar.has(codePoint)) continue;
          names.lastIndex = index;
          const match = names.exec(text);
          if (match === null || match[0].length === 0) continue;
          resume[list] = index + match[0].length;
          yield { list, match };
        }
      }
      afterLetterOrDigit = letterOrDigit.has(codePoint);
      // As a Unicode regex does, never start between the halves of a surrogate pair.
      index += codePoint > 0xffff ? 2 : 1;
    }
  }
}

/** The first atom of an escaped name: a character, a backslash and what it escapes, or a surrogate pair. */
function firstAtom(source: string): string {
  if (source.startsWith('\\')) return source.slice(0, 2);
  return String.fromCodePoint(source.codePointAt(0)!);
}
