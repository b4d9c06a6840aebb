/**
 * Title, publication date, outlet and author read from the first lines of a plain-text
 * article: "NCRI-US Commentary, August 8, 2023", "By Jane Doe", "TEHRAN (Reuters) -".
 * @module
 */
import type { Time } from '../core/types.js';
import { headLines } from './head-lines.js';
import { findDateInLine } from './publication-date.js';
import rules from './metadata-rules.json' with { type: 'json' };
import { escapeRegExp } from '../core/regexp.js';

export interface TextMetadata {
  readonly title: string | null;
  readonly published: Time | null;
  readonly source: string | null;
  readonly author: string | null;
}

const DATE_LABELS: ReadonlySet<string> = new Set(rules.dateLabels);
const GENRE_WORDS: ReadonlySet<string> = new Set(rules.genreWords);
const WEEKDAYS: ReadonlySet<string> = new Set(rules.weekdays);
const HONORIFICS: ReadonlySet<string> = new Set(rules.honorifics);
const CONNECTORS: ReadonlySet<string> = new Set(rules.nameConnectors);

const BYLINE = new RegExp(
  `^(?:${rules.bylinePrefixes.map(escapeRegExp).join('|')})\\s*[:：]?\\s+(.+)$`,
  'iu',
);
const INNER_BY = /\bby\s+(.+)$/iu;
/** Where a name in a byline ends: a comma, a bar, a dash, "on", or a digit. */
const NAME_END = /\s*(?:[,|;(]|\s[-–—]\s|\son\s|\d).*$/u;
const WIRE_DATELINE = /^\p{Lu}[\p{Lu} ,.'’-]{1,40}\(([^()]{2,40})\)\s*[-–—]/u;
const EDGE_PUNCTUATION = /^[\s,;:|\-–—.·•،؛]+|[\s,;:|\-–—.·•،؛]+$/gu;
const MARKDOWN_MARKS = /^#{1,6}\s+|^[*_]{1,3}|[*_]{1,3}$/g;
const LETTER = /\p{L}/u;
const SENTENCE_END = /[.!?\u061F]["'”’»)]*$/u;

function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== '');
}

const WORD = /\S+/g;

/**
 * How many words `text` has, counting no further than `limit + 1`: a paragraph written on one
 * line is long, and only whether it is short matters here.
 */
function wordCount(text: string, limit: number): number {
  WORD.lastIndex = 0;
  let count = 0;
  while (count <= limit && WORD.exec(text) !== null) count++;
  return count;
}

/** "Jane Doe", "Jane Doe and Ali Rezaei", "مریم رجوی": capitalized words, a few connectors. */
function asName(candidate: string): string | null {
  const name = candidate.replace(NAME_END, '').replace(EDGE_PUNCTUATION, '');
  const parts = words(name);
  if (parts.length === 0 || parts.length > 6) return null;
  const capitalized = parts.every((part) => {
    if (CONNECTORS.has(part.toLowerCase())) return true;
    const first = part[0] ?? '';
    // Scripts without case (Persian, Arabic) pass on letters alone.
    return LETTER.test(first) && (first !== first.toLowerCase() || first === first.toUpperCase());
  });
  if (!capitalized || CONNECTORS.has(parts[0]!.toLowerCase())) return null;
  return name;
}

function bylineAuthor(line: string, isDateline: boolean): string | null {
  const byline = BYLINE.exec(line);
  if (byline !== null) return asName(byline[1]!);
  const honorific = words(line);
  if (honorific.length >= 3 && honorific.length <= 5 && HONORIFICS.has(honorific[0]!.toLowerCase())) {
    return asName(honorific.slice(1).join(' '));
  }
  if (isDateline) {
    const inner = INNER_BY.exec(line);
    if (inner !== null) return asName(inner[1]!);
  }
  return null;
}

/** "NCRI-US Commentary," → "NCRI-US"; labels ("Published:") and weekdays name no outlet. */
function outletOfPrefix(prefix: string): string | null {
  let parts = words(prefix.replace(EDGE_PUNCTUATION, ''));
  if (parts.length === 0 || BYLINE.test(prefix.trim())) return null;
  if (DATE_LABELS.has(parts.join(' ').toLowerCase())) return null;
  if (parts.length === 1 && WEEKDAYS.has(parts[0]!.toLowerCase().replace(/[,.]$/, ''))) return null;
  while (parts.length > 1 && GENRE_WORDS.has(parts[parts.length - 1]!.toLowerCase()))
    parts = parts.slice(0, -1);
  if (parts.length > 5) return null;
  const outlet = parts.join(' ').replace(EDGE_PUNCTUATION, '');
  const first = outlet[0] ?? '';
  if (!LETTER.test(first) || first !== first.toUpperCase() || DATE_LABELS.has(outlet.toLowerCase()))
    return null;
  return outlet;
}

const STAFF_WORDS: ReadonlySet<string> = new Set(rules.staffWords);

/** "NCRI Staff", "Iran News Desk": a byline naming the outlet's staff, beside the dateline; the outlet, or null. */
function staffLineOutlet(line: string): string | null {
  const parts = words(line.replace(EDGE_PUNCTUATION, ''));
  if (parts.length < 2 || parts.length > rules.staffLineMaxWords) return null;
  if (!STAFF_WORDS.has(parts[parts.length - 1]!.toLowerCase())) return null;
  return outletOfPrefix(line);
}

interface Dateline {
  readonly index: number;
  readonly published: Time;
  readonly outlet: string | null;
}

function findDateline(lines: readonly string[]): Dateline | null {
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (wordCount(line, rules.datelineMaxWords) > rules.datelineMaxWords) continue;
    const date = findDateInLine(line);
    if (date !== null)
      return { index, published: date.time, outlet: outletOfPrefix(line.slice(0, date.start)) };
  }
  return null;
}

function titleForm(line: string): string {
  return line.replace(MARKDOWN_MARKS, '').trim();
}

/** A line that can be a title: a few words with letters, not a full sentence paragraph. */
function isTitleLike(line: string): boolean {
  const count = wordCount(line, rules.titleMaxWords);
  if (count === 0 || !LETTER.test(line) || count > rules.titleMaxWords) return false;
  if (count < 2 && line.length < 8) return false;
  return !(count > 15 && SENTENCE_END.test(line));
}

function findTitle(
  lines: readonly string[],
  dateline: Dateline | null,
  authorLines: ReadonlySet<number>,
): string | null {
  const usable = (index: number): boolean =>
    index !== dateline?.index && !authorLines.has(index) && isTitleLike(titleForm(lines[index]!));
  // A headline sits just above its dateline; lines before it are often captions or kickers.
  if (dateline !== null && dateline.index <= 8) {
    for (let index = dateline.index - 1; index >= 0; index--) {
      if (usable(index)) return titleForm(lines[index]!);
      if (!authorLines.has(index)) break;
    }
  }
  const first = lines.findIndex(
    (line, index) => index !== dateline?.index && !authorLines.has(index) && LETTER.test(line),
  );
  if (first === -1) return null;
  // A first line that reads as body text means the document has no title line.
  return usable(first) ? titleForm(lines[first]!) : null;
}

/**
 * Reads title, publication date, outlet and author from the first non-blank lines of `text`,
 * passing over `pageHeader` lines (a site's header bar, whose date is not the article's).
 */
export function textMetadata(text: string, pageHeader: ReadonlySet<string> = new Set()): TextMetadata {
  const lines = headLines(text, rules.headLines, pageHeader);

  const dateline = findDateline(lines);
  let author: string | null = null;
  const authorLines = new Set<number>();
  lines.forEach((line, index) => {
    if (wordCount(line, rules.datelineMaxWords) > rules.datelineMaxWords) return;
    const name = bylineAuthor(line, index === dateline?.index);
    if (name === null) return;
    authorLines.add(index);
    author ??= name;
  });
  let source = dateline?.outlet ?? null;
  lines.forEach((line, index) => {
    // Only beside the dateline: elsewhere "Prison staff" is a caption.
    if (dateline === null || Math.abs(index - dateline.index) > 1) return;
    const outlet = staffLineOutlet(line);
    if (outlet === null) return;
    authorLines.add(index);
    source ??= outlet;
  });
  if (source === null) {
    for (const line of lines) {
      const wire = WIRE_DATELINE.exec(line);
      if (wire !== null) {
        source = wire[1]!.trim();
        break;
      }
    }
  }
  return {
    title: findTitle(lines, dateline, authorLines),
    published: dateline?.published ?? null,
    source,
    author,
  };
}
