/**
 * Finding hand-written gold in a document's cleaned text: surface strings by occurrence
 * order, and raw-file offsets (seed gold) by their normalized slice.
 * @module
 */
import { normalizeText } from '../core/text.js';
import type { Span } from '../core/types.js';
import { escapeRegExp } from '../core/regexp.js';

/** A gold entry written as a surface string. */
export interface SurfaceEntry {
  readonly text: string;
  readonly nth?: number;
}

export interface Placement {
  /** One span per entry, in the entries' order; null where the entry could not be placed. */
  readonly spans: readonly (Span | null)[];
  /** One message per entry that could not be placed: an error in the gold. */
  readonly problems: readonly string[];
  /** Occurrences of listed strings that no entry took: possible gaps in the gold. */
  readonly unlisted: readonly { readonly text: string; readonly span: Span }[];
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Whole-word occurrences of `needle`: a letter or digit at either end must not continue a word. */
export function occurrences(text: string, needle: string): Span[] {
  const found: Span[] = [];
  if (needle === '') return found;
  const checkStart = WORD_CHAR.test(needle[0]!);
  const checkEnd = WORD_CHAR.test(needle[needle.length - 1]!);
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (checkStart && at > 0 && WORD_CHAR.test(text[at - 1]!)) continue;
    if (checkEnd && end < text.length && WORD_CHAR.test(text[end]!)) continue;
    found.push([at, end]);
  }
  return found;
}

function overlaps(a: Span, b: Span): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

/**
 * Places the entries of one field in `text`. Longer strings are placed first and every
 * whole-word occurrence of a longer listed string blocks the shorter strings inside it, so
 * "Khamenei" listed after "Ali Khamenei" takes a "Khamenei" standing alone. Among the free
 * occurrences of one string, entries with `nth` take that occurrence (1-based) and the others
 * take the rest in order; entries left over then take the occurrences inside longer entries.
 */
export function placeEntries(
  text: string,
  entries: readonly SurfaceEntry[],
  describe: (entry: SurfaceEntry) => string,
): Placement {
  const spans: (Span | null)[] = entries.map(() => null);
  const problems: string[] = [];
  const unlisted: { text: string; span: Span }[] = [];
  const byString = new Map<string, number[]>();
  entries.forEach((entry, i) => {
    const key = normalizeText(entry.text);
    byString.set(key, [...(byString.get(key) ?? []), i]);
  });
  const longestFirst = [...byString.keys()].sort((a, b) => b.length - a.length);
  const blocked: Span[] = [];
  for (const needle of longestFirst) {
    const all = occurrences(text, needle);
    const free = all.filter((span) => !blocked.some((b) => overlaps(b, span)));
    const indices = byString.get(needle)!;
    const taken = new Set<number>();
    for (const i of indices) {
      const nth = entries[i]!.nth;
      if (nth === undefined) continue;
      const span = free[nth - 1];
      if (span && !taken.has(nth - 1)) {
        spans[i] = span;
        taken.add(nth - 1);
      }
    }
    let next = 0;
    for (const i of indices) {
      if (spans[i] !== null || entries[i]!.nth !== undefined) continue;
      while (taken.has(next)) next++;
      const span = free[next];
      if (span) {
        spans[i] = span;
        taken.add(next);
      }
    }
    // A string listed more often than it stands alone also names the occurrences inside
    // longer entries ("Tehran" in "Sattarkhan Street, Tehran"), in order.
    const nested = all.filter((span) => !free.includes(span));
    for (const i of indices) {
      if (spans[i] === null && nested.length > 0) spans[i] = nested.shift()!;
    }
    indices.forEach((i, k) => {
      if (spans[i] !== null) return;
      problems.push(
        `Cannot locate ${describe(entries[i]!)} (entry ${k + 1} of ${indices.length} with this text): the cleaned text has ${free.length} free whole-word occurrence${free.length === 1 ? '' : 's'}`,
      );
    });
    free.forEach((span, k) => {
      if (!taken.has(k)) unlisted.push({ text: needle, span });
    });
    blocked.push(...all);
  }
  return { spans, problems, unlisted };
}

/**
 * The span in `cleaned` of the raw file's characters `[start, end)` (UTF-16 offsets into the
 * file decoded as UTF-8), found by their normalized text; white space may differ, since
 * cleaning joins and trims lines. Null when the slice is not in the cleaned text.
 */
export function placeRawSlice(raw: string, cleaned: string, at: readonly [number, number]): Span | null {
  const [start, end] = at;
  if (!(start >= 0 && end > start && end <= raw.length)) return null;
  const slice = normalizeText(raw.slice(start, end)).trim();
  const exact = cleaned.indexOf(slice);
  if (exact !== -1) return [exact, exact + slice.length];
  const words = slice.split(/\s+/).map(escapeRegExp);
  const match = new RegExp(words.join('\\s+')).exec(cleaned);
  return match ? [match.index, match.index + match[0].length] : null;
}
