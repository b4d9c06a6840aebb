/**
 * Every gazetteer name in a word trie, matched longest-first at a word of the text. One Map
 * lookup per word, whatever the number of names; edges carry the punctuation between words
 * ("Washington, D.C."), so a name never runs across other punctuation or a line break.
 * @module
 */
import { comparePlaces, loadGazetteer, type GazetteerPlace } from './gazetteer.js';
import { gapAfter, isAllCaps, isCapitalized, isLatin, wordAt, wordsOf, type Word } from './_words.js';

/** One written form of a name and the places it names, best first. */
export interface NameEntry {
  /** The name as listed ("Tehran", "سیستان و بلوچستان"). */
  readonly written: string;
  /** Latin-script words, checked for case against the text. */
  readonly latin: boolean;
  readonly words: readonly string[];
  /** Punctuation the name ends with ("U.S."), taken into the span when the text has it. */
  readonly trailing: string;
  readonly places: readonly GazetteerPlace[];
  /** Listed in place-aliases.json as a place only with a cue. */
  readonly ambiguous: boolean;
}

interface Node {
  readonly next: Map<string, Node>;
  readonly entries: NameEntry[];
}

/** A name found in the text. */
export interface NameMatch {
  readonly start: number;
  readonly end: number;
  readonly entry: NameEntry;
}

const MAX_NAME_WORDS = 12;

function edge(gap: string, key: string): string {
  return gap === '' ? key : `${gap} ${key}`;
}

/** Persian writes one name with a space, a ZWNJ or nothing between its parts. */
function persianVariants(name: string): string[] {
  const variants = new Set([name, name.replaceAll('\u200C', ' ')]);
  if (name.includes(' ')) variants.add(name.replaceAll(' ', ''));
  return [...variants];
}

class NameIndex {
  readonly #root: Node = { next: new Map(), entries: [] };

  add(written: string, place: GazetteerPlace, ambiguous: boolean): void {
    const { words, gaps } = wordsOf(written);
    if (words.length === 0 || words.length > MAX_NAME_WORDS) return;
    let node = this.#root;
    words.forEach((word, i) => {
      const key = edge(i === 0 ? '' : (gaps[i - 1] ?? ''), word.key);
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), entries: [] };
        node.next.set(key, child);
      }
      node = child;
    });
    const last = words[words.length - 1] as Word;
    const trailing = written.slice(last.end).trim();
    const existing = node.entries.find((e) => e.written === written);
    if (existing) {
      const places = [...existing.places, place].sort(comparePlaces);
      node.entries[node.entries.indexOf(existing)] = {
        ...existing,
        places,
        ambiguous: existing.ambiguous || ambiguous,
      };
      return;
    }
    node.entries.push({
      written,
      latin: isLatin(written),
      words: words.map((w) => w.text),
      trailing,
      places: [place],
      ambiguous,
    });
  }

  /** The keys a name's first word can have. */
  firstWords(): Iterable<string> {
    return this.#root.next.keys();
  }

  /** Whether a name may start with the word of this key (or with its base: "Tehran's"). */
  mayStart(key: string): boolean {
    return this.#root.next.has(key) || key.includes('-') || key.includes("'") || key.includes('’');
  }

  /** The longest name that starts with the word at `start`, or null. */
  matchAt(text: string, first: Word): NameMatch | null {
    let best: NameMatch | null = null;
    let node = this.#root.next.get(first.key);
    const textWords: Word[] = [first];
    if (!node) return this.#matchBase(text, first);
    let word = first;
    for (let count = 1; ; count++) {
      for (const entry of node.entries) {
        if (caseFits(entry, textWords)) {
          best = { start: first.start, end: withTrailing(text, word.end, entry.trailing), entry };
          break;
        }
      }
      if (count >= MAX_NAME_WORDS || node.next.size === 0) break;
      const gap = gapAfter(text, word.end);
      if (!gap) break;
      const nextWord = wordAt(text, gap.next);
      const child = node.next.get(edge(gap.gap, nextWord.key));
      if (!child) {
        const base = baseOf(nextWord);
        const onBase = base && node.next.get(edge(gap.gap, base.key));
        if (onBase && base) {
          const entry = onBase.entries.find((e) => caseFits(e, [...textWords, base]));
          if (entry) best = { start: first.start, end: base.end, entry };
        }
        break;
      }
      node = child;
      word = nextWord;
      textWords.push(word);
    }
    return best ?? this.#matchBase(text, first);
  }

  /** "Tehran's", "Tehran-based": the name before a possessive or a lower-case compound. */
  #matchBase(text: string, first: Word): NameMatch | null {
    const base = baseOf(first);
    if (!base) return null;
    const node = this.#root.next.get(base.key);
    const entry = node?.entries.find((e) => caseFits(e, [base]));
    return entry ? { start: first.start, end: base.end, entry } : null;
  }
}

function withTrailing(text: string, end: number, trailing: string): number {
  return trailing !== '' && text.startsWith(trailing, end) ? end + trailing.length : end;
}

/** The word without an English possessive or a hyphenated lower-case tail, or null. */
function baseOf(word: Word): Word | null {
  const text = word.text;
  let cut = -1;
  if (/['’]s$/.test(text) && text.length > 2) cut = text.length - 2;
  else if (/s['’]$/.test(text) && text.length > 2) cut = text.length - 1;
  else {
    const hyphen = text.indexOf('-');
    if (hyphen > 0 && /^[a-z]/.test(text.slice(hyphen + 1))) cut = hyphen;
  }
  if (cut <= 0) return null;
  const base = text.slice(0, cut);
  return { start: word.start, end: word.start + cut, text: base, key: base.toLowerCase() };
}

/**
 * Latin names keep their capitals in text: "Reading" is not "reading", "US" is not "Us".
 * A word written all in capitals (a headline's "TEHRAN") fits any name word.
 */
function caseFits(entry: NameEntry, words: readonly Word[]): boolean {
  if (!entry.latin) return true;
  for (let i = 0; i < entry.words.length; i++) {
    const listed = entry.words[i] as string;
    const written = (words[i] as Word).text;
    if (written.length >= 3 && isAllCaps(written)) continue;
    if (isAllCaps(listed) ? !isAllCaps(written) : isCapitalized(listed) && !isCapitalized(written))
      return false;
  }
  return true;
}

let index: NameIndex | undefined;

/** The trie of every name of every place, built once per process. */
export function nameIndex(): {
  firstWords(): Iterable<string>;
  mayStart(key: string): boolean;
  matchAt(text: string, first: Word): NameMatch | null;
} {
  if (!index) {
    const gazetteer = loadGazetteer();
    const built = new NameIndex();
    for (const place of gazetteer.places) {
      for (const name of new Set([...place.en])) {
        if (gazetteer.excluded.en.has(name)) continue;
        built.add(name, place, gazetteer.ambiguous.en.has(name));
      }
      for (const name of new Set(place.fa.flatMap(persianVariants))) {
        if (gazetteer.excluded.fa.has(name)) continue;
        built.add(name, place, gazetteer.ambiguous.fa.has(name));
      }
    }
    index = built;
  }
  return index;
}
