/**
 * Where in an English sentence a date may be: short windows around month and weekday names,
 * years, relative phrases. chrono runs on these windows only, since most of a report has no
 * date and chrono's thirty parsers cost far more than one scan.
 * @module
 */
import rules from '../../rules/dates.json' with { type: 'json' };
import { isWhiteSpaceUnit } from '../../_word-chars.js';
import { escapeRegExp } from '../../../core/regexp.js';

// Called as charCodeAt.call(text, i), never text.charCodeAt(i): see `_word-chars.ts`.
const charCodeAt = String.prototype.charCodeAt;

const alternation = (keys: Iterable<string>): string =>
  [...keys]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

const { cues } = rules;
const ABBREVIATIONS = alternation(cues.abbreviations);
const CASED = new Set(cues.casedNames);
// One scan: every branch starts with a word from the rules or a digit, so text without dates
// is rejected a character at a time.
const CUE = new RegExp(
  [
    `\\b(?:(${alternation(cues.words)})(?![A-Za-z])`,
    `(${alternation(cues.dayWords)})(?![A-Za-z])`,
    `(${ABBREVIATIONS})(?:\\.?,?\\s*|[/-])\\d`,
    `(${alternation(cues.units)})(?![A-Za-z])`,
    `(${alternation(cues.casedNames)})(?![A-Za-z]))`,
    `(\\d{1,4}[/.-]\\d{1,2}[/.-]\\d|\\d{1,2}/\\d{1,2}(?![\\d/])|\\d(?:st|nd|rd|th)?(?:\\s*(?:of\\s+)?|[/-])(?:${ABBREVIATIONS})(?![A-Za-z]))`,
    `(?<!\\d)(?:1[89]|20)\\d\\d(?!\\d)`,
    `\\d0['’]?s(?![A-Za-z])`,
  ].join('|'),
  'gi',
);
// Up to two words between, a count among them: "the past 3 months", "last two years".
const RELATIVE_BEFORE = new RegExp(
  `(?<![A-Za-z])(?:${alternation(cues.relativeBefore)})\\s+(?:[A-Za-z\\d-]+\\s+){0,2}$`,
  'i',
);
const RELATIVE_AFTER = new RegExp(`^\\s+(?:${alternation(cues.relativeAfter)})(?![A-Za-z])`, 'i');

/** Whether "days", "year", "summer" has a relative word around it ("three days later", "last year"). */
function isRelativeUnit(sentence: string, start: number, end: number): boolean {
  return (
    RELATIVE_BEFORE.test(sentence.slice(Math.max(0, start - 40), start)) ||
    RELATIVE_AFTER.test(sentence.slice(end, end + 16))
  );
}

/** The kinds of cue, each naming the chrono parsers it needs in `rules.cues.parsers`. */
export type CueKind = keyof typeof cues.parsers;

/** A stretch of a sentence worth parsing, with the kinds of cue in it. */
export interface CueWindow {
  readonly start: number;
  readonly end: number;
  readonly kinds: ReadonlySet<CueKind>;
}

interface Hit {
  readonly start: number;
  readonly end: number;
  readonly kind: CueKind;
}

function cueHits(sentence: string): Hit[] {
  const hits: Hit[] = [];
  CUE.lastIndex = 0;
  for (let m = CUE.exec(sentence); m; m = CUE.exec(sentence)) {
    const [whole, word, day, abbreviation, unit, cased, numeric] = m;
    const end = m.index + whole.length;
    if (unit !== undefined && !isRelativeUnit(sentence, m.index, end)) continue;
    if (cased !== undefined && !CASED.has(cased)) continue;
    const kind: CueKind =
      day !== undefined
        ? 'day'
        : unit !== undefined
          ? 'unit'
          : numeric !== undefined
            ? 'numeric'
            : (word ?? abbreviation ?? cased) !== undefined
              ? 'month'
              : 'year';
    hits.push({ start: m.index, end, kind });
  }
  return hits;
}

/**
 * Disjoint windows of `sentence` around every cue, in order, widened to whole words. Windows
 * stop growing at `cues.maxWindowChars`, and stop coming once they hold `cues.maxSentenceChars`
 * (`truncated`): prose never gets there, a megabyte of month names would keep chrono for minutes.
 */
export function cueWindows(sentence: string): { windows: CueWindow[]; truncated: boolean } {
  const pad = cues.windowChars;
  const windows: CueWindow[] = [];
  let total = 0;
  for (const hit of cueHits(sentence)) {
    const start = wordStart(sentence, Math.max(0, hit.start - pad));
    const end = wordEnd(sentence, Math.min(sentence.length, hit.end + pad));
    const last = windows[windows.length - 1];
    total += end - Math.max(start, last?.end ?? 0);
    if (total > cues.maxSentenceChars) return { windows, truncated: true };
    if (last && start <= last.end && end - last.start <= cues.maxWindowChars) {
      windows[windows.length - 1] = {
        start: last.start,
        end: Math.max(last.end, end),
        kinds: new Set([...last.kinds, hit.kind]),
      };
    } else windows.push({ start: Math.max(start, last?.end ?? 0), end, kinds: new Set([hit.kind]) });
  }
  return { windows, truncated: false };
}

// Widening stops after a word's length, so a line with no spaces costs no more than one with.
const LONGEST_WORD = 24;

function wordStart(text: string, index: number): number {
  let i = index;
  while (i > 0 && index - i < LONGEST_WORD && !isWhiteSpaceUnit(charCodeAt.call(text, i - 1))) i--;
  return i;
}

function wordEnd(text: string, index: number): number {
  let i = index;
  while (i < text.length && i - index < LONGEST_WORD && !isWhiteSpaceUnit(charCodeAt.call(text, i))) i++;
  return i;
}
