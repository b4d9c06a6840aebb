/**
 * Language of a document (ISO 639-1): script counts and frequent function words decide what
 * they can tell clearly (Persian versus Arabic, short Latin text, prose whose function words all
 * point to one language); tinyld decides the rest. Function words are both cheaper (tinyld costs
 * about 2 ms a document whatever its length) and steadier on English news, which tinyld
 * sometimes reads as German, Polish or Berber.
 * @module
 */
import { createRequire } from 'node:module';
import type { detect as tinyldDetect } from 'tinyld';
import markers from './language-markers.json' with { type: 'json' };

// tinyld loads its n-gram tables (about 0.4 s) on import, and function words and scripts decide
// most documents without it: loaded on first use, through its CommonJS build because require()
// is synchronous and detectLanguage() is too.
const require = createRequire(import.meta.url);
let tinyld: typeof tinyldDetect | null = null;
function detect(text: string, options?: Parameters<typeof tinyldDetect>[1]): string {
  tinyld ??= (require('tinyld') as { detect: typeof tinyldDetect }).detect;
  return tinyld(text, options);
}

/** Enough text to decide; detection on whole megabytes would only cost time. */
const SAMPLE_CHARS = 2000;
/** Below this many Latin letters tinyld guesses wildly ("Hello" → Italian); English is likelier. */
const SHORT_LATIN_LETTERS = 40;
/** Enough prose to count function words in: a hundred and more words, dozens of them function words. */
const FUNCTION_WORD_SAMPLE_CHARS = 1000;
/** Function words needed, and how many times the runner-up's count, to decide without tinyld. */
const FUNCTION_WORDS_NEEDED = 8;
const FUNCTION_WORDS_LEAD = 4;

interface ScriptCounts {
  latin: number;
  arabicScript: number;
  /** پ چ ژ گ: letters Persian has and Arabic lacks. */
  persianOnly: number;
  /** ی ک as Persian keyboards type them. */
  persianForms: number;
  /** ي ك ة as Arabic keyboards type them. */
  arabicForms: number;
  other: number;
}

function countScripts(sample: string): ScriptCounts {
  const counts: ScriptCounts = {
    latin: 0,
    arabicScript: 0,
    persianOnly: 0,
    persianForms: 0,
    arabicForms: 0,
    other: 0,
  };
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 0x80) {
      // ASCII, most of most samples: A-Z and a-z, whose lower case is code | 0x20, are letters.
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) counts.latin++;
      continue;
    }
    if (code >= 0xc0 && code <= 0x24f) {
      if (code !== 0xd7 && code !== 0xf7) counts.latin++;
    } else if (
      (code >= 0x0620 && code <= 0x064a) ||
      (code >= 0x066e && code <= 0x06d3) ||
      (code >= 0xfb50 && code <= 0xfeff)
    ) {
      counts.arabicScript++;
      if (code === 0x067e || code === 0x0686 || code === 0x0698 || code === 0x06af) counts.persianOnly++;
      else if (code === 0x06cc || code === 0x06a9) counts.persianForms++;
      else if (code === 0x064a || code === 0x0643 || code === 0x0629) counts.arabicForms++;
    } else if (code >= 0x0370 && code !== 0x200c && code !== 0x200d && !(code >= 0x2000 && code <= 0x206f)) {
      if (/\p{L}/u.test(sample[i]!)) counts.other++;
    }
  }
  return counts;
}

const PERSIAN_WORDS: ReadonlySet<string> = new Set(markers.persian);
const ARABIC_WORDS: ReadonlySet<string> = new Set(markers.arabic);
const ARABIC_SCRIPT_WORD = /[\u0620-\u064A\u066E-\u06D3]+/g;

/** Each Latin-script function word and its language; a word listed for two languages is left out. */
const LATIN_FUNCTION_WORDS: ReadonlyMap<string, string> = (() => {
  const languages = new Map<string, string | null>();
  for (const [language, words] of Object.entries(markers.latin)) {
    for (const word of words) languages.set(word, languages.has(word) ? null : language);
  }
  return new Map([...languages].filter((pair): pair is [string, string] => pair[1] !== null));
})();

/** Letters function words are spelled with, as edges of the trie below: a-z, then à-ÿ. */
const ALPHABET = 26 + 32;

/** The letter's edge in the trie, or -1 for a character that ends a word. */
function letterIndex(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  if (code >= 0xe0 && code <= 0xff) return code - 0xe0 + 26;
  return -1;
}

/**
 * The function words as a trie over their letters: walking a word letter by letter as it is
 * read finds its language without cutting the word out as a string and hashing it.
 */
interface FunctionWordTrie {
  /** `next[node * ALPHABET + letter]`: the child node, 0 for none (the root is no child). */
  readonly next: Int32Array;
  /** The index in `languages` of the word ending at each node, -1 for none. */
  readonly ends: Int8Array;
  readonly languages: readonly string[];
}

const FUNCTION_WORDS: FunctionWordTrie = (() => {
  const languages = [...new Set(LATIN_FUNCTION_WORDS.values())];
  const size = 1 + [...LATIN_FUNCTION_WORDS.keys()].reduce((sum, word) => sum + word.length, 0);
  const next = new Int32Array(size * ALPHABET);
  const ends = new Int8Array(size).fill(-1);
  let nodes = 1;
  for (const [word, language] of LATIN_FUNCTION_WORDS) {
    // A word with a character that ends a word ("l'") can never be read whole: it has no path.
    if ([...word].some((letter) => letterIndex(letter.charCodeAt(0)) === -1)) continue;
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const edge = node * ALPHABET + letterIndex(word.charCodeAt(i));
      if (next[edge] === 0) next[edge] = nodes++;
      node = next[edge]!;
    }
    ends[node] = languages.indexOf(language);
  }
  return { next, ends, languages };
})();

/** The language whose function words clearly dominate the sample, or null when none does. */
function byFunctionWords(sample: string): string | null {
  const { next, ends, languages } = FUNCTION_WORDS;
  const counts = new Array<number>(languages.length).fill(0);
  const text = (
    sample.length > FUNCTION_WORD_SAMPLE_CHARS ? sample.slice(0, FUNCTION_WORD_SAMPLE_CHARS) : sample
  ).toLowerCase();
  // Words are the runs of Latin letters; `node` is where the word read so far leads in the trie,
  // 0 before a word's first letter, -1 once it has left the trie.
  let node = 0;
  for (let i = 0; i <= text.length; i++) {
    const letter = i < text.length ? letterIndex(text.charCodeAt(i)) : -1;
    if (letter !== -1) {
      if (node !== -1) node = next[node * ALPHABET + letter] || -1;
      continue;
    }
    if (node > 0 && ends[node]! !== -1) counts[ends[node]!]!++;
    node = 0;
  }
  let best: string | null = null;
  let top = 0;
  let second = 0;
  for (let language = 0; language < counts.length; language++) {
    const count = counts[language]!;
    if (count > top) {
      second = top;
      top = count;
      best = languages[language]!;
    } else if (count > second) second = count;
  }
  return top >= FUNCTION_WORDS_NEEDED && top >= FUNCTION_WORDS_LEAD * second ? best : null;
}
const ZWNJ = /\u200C/g;

/**
 * Persian or Arabic, from evidence in order of strength: letters only Persian has, frequent
 * words of each (Persian "را", "است"; Arabic "في", "التي", the article ال), then which keyboard
 * typed ی/ک. Persian is often typed with Arabic ي/ك, so letter forms alone mislead.
 */
function persianOrArabic(counts: ScriptCounts, original: ScriptCounts, sample: string): 'fa' | 'ar' {
  if (counts.persianOnly > 0 && counts.persianOnly * 200 >= counts.arabicScript) return 'fa';
  let persian = sample.match(ZWNJ)?.length ?? 0;
  let arabic = counts.arabicForms;
  for (const [word] of sample
    .replace(/[\u064A\u0649]/g, '\u06CC')
    .replace(/\u0643/g, '\u06A9')
    .matchAll(ARABIC_SCRIPT_WORD)) {
    if (PERSIAN_WORDS.has(word)) persian++;
    else if (ARABIC_WORDS.has(word) || (word.startsWith('\u0627\u0644') && word.length > 3)) arabic++;
  }
  if (persian !== arabic) return persian > arabic ? 'fa' : 'ar';
  if (original.persianForms !== original.arabicForms)
    return original.persianForms > original.arabicForms ? 'fa' : 'ar';
  return detect(sample, { only: ['fa', 'ar'] }) === 'ar' ? 'ar' : 'fa';
}

function head(text: string): string {
  return text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
}

/**
 * Detects the language of `text`. `original` is the same text before normalizeText unified
 * Arabic letter forms to Persian ones: ي/ك versus ی/ک there helps tell Arabic from Persian.
 * @returns an ISO 639-1 code, or "und" when nothing can be said
 */
export function detectLanguage(text: string, original: string = text): string {
  const sample = head(text);
  const counts = countScripts(sample);
  const letters = counts.latin + counts.arabicScript + counts.other;
  if (letters === 0) return 'und';
  if (counts.arabicScript >= counts.latin && counts.arabicScript >= counts.other)
    return persianOrArabic(counts, countScripts(head(original)), sample);
  if (counts.latin >= counts.other) {
    if (counts.latin < SHORT_LATIN_LETTERS) return 'en';
    const clear = byFunctionWords(sample);
    if (clear !== null) return clear;
    const guess = detect(sample);
    return guess === '' ? 'en' : guess;
  }
  const guess = detect(sample);
  return guess === '' ? 'und' : guess;
}
