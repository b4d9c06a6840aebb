/**
 * The comparisons the gold scorer makes: one-to-one pairing, spans, names (case-, alias-
 * and article-insensitive), places, times and numeric intervals.
 * @module
 */
import { normalizeText } from '../core/text.js';
import type { Interval, Qualifier, Span } from '../core/types.js';
import { canonicalName } from '../extract/annotators/entities/index.js';
import { findPlace } from '../extract/annotators/places/gazetteer.js';

/**
 * Pairs gold items with predicted ones, each used at most once: the highest-scoring pairs
 * first (ties: earlier gold, then earlier prediction). `score` returns null for a pair that
 * does not match at all.
 */
export function pairOneToOne(
  goldCount: number,
  predictedCount: number,
  score: (gold: number, predicted: number) => number | null,
): Array<readonly [gold: number, predicted: number]> {
  const candidates: Array<{ g: number; p: number; s: number }> = [];
  for (let g = 0; g < goldCount; g++) {
    for (let p = 0; p < predictedCount; p++) {
      const s = score(g, p);
      if (s !== null) candidates.push({ g, p, s });
    }
  }
  candidates.sort((a, b) => b.s - a.s || a.g - b.g || a.p - b.p);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: Array<readonly [number, number]> = [];
  for (const { g, p } of candidates) {
    if (usedGold.has(g) || usedPredicted.has(p)) continue;
    usedGold.add(g);
    usedPredicted.add(p);
    pairs.push([g, p]);
  }
  return pairs;
}

/** Characters two spans share. */
export function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

const STOPWORDS = new Set([
  'the', 'a', 'an', 'of', 'in', 'for', 'to', 'and', 'at', 'on', 'its', 'his', 'her', 'their', 's',
  'از', 'به', 'در', 'و', 'را', 'این', 'آن',
]); // prettier-ignore

/** Normalized (NFC, Persian letter forms), lower case, punctuation and possessive "'s" dropped. */
export function nameKey(name: string): string {
  return normalizeText(name)
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}\p{M}\u200C]+/gu, ' ')
    .trim();
}

function contentWords(name: string): Set<string> {
  return new Set(
    nameKey(name)
      .split(' ')
      .filter((w) => w !== '' && !STOPWORDS.has(w)),
  );
}

function isSubset(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0) return false;
  for (const word of a) if (!b.has(word)) return false;
  return true;
}

/**
 * Whether two names name the same speaker, outlet or entity as a careful reader would
 * accept: equal after canonicalization through the registry (MEK = PMOI, Sepah = IRGC),
 * case and punctuation, or one's content words all within the other's ("Khamenei" and
 * "Ali Khamenei"; "officials" and "Interior Ministry officials").
 */
export function sameName(a: string, b: string): boolean {
  const forms = (x: string): string[] => [x, canonicalName(x)];
  for (const x of forms(a)) {
    for (const y of forms(b)) {
      if (nameKey(x) === nameKey(y)) return true;
      const wx = contentWords(x);
      const wy = contentWords(y);
      if (isSubset(wx, wy) || isSubset(wy, wx)) return true;
    }
  }
  return false;
}

/** Whether two entity names are the same entity: equal after canonicalization (no partial names). */
export function sameEntity(gold: readonly string[], predicted: string): boolean {
  const key = nameKey(canonicalName(predicted));
  return gold.some((name) => nameKey(canonicalName(name)) === key || nameKey(name) === nameKey(predicted));
}

/** Whether two place names name the same place, through the gazetteer's names and spellings. */
export function samePlace(a: string, b: string): boolean {
  if (nameKey(a) === nameKey(b)) return true;
  const pa = findPlace(a);
  const pb = findPlace(b);
  if (pa !== undefined && pb !== undefined) return pa.id === pb.id || nameKey(pa.name) === nameKey(pb.name);
  return nameKey(pa?.name ?? a) === nameKey(pb?.name ?? b);
}

/** Whether two stretches of time (ISO dates, both ends inclusive) share a day. */
export function timesOverlap(
  a: { readonly start: string; readonly end: string },
  b: { readonly start: string; readonly end: string },
): boolean {
  return a.start <= b.end && b.start <= a.end;
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/**
 * Whether a predicted date resolves as the gold says: same start and end, except that the
 * ends of a week, a season or a loosely bounded range ("the past week", "the end of July")
 * may each be off by a quarter of its length, at most 31 days, since such expressions have
 * competing definitions (does "the past week" include today?). A range of a few days must
 * still be exact.
 */
export function sameTime(
  gold: { readonly start: string; readonly end: string; readonly precision?: string },
  predicted: { readonly start: string; readonly end: string },
): boolean {
  if (gold.start === predicted.start && gold.end === predicted.end) return true;
  if (!['week', 'season', 'range'].includes(gold.precision ?? '')) return false;
  const slack = Math.min(31, (daysBetween(gold.start, gold.end) + 1) / 4);
  return daysBetween(gold.start, predicted.start) <= slack && daysBetween(gold.end, predicted.end) <= slack;
}

function within(value: number | null, target: number | null, tolerance: number): boolean {
  if (value === null || target === null) return value === target;
  return Math.abs(value - target) <= Math.abs(target) * tolerance;
}

/**
 * Whether a predicted quantity has the gold's value: the same qualifier, and the same low and
 * high, except that for "about" each bound may be off by 20% ("about 1,500" as 1350..1650),
 * and for "vague" by a factor of 2 ("tens of thousands" from 10,000 or 20,000).
 */
export function sameQuantityValue(
  gold: Interval & { readonly qualifier: Qualifier },
  predicted: Interval & { readonly qualifier: Qualifier },
): boolean {
  if (gold.qualifier !== predicted.qualifier) return false;
  if (gold.qualifier === 'about') {
    return within(predicted.low, gold.low, 0.2) && within(predicted.high, gold.high, 0.2);
  }
  if (gold.qualifier === 'vague') {
    const factor = (v: number | null, t: number | null): boolean =>
      v === null || t === null ? v === t : v >= t / 2 && v <= t * 2;
    return factor(predicted.low, gold.low) && factor(predicted.high, gold.high);
  }
  return predicted.low === gold.low && predicted.high === gold.high;
}

/** Whether two intervals share a value (null bounds are open). */
export function intervalsOverlap(a: Interval, b: Interval): boolean {
  const aboveA = b.high === null || a.low === null || a.low <= b.high;
  const aboveB = a.high === null || b.low === null || b.low <= a.high;
  return aboveA && aboveB;
}
