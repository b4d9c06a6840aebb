/**
 * Line-level removal of page furniture from scraped plain text: menus, share buttons,
 * comment forms, copyright lines, repeated captions. Rules live in boilerplate.json.
 * Body paragraphs are never dropped unless they repeat exactly.
 * @module
 */
import rules from './boilerplate.json' with { type: 'json' };
import { isBreadcrumb } from './page-header.js';

const EXACT_LINES: ReadonlySet<string> = new Set(rules.exactLines);
const FOOTER_MARKERS: ReadonlySet<string> = new Set(rules.footerMarkers);
const FURNITURE_PATTERN = combine(rules.patterns, 'iu');
const CONSENT_PATTERN = combine(rules.consentPatterns, 'iu');
const CONSENT_MAX_WORDS = 80;
/** Cookie banners announce themselves in their first words. */
const CONSENT_PREFIX_CHARS = 60;
/** Furniture is short; longer lines skip the pattern tests, which keeps cleaning fast. */
const FURNITURE_MAX_CHARS = 300;

const SENTENCE_PUNCTUATION = /[.!?\u061F\u2026;\u061B]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LEADING_BULLETS = /^[\s\-*•·»›|>]+/u;
const TRAILING_MARKS = /[\s:|»›>•·]+$/u;
const INNER_SPACE = /\s+/g;

function combine(patterns: readonly string[], flags: string): RegExp {
  return new RegExp(patterns.map((pattern) => `(?:${pattern})`).join('|'), flags);
}

/** The form lines are compared in: lower case, collapsed spaces, no bullets or trailing colons. */
export function lineKey(line: string): string {
  return line
    .replace(LEADING_BULLETS, '')
    .replace(TRAILING_MARKS, '')
    .replace(INNER_SPACE, ' ')
    .toLowerCase();
}

/** Rules compare word counts with at most this many: counting stops past it. */
const WORDS_COUNTED = Math.max(CONSENT_MAX_WORDS, rules.menu.maxWords, rules.paragraph.minWords) + 1;

/** The words of `line`, up to WORDS_COUNTED: a long paragraph is not counted to its end. */
function countWords(line: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    const space = code === 32 || code === 9 || code === 0xa0 || code === 0x200b;
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++words === WORDS_COUNTED) break;
    }
  }
  return words;
}

/**
 * Whether sentence punctuation occurs in `text` before a trailing ellipsis, if it has one: a
 * trailing ellipsis marks a truncated teaser or breadcrumb, not a sentence.
 */
function hasSentencePunctuation(text: string): boolean {
  const end = text.endsWith('...')
    ? text.length - 3
    : text.endsWith('\u2026')
      ? text.length - 1
      : text.length;
  const first = text.search(SENTENCE_PUNCTUATION);
  return first !== -1 && first < end;
}

interface LineInfo {
  readonly text: string;
  /** What repeats and rules compare: `lineKey` for short lines, the exact text for paragraphs. */
  readonly key: string;
  readonly blank: boolean;
  /** The word count, up to WORDS_COUNTED. */
  readonly words: number;
  /** A body paragraph: sentence punctuation and enough words; only an exact repeat may drop it. */
  readonly paragraph: boolean;
}

function describe(line: string): LineInfo {
  const text = line.trimEnd();
  const trimmed = text.trim();
  if (trimmed === '') return { text: '', key: '', blank: true, words: 0, paragraph: false };
  const words = countWords(trimmed);
  const paragraph = words >= rules.paragraph.minWords && hasSentencePunctuation(trimmed);
  return { text, key: paragraph ? trimmed : lineKey(trimmed), blank: false, words, paragraph };
}

function isFurniture(info: LineInfo): boolean {
  if (info.paragraph) {
    return (
      info.words <= CONSENT_MAX_WORDS &&
      CONSENT_PATTERN.test(info.key.slice(0, CONSENT_PREFIX_CHARS).toLowerCase())
    );
  }
  if (EXACT_LINES.has(info.key)) return true;
  if (info.key.length > FURNITURE_MAX_CHARS) return false;
  return FURNITURE_PATTERN.test(info.key) || isBreadcrumb(info.text);
}

function isMenuItem(info: LineInfo): boolean {
  return (
    !info.blank &&
    info.words <= rules.menu.maxWords &&
    info.key.length <= rules.menu.maxChars &&
    !SENTENCE_PUNCTUATION.test(info.key)
  );
}

/**
 * Runs of short unpunctuated lines (blank lines allowed between) whose items mostly recur in
 * another such run: a menu printed twice. A single run is kept, since a list of names or
 * places printed once is evidence, not furniture.
 */
function repeatedMenuLines(lines: readonly LineInfo[]): Set<number> {
  const runs: number[][] = [];
  let current: number[] = [];
  const close = (): void => {
    if (current.length >= rules.menu.minRunLines) runs.push(current);
    current = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const info = lines[i]!;
    if (info.blank) continue;
    if (isMenuItem(info)) current.push(i);
    else close();
  }
  close();
  if (runs.length < 2) return new Set();

  const runsByKey = new Map<string, Set<number>>();
  runs.forEach((run, r) => {
    for (const i of run) {
      const key = lines[i]!.key;
      const owners = runsByKey.get(key) ?? new Set<number>();
      owners.add(r);
      runsByKey.set(key, owners);
    }
  });
  const dropped = new Set<number>();
  for (const run of runs) {
    const shared = run.filter((i) => (runsByKey.get(lines[i]!.key)?.size ?? 0) > 1).length;
    if (shared >= rules.menu.minRunLines && shared / run.length >= rules.menu.sharedFraction) {
      for (const i of run) dropped.add(i);
    }
  }
  return dropped;
}

/** Index of a footer marker ("Leave a Reply") with at least half the text before it, or -1. */
function footerStart(lines: readonly LineInfo[]): number {
  let total = 0;
  for (const info of lines) total += info.text.length;
  let before = 0;
  for (let i = 0; i < lines.length; i++) {
    const info = lines[i]!;
    if (
      !info.blank &&
      !info.paragraph &&
      FOOTER_MARKERS.has(info.key) &&
      before >= total * rules.footer.minShareBefore
    ) {
      return i;
    }
    before += info.text.length;
  }
  return -1;
}

/**
 * Drops page furniture line by line and collapses runs of blank lines to one.
 * Keeps the title line and every body paragraph (see `LineInfo.paragraph`).
 */
export function removeBoilerplate(text: string): string {
  const lines = text.split('\n').map(describe);
  const footer = footerStart(lines);
  const end = footer === -1 ? lines.length : footer;
  const menu = repeatedMenuLines(lines.slice(0, end));
  const seen = new Set<string>();
  const kept: string[] = [];
  let blankPending = false;

  for (let i = 0; i < end; i++) {
    const info = lines[i]!;
    if (info.blank) {
      blankPending = kept.length > 0;
      continue;
    }
    if (menu.has(i) || isFurniture(info)) continue;
    // Repeats are dropped after the first occurrence (doubled captions, pull quotes);
    // lines without letters or digits are separators and may legitimately repeat.
    if (LETTER_OR_DIGIT.test(info.key)) {
      if (seen.has(info.key)) continue;
      seen.add(info.key);
    }
    if (blankPending) kept.push('');
    blankPending = false;
    kept.push(info.text);
  }
  return kept.join('\n');
}
